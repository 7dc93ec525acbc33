#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 and print its SQLAlchemy URL.
#   SOKET_PG_DIR   the run's own directory (default: a fresh `mktemp -d`); the URL is kept in $dir/url
#   SOKET_PG_PORT  the port (default: a free one, found by binding port 0)
# Concurrent runs with different directories never share a server. initdb refuses root, so as root
# the server runs as the postgres user in a directory it owns. Stop it with scripts/pg_stop.sh DIR.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "no PostgreSQL server installed" >&2; exit 1; }
dir=${SOKET_PG_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/soket-pg.XXXXXX")}
run_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
if [ -f "$dir/url" ] && run_as "$bindir/pg_ctl -D $dir/data status" >/dev/null 2>&1; then cat "$dir/url"; exit 0; fi
rm -rf "$dir/data" "$dir/url" "$dir/log"; mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
run_as "$bindir/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
# a port found free may be taken before the server binds it: try a few
for _ in 1 2 3 4 5; do
  port=${SOKET_PG_PORT:-$(free_port)}
  if run_as "$bindir/pg_ctl -D $dir/data -l $dir/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $dir' start" >/dev/null; then
    started=1; break
  fi
  [ -n "${SOKET_PG_PORT:-}" ] && break
done
[ -n "${started:-}" ] || { echo "PostgreSQL did not start (see $dir/log)" >&2; exit 1; }
run_as "$bindir/psql -h 127.0.0.1 -p $port -U postgres -c 'CREATE DATABASE soket_test'" >/dev/null
run_as "$bindir/psql -h 127.0.0.1 -p $port -U postgres -d soket_test -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null
url="postgresql+psycopg://postgres@127.0.0.1:$port/soket_test"
echo "$url" > "$dir/url"
echo "$url"
