#!/usr/bin/env bash
# Discovery benchmark (issue 14): how long a 10,000-item inventory import takes (heroku apps JSON
# and a DNS zone, new, updated and repeated) on a fresh H2 database (or the PostgreSQL database
# WALLBREAKER_DB_URL names).
#
#   scripts/benchmark-discovery.sh [--offline] [--no-build] [--runs 5]
#
# Builds the app and the benchmark classes (mvn -DskipTests package) unless --no-build, then runs
# io.wallbreaker.bench.DiscoveryBenchmark; see docs/BENCHMARK.md "Inventory imports". Work files go
# to $BENCH_DIR (default /tmp/wallbreaker-discovery-bench).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/wallbreaker-discovery-bench}
build=true
mvn_flags=(-B -q)
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) mvn_flags+=(-o); shift ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    --runs|--port) [ $# -ge 2 ] || { echo "benchmark-discovery: $1 needs a value" >&2; exit 2; }
         args+=("$1" "$2"); shift 2 ;;
    *) echo "benchmark-discovery: unknown argument $1 (see $0 --help)" >&2; exit 2 ;;
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
java -Xmx512m -cp "$work/bench-classes:$work/app.jar" io.wallbreaker.bench.DiscoveryBenchmark \
  --app-jar "$work/app.jar" --work "$work" ${args[@]+"${args[@]}"} 2>&1 | tee "$work/discovery.log"
exit "${PIPESTATUS[0]}"
