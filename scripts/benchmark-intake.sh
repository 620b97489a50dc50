#!/usr/bin/env bash
# Webhook intake benchmark (issue 12): p95 of the answer to a signed Jira delivery at a steady
# 20 deliveries a second, on a fresh H2 database (or the PostgreSQL database WALLBREAKER_DB_URL names).
#
#   scripts/benchmark-intake.sh [--offline] [--no-build] [--rate 20] [--seconds 60]
#
# Builds the app and the benchmark classes (mvn -DskipTests package) unless --no-build, then runs
# io.wallbreaker.bench.IntakeBenchmark; see docs/BENCHMARK.md "Webhook intake". Work files go to
# $BENCH_DIR (default /tmp/wallbreaker-intake-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/wallbreaker-intake-bench}
build=true
mvn_flags=(-B -q)
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) mvn_flags+=(-o); shift ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    --rate|--seconds|--port) [ $# -ge 2 ] || { echo "benchmark-intake: $1 needs a value" >&2; exit 2; }
         args+=("$1" "$2"); shift 2 ;;
    *) echo "benchmark-intake: unknown argument $1 (see $0 --help)" >&2; exit 2 ;;
  esac
done
read -r -a mvn <<<"${MVN:-mvn}"
mkdir -p "$work"
if $build; then
  (cd "$root" && "${mvn[@]}" "${mvn_flags[@]}" -DskipTests package)
fi
rm -rf "$work/bench-classes" && mkdir -p "$work/bench-classes/io/wallbreaker"
cp -r "$root/backend/target/test-classes/io/wallbreaker/bench" "$work/bench-classes/io/wallbreaker/"
cp "$root/backend/target/wallbreaker.jar" "$work/app.jar"
java -Xmx512m -cp "$work/bench-classes:$work/app.jar" io.wallbreaker.bench.IntakeBenchmark \
  --app-jar "$work/app.jar" --work "$work" ${args[@]+"${args[@]}"} 2>&1 | tee "$work/intake.log"
exit "${PIPESTATUS[0]}"
