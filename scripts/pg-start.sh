#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL cluster on a loopback port for the test suite
# (Debian's postgresql package). Prints the JDBC URL. Usage: scripts/pg-start.sh [port] [dir]
set -euo pipefail
port=${1:-${WALLBREAKER_PG_PORT:-55432}}
dir=${2:-${WALLBREAKER_PG_DIR:-/tmp/wallbreaker-pg}}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "pg-start: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -f "$dir/postmaster.pid" ] && run_as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  echo "pg-start: already running in $dir" >&2
else
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  run_as_postgres "$bin/initdb" -D "$dir" --auth=trust --username=wallbreaker --encoding=UTF8 >/dev/null
  run_as_postgres "$bin/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  run_as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U wallbreaker wallbreaker
fi
echo "jdbc:postgresql://127.0.0.1:$port/wallbreaker"
