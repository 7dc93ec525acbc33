#!/usr/bin/env bash
# The test command: lint, start a throw-away PostgreSQL on loopback (its own directory and a free
# port, so concurrent runs never collide) when one is installed, run pytest, stop the server.
# pytest's exit 5 (no tests collected) is a failure. With SOKET_REQUIRE_PG=1 (as .ci/run sets) a
# server that does not start fails the run instead of skipping its tests.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check src tests bench scripts || exit 1
$BIN/mypy || exit 1   # --strict on src/ ([tool.mypy] in pyproject.toml)

if [ -z "${SOKET_TEST_PG_URL:-}" ]; then
  pgdir=$(mktemp -d "${TMPDIR:-/tmp}/soket-pg.XXXXXX")
  trap 'bash scripts/pg_stop.sh "$pgdir" >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
  if url=$(SOKET_PG_DIR="$pgdir" bash scripts/pg_start.sh 2>"$pgdir.err"); then
    export SOKET_TEST_PG_URL="$url"
  else
    echo "PostgreSQL not available: its tests will skip ($(tail -1 "$pgdir.err"))" >&2
    if [ "${SOKET_REQUIRE_PG:-}" = 1 ]; then echo "SOKET_REQUIRE_PG=1: failing" >&2; rm -f "$pgdir.err"; exit 1; fi
  fi
  rm -f "$pgdir.err"
fi
$BIN/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi
exit $rc
