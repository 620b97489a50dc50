#!/usr/bin/env bash
# The benchmark's PostgreSQL cluster, kept between runs when asked (scripts/benchmark.sh --keep/--reuse).
# Usage: scripts/bench-pg.sh start PORT DIR   start the cluster in DIR (a kept one as it is, else a new
#                                             one through scripts/pg-start.sh); prints the JDBC URL
#        scripts/bench-pg.sh stop DIR         stop it, keeping its data
#        scripts/bench-pg.sh remove DIR       stop it and delete DIR (scripts/pg-stop.sh)
#        scripts/bench-pg.sh version          the server version, e.g. "PostgreSQL 15.14"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "bench-pg: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    port=$2 dir=$3
    if [ -f "$dir/PG_VERSION" ]; then
      if as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        port=$(sed -n 4p "$dir/postmaster.pid") # already running (a run that was interrupted): its port
      else
        # The same server options as scripts/pg-start.sh.
        as_postgres "$bin/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
          -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
      fi
      echo "jdbc:postgresql://127.0.0.1:$port/wallbreaker"
    else
      "$here/pg-start.sh" "$port" "$dir"
    fi
    ;;
  stop)
    dir=$2
    [ -f "$dir/PG_VERSION" ] || exit 0
    as_postgres "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    ;;
  remove)
    "$here/pg-stop.sh" "$2"
    ;;
  version)
    "$bin/postgres" --version | awk '{ print "PostgreSQL " $3 }'
    ;;
  *)
    echo "usage: $0 start PORT DIR | stop DIR | remove DIR | version" >&2; exit 2 ;;
esac
