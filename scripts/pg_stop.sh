#!/usr/bin/env bash
# Stop the server scripts/pg_start.sh started.
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
dir=/tmp/soket-pg
if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bindir/pg_ctl -D $dir/data -m fast stop"; else "$bindir/pg_ctl" -D $dir/data -m fast stop; fi
rm -f /tmp/soket-pg.url
