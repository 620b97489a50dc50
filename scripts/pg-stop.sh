#!/usr/bin/env bash
# Stops and removes the cluster started by scripts/pg-start.sh. Usage: scripts/pg-stop.sh [dir]
set -uo pipefail
dir=${1:-${WALLBREAKER_PG_DIR:-/tmp/wallbreaker-pg}}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -d "$dir" ] || exit 0
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1
else "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1; fi
rm -rf "$dir"
