#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 and print its SQLAlchemy URL.
# initdb refuses root, so the server runs as the postgres user in a temp directory it owns.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "no PostgreSQL server installed" >&2; exit 1; }
port=${SOKET_PG_PORT:-55432}
dir=/tmp/soket-pg
state=/tmp/soket-pg.url
run_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ -f "$state" ] && run_as "$bindir/pg_ctl -D $dir/data status" >/dev/null 2>&1; then cat "$state"; exit 0; fi
rm -rf "$dir"; mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
run_as "$bindir/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_as "$bindir/pg_ctl -D $dir/data -l $dir/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $dir' start" >/dev/null
run_as "$bindir/psql -h 127.0.0.1 -p $port -U postgres -c 'CREATE DATABASE soket_test'" >/dev/null
run_as "$bindir/psql -h 127.0.0.1 -p $port -U postgres -d soket_test -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/soket_test" | tee "$state"
