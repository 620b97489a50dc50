#!/usr/bin/env bash
# Wall-metrics benchmark ("Speed at scale"): fills a private database with benchmark data, starts the
# packaged app against it and measures every metrics endpoint (one cold call, then 20 repeated calls:
# median, p90, max) and how long a newly appended event takes to show up in GET /api/metrics/team-pairs.
#
# Prerequisites (this script builds nothing; run these first, from the repository root):
#   flock /tmp/wallbreaker-mvn.lock mvn -B -o -q -pl backend -DskipTests package   # backend/target/wallbreaker.jar
#   flock /tmp/wallbreaker-mvn.lock mvn -B -o -q -pl backend test-compile           # io.wallbreaker.bench.BenchmarkData
#   PostgreSQL server binaries (Debian's postgresql package; scripts/pg-start.sh uses them), curl, jq.
#
# Usage: scripts/benchmark.sh [--requests 1000000] [--incidents N] [--shadow N] [--h2]
#                             [--pg-port 55499] [--app-port 18099] [--keep] [--reuse]
#   --requests N   requests to generate (≈5 events each); incidents default to N/10, shadow systems to N/200
#   --h2           use an H2 file database instead of PostgreSQL (use a smaller --requests)
#   --keep         leave the database (and its directory) in place afterwards
#   --reuse        keep an already generated database (from --keep) instead of regenerating it
# Environment: BENCH_DIR (work directory, default /tmp/wallbreaker-bench), JAVA_OPTS (for the app,
# e.g. -Xmx1g), BENCH_JAVA_OPTS (for the generator).
# Output: a results table on stdout and in backend/target/benchmark-results.txt (-h2.txt with --h2);
# logs in $BENCH_DIR.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
requests=1000000
incidents=""
shadow=""
h2=false
keep=false
reuse=false
pg_port=55499
app_port=18099
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) requests=$2; shift 2 ;;
    --incidents) incidents=$2; shift 2 ;;
    --shadow) shadow=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --app-port) app_port=$2; shift 2 ;;
    --h2) h2=true; shift ;;
    --keep) keep=true; shift ;;
    --reuse) reuse=true; keep=true; shift ;;
    *) echo "benchmark: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

jar="$root/backend/target/wallbreaker.jar"
classes="$root/backend/target/test-classes"
[ -f "$jar" ] || { echo "benchmark: $jar missing; run: flock /tmp/wallbreaker-mvn.lock mvn -B -o -q -pl backend -DskipTests package" >&2; exit 1; }
[ -f "$classes/io/wallbreaker/bench/BenchmarkData.class" ] || {
  echo "benchmark: BenchmarkData not compiled; run: flock /tmp/wallbreaker-mvn.lock mvn -B -o -q -pl backend test-compile" >&2; exit 1; }
command -v jq >/dev/null || { echo "benchmark: jq is required" >&2; exit 1; }

work=${BENCH_DIR:-/tmp/wallbreaker-bench}
mkdir -p "$work"
# Private copies: other builds may rewrite backend/target while the benchmark runs.
cp "$jar" "$work/app.jar"
rm -rf "$work/bench-classes" && mkdir -p "$work/bench-classes/io/wallbreaker"
cp -r "$classes/io/wallbreaker/bench" "$work/bench-classes/io/wallbreaker/"
results="$root/backend/target/benchmark-results.txt"
$h2 && results="$root/backend/target/benchmark-results-h2.txt"
base="http://127.0.0.1:$app_port"
admin_password="bench-$(date +%s)-admin"
[ -f "$work/admin-password" ] && $reuse && admin_password=$(cat "$work/admin-password")

if $h2; then
  engine="H2 (file)"
  h2dir="$work/h2"
  $reuse || rm -rf "$h2dir"
  mkdir -p "$h2dir"
  # The same options as io.wallbreaker.RuntimeDefaults uses for its H2 file database.
  db_url="jdbc:h2:file:$h2dir/wallbreaker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  db_user=sa
  app_env=(WALLBREAKER_DATA_DIR="$h2dir")
else
  engine="PostgreSQL $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 | awk -F/ '{print $5}')"
  pgdir="$work/pg"
  $reuse || "$root/scripts/pg-stop.sh" "$pgdir"
  db_url=$("$root/scripts/pg-start.sh" "$pg_port" "$pgdir")
  db_user=wallbreaker
  app_env=(WALLBREAKER_DB_URL="$db_url" WALLBREAKER_DB_USER="$db_user" WALLBREAKER_DB_PASSWORD="")
fi

app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() {
  stop_app
  if ! $keep && ! $h2; then "$root/scripts/pg-stop.sh" "$pgdir"; fi
}
trap cleanup EXIT

start_app() {
  local log=$1
  env "${app_env[@]}" WALLBREAKER_ADMIN_PASSWORD="$admin_password" PORT="$app_port" \
    java ${JAVA_OPTS:-} -jar "$work/app.jar" >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$base/api/health"; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { echo "benchmark: the app exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "benchmark: the app did not answer /api/health within 120 s; see $log" >&2; exit 1
}

generation="(reused)"
if $reuse && [ -f "$work/generated" ]; then
  echo "== reusing the generated database in $work"
else
  echo "== $engine: migrating (first start of the app)"
  start_app "$work/app-migrate.log"
  stop_app
  echo "$admin_password" >"$work/admin-password"
  echo "== generating data ($requests requests)"
  gen_args=(--url "$db_url" --user "$db_user" --password "" --requests "$requests")
  [ -n "$incidents" ] && gen_args+=(--incidents "$incidents")
  [ -n "$shadow" ] && gen_args+=(--shadow "$shadow")
  t0=$(date +%s.%N)
  java ${BENCH_JAVA_OPTS:-} -cp "$work/bench-classes:$work/app.jar" io.wallbreaker.bench.BenchmarkData "${gen_args[@]}" \
    | tee "$work/generate.log"
  generation=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f s", b - a }')
  touch "$work/generated"
fi

echo "== starting the app"
start_app "$work/app.log"
token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"login\":\"admin\",\"password\":\"$admin_password\"}" "$base/api/auth/login" | jq -r .accessToken)
[ -n "$token" ] && [ "$token" != null ] || { echo "benchmark: sign-in failed" >&2; exit 1; }
auth=(-H "Authorization: Bearer $token")

# Prints "<status> <milliseconds>" for one GET; the body goes to $work/last.json.
timed_get() {
  curl -s "${auth[@]}" -o "$work/last.json" -w '%{http_code} %{time_total}\n' "$base$1" \
    | awk '{ printf "%s %.1f\n", $1, $2 * 1000 }'
}

endpoints=(/api/metrics/team-pairs /api/metrics/incidents /api/metrics/shadow "/api/metrics/trends?bucket=month")
declare -A cold median p90 max size
for ep in "${endpoints[@]}"; do
  read -r status ms < <(timed_get "$ep")
  [ "$status" = 200 ] || { echo "benchmark: $ep answered $status: $(head -c 300 "$work/last.json")" >&2; exit 1; }
  cold[$ep]=$ms
  size[$ep]=$(stat -c %s "$work/last.json")
  : >"$work/times"
  for _ in $(seq 1 20); do
    read -r status ms < <(timed_get "$ep")
    [ "$status" = 200 ] || { echo "benchmark: $ep answered $status" >&2; exit 1; }
    echo "$ms" >>"$work/times"
  done
  sorted=$(sort -n "$work/times")
  median[$ep]=$(echo "$sorted" | awk 'NR == 10 { a = $1 } NR == 11 { printf "%.1f", (a + $1) / 2 }')
  p90[$ep]=$(echo "$sorted" | sed -n 18p)
  max[$ep]=$(echo "$sorted" | sed -n 20p)
  printf '%-34s cold %8s ms   repeated median %6s ms  p90 %6s ms  max %6s ms\n' \
    "$ep" "${cold[$ep]}" "${median[$ep]}" "${p90[$ep]}" "${max[$ep]}"
done

echo "== freshness: fulfilling an open request and polling team-pairs every 250 ms"
open=$(curl -sf "${auth[@]}" "$base/api/requests?state=OPEN&size=1")
req_id=$(echo "$open" | jq -r '.items[0].id')
rq=$(echo "$open" | jq -r '.items[0].requesterTeam')
rp=$(echo "$open" | jq -r '.items[0].responderTeam')
current=$(echo "$open" | jq -r '.items[0].currentResponderTeam')
[ "$req_id" != null ] || { echo "benchmark: no open request found" >&2; exit 1; }
closed_of_pair() {
  curl -sf "${auth[@]}" "$base/api/metrics/team-pairs" \
    | jq -r --arg rq "$rq" --arg rp "$rp" '.pairs[] | select(.requesterTeam == $rq and .responderTeam == $rp) | .closed'
}
before=$(closed_of_pair)
t_post=$(date +%s.%N)
status=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -o "$work/event.json" -w '%{http_code}' \
  -d "{\"type\":\"FULFILLED\",\"team\":\"$current\",\"note\":\"benchmark freshness probe\"}" \
  "$base/api/requests/$req_id/events")
t_appended=$(date +%s.%N)
[ "$status" = 201 ] || { echo "benchmark: appending the event answered $status: $(cat "$work/event.json")" >&2; exit 1; }
fresh=""
polls=0
while :; do
  polls=$((polls + 1))
  now_closed=$(closed_of_pair)
  if [ "$now_closed" -gt "$before" ]; then
    fresh=$(awk -v a="$t_appended" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    break
  fi
  if awk -v a="$t_appended" -v b="$(date +%s.%N)" 'BEGIN { exit !(b - a > 60) }'; then
    fresh="> 60 (not seen)"; break
  fi
  sleep 0.25
done
post_ms=$(awk -v a="$t_post" -v b="$t_appended" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
pair1="$rq → $rp"
echo "REQ-$req_id ($pair1) fulfilled by $current; pair closed $before → $now_closed after $fresh s ($polls polls)"

# The same with a dashboard open: every 250 ms all four endpoints are asked, so all four are stale and
# recomputed at once; reports when team-pairs shows the change and the slowest single call meanwhile.
echo "== freshness with the dashboard polling all four endpoints"
open=$(curl -sf "${auth[@]}" "$base/api/requests?state=OPEN&size=1")
req_id2=$(echo "$open" | jq -r '.items[0].id')
rq=$(echo "$open" | jq -r '.items[0].requesterTeam')
rp=$(echo "$open" | jq -r '.items[0].responderTeam')
current=$(echo "$open" | jq -r '.items[0].currentResponderTeam')
before2=$(closed_of_pair)
status=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -o "$work/event.json" -w '%{http_code}' \
  -d "{\"type\":\"FULFILLED\",\"team\":\"$current\",\"note\":\"benchmark freshness probe\"}" \
  "$base/api/requests/$req_id2/events")
t_appended=$(date +%s.%N)
[ "$status" = 201 ] || { echo "benchmark: appending the event answered $status: $(cat "$work/event.json")" >&2; exit 1; }
fresh2=""
slowest=0
while :; do
  for ep in "${endpoints[@]:1}"; do
    read -r _ ms < <(timed_get "$ep")
    slowest=$(awk -v a="$slowest" -v b="$ms" 'BEGIN { print (b > a ? b : a) }')
  done
  read -r _ ms < <(timed_get /api/metrics/team-pairs)
  slowest=$(awk -v a="$slowest" -v b="$ms" 'BEGIN { print (b > a ? b : a) }')
  now_closed=$(jq -r --arg rq "$rq" --arg rp "$rp" \
    '.pairs[] | select(.requesterTeam == $rq and .responderTeam == $rp) | .closed' "$work/last.json")
  if [ "$now_closed" -gt "$before2" ]; then
    fresh2=$(awk -v a="$t_appended" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    break
  fi
  if awk -v a="$t_appended" -v b="$(date +%s.%N)" 'BEGIN { exit !(b - a > 60) }'; then
    fresh2="> 60 (not seen)"; break
  fi
  sleep 0.25
done
echo "REQ-$req_id2 ($rq → $rp): visible after $fresh2 s; slowest metrics call meanwhile $slowest ms"

# Repeated calls again once the new data is in, to show the cache settled.
: >"$work/times"
for _ in $(seq 1 10); do read -r _ ms < <(timed_get /api/metrics/team-pairs); echo "$ms" >>"$work/times"; done
after_median=$(sort -n "$work/times" | awk 'NR == 5 { a = $1 } NR == 6 { printf "%.1f", (a + $1) / 2 }')

rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
heap=$(jcmd "$app_pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ { print; exit }' | sed 's/^ *//' || true)
maxheap=$(jcmd "$app_pid" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/MaxHeapSize/ { printf "%.0f MB", $2 / 1048576; exit }' || true)
counts=$(curl -sf "${auth[@]}" "$base/api/metrics/team-pairs" | jq -r '.organisation.requests')

{
  echo "Wallbreaker wall-metrics benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "Database: $engine; requests generated: $requests (metrics default window sees $counts); generation: $generation"
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM; app JAVA_OPTS: ${JAVA_OPTS:-(none)}"
  echo
  printf '%-34s %10s %12s %9s %9s %10s\n' "Endpoint (default window)" "cold ms" "median ms" "p90 ms" "max ms" "bytes"
  for ep in "${endpoints[@]}"; do
    printf '%-34s %10s %12s %9s %9s %10s\n' "GET $ep" "${cold[$ep]}" "${median[$ep]}" "${p90[$ep]}" "${max[$ep]}" "${size[$ep]}"
  done
  echo "(repeated = 20 calls after the cold one; goal < 300 ms)"
  echo
  echo "Freshness: FULFILLED appended to REQ-$req_id ($pair1) in $post_ms ms; visible in team-pairs after $fresh s (goal < 5 s)"
  echo "Freshness with a dashboard polling all four endpoints: REQ-$req_id2 ($rq → $rp) visible after $fresh2 s; slowest call meanwhile $slowest ms"
  echo "team-pairs median after the changes settled: $after_median ms"
  echo "App RSS after the run: $((rss_kb / 1024)) MB; max heap: ${maxheap:-?}; heap: ${heap:-?}"
} | tee "$results"
echo "(written to $results)"
