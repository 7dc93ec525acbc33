#!/usr/bin/env bash
# Stop the server scripts/pg_start.sh started in DIR (argument, else $SOKET_PG_DIR) and remove DIR.
set -uo pipefail
dir=${1:-${SOKET_PG_DIR:-}}
[ -n "$dir" ] || { echo "usage: pg_stop.sh DIR (or SOKET_PG_DIR)" >&2; exit 2; }
[ -d "$dir/data" ] || { echo "no server directory at $dir" >&2; exit 1; }
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bindir/pg_ctl -D $dir/data -m fast stop"
else "$bindir/pg_ctl" -D "$dir/data" -m fast stop; fi
rc=$?
rm -rf "$dir"
exit $rc
