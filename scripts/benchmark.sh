#!/usr/bin/env bash
# The whole benchmark (issue 11, "Fast at scale"; docs/BENCHMARK.md says what each figure means) in one
# command, on H2 and on PostgreSQL, ending in one Markdown table: start-up against a bare Micronaut 4
# JDBC app (benchmark/bare-app), the dashboard's first calls after a start, repeated calls, list
# throughput against the bare app's 20-row list, RSS, freshness under load with CPU, restart after
# kill -9, and payload bytes.
#
# Usage: scripts/benchmark.sh [--requests 1000000] [--only h2|pg] [--quick] [--keep] [--reuse]
#                             [--offline] [--no-build] [more options below]
#   --requests N     requests to generate (≈5 events each; incidents N/10, shadow systems N/200)
#   --only h2|pg     one database only (default: both, H2 first)
#   --quick          shorter rounds (3 s), warm-up (5 s) and freshness run (30 s), for development
#   --keep           keep the generated databases in $BENCH_DIR (PostgreSQL's cluster stopped)
#   --reuse          use the databases kept by an earlier --keep run when they were generated with the
#                    same options (implies --keep); generating 1,000,000 requests takes minutes
#   --offline        pass -o to Maven;  --no-build  use the jars of the last build in $BENCH_DIR
#   also: --incidents N --shadow N --teams N --seed N (generator), --starts 3 --rounds 3
#         --round-seconds 10 --warmup-seconds 10 --clients 4 --fresh-seconds 120 --writes-per-second 2,
#         --app-port 18099 --bare-port 18098 --pg-port 55499, --out FILE
#
# Needs Java 17, Maven, Node (or network for the front-end build to fetch one) and, for the
# PostgreSQL half, the PostgreSQL server binaries (Debian's postgresql package; scripts/pg-start.sh).
# It builds what it uses from the repository root: the app jar and the benchmark classes with
# `mvn -B -q -DskipTests package` (the reactor builds the front end first), the bare app with
# `mvn -B -q -f benchmark/bare-app/pom.xml package`; both jars are copied to $BENCH_DIR, so a
# build running elsewhere does not change them mid-run.
#
# Environment: BENCH_DIR (work directory, default /tmp/wallbreaker-bench), JAVA_OPTS (JVM options of
# both apps, e.g. -Xmx1g; default none), BENCH_JAVA_OPTS (the data generator's JVM), MVN (the Maven
# command, default mvn; e.g. MVN="flock /tmp/build.lock mvn" to queue behind other builds).
# Output: the table on stdout and in backend/target/benchmark-results.md (a copy per run in
# $BENCH_DIR); progress in $BENCH_DIR/benchmark.log, every app's log under $BENCH_DIR/{h2,pg}/logs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/wallbreaker-bench}
build=true
mvn_flags=(-B -q)
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) mvn_flags+=(-o); shift ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    --quick|--keep|--reuse) args+=("$1"); shift ;;
    --*) [ $# -ge 2 ] || { echo "benchmark: $1 needs a value" >&2; exit 2; }
         args+=("$1" "$2"); shift 2 ;;
    *) echo "benchmark: unknown argument $1 (see $0 --help)" >&2; exit 2 ;;
  esac
done
read -r -a mvn <<<"${MVN:-mvn}"
mkdir -p "$work"

# What the jars are built from: the commit, and whether the working tree differed from it.
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && ! git -C "$root" diff --quiet HEAD -- backend frontend migrations 2>/dev/null; then
  commit="$commit + uncommitted changes"
fi
if $build; then
  echo "== building the app and the benchmark classes (mvn ${mvn_flags[*]} -DskipTests package)"
  (cd "$root" && "${mvn[@]}" "${mvn_flags[@]}" -DskipTests package)
  echo "== building the bare app (mvn ${mvn_flags[*]} -f benchmark/bare-app/pom.xml package)"
  (cd "$root" && "${mvn[@]}" "${mvn_flags[@]}" -f benchmark/bare-app/pom.xml package)
  cp "$root/backend/target/wallbreaker.jar" "$work/app.jar"
  cp "$root/benchmark/bare-app/target/bare-app.jar" "$work/bare-app.jar"
  rm -rf "$work/bench-classes" && mkdir -p "$work/bench-classes/io/wallbreaker"
  cp -r "$root/backend/target/test-classes/io/wallbreaker/bench" "$work/bench-classes/io/wallbreaker/"
  echo "$commit" >"$work/built-from"
else
  commit="$(cat "$work/built-from" 2>/dev/null || echo unknown) (jars of an earlier build)"
fi
for f in app.jar bare-app.jar bench-classes/io/wallbreaker/bench/BenchmarkRun.class; do
  [ -e "$work/$f" ] || { echo "benchmark: $work/$f missing; run without --no-build" >&2; exit 1; }
done

# The driver stays small and out of the apps' way: serial GC, 1 GB at most.
java -Xmx1g -XX:+UseSerialGC -cp "$work/bench-classes:$work/app.jar" io.wallbreaker.bench.BenchmarkRun \
  --root "$root" --work "$work" --app-jar "$work/app.jar" --bare-jar "$work/bare-app.jar" \
  --commit "$commit" --app-java-opts "${JAVA_OPTS:-}" --gen-java-opts "${BENCH_JAVA_OPTS:-}" \
  ${args[@]+"${args[@]}"} 2>&1 | tee "$work/benchmark.log"
exit "${PIPESTATUS[0]}"
