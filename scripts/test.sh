#!/usr/bin/env bash
# The test command: lint, start a throw-away PostgreSQL on loopback when one is installed, run pytest.
# pytest's exit 5 (no tests collected) is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check src tests bench scripts || exit 1
$BIN/mypy || exit 1   # --strict on src/ ([tool.mypy] in pyproject.toml)

if [ -z "${SOKET_TEST_PG_URL:-}" ]; then
  if url=$(bash scripts/pg_start.sh 2>/tmp/soket_pg.log); then
    export SOKET_TEST_PG_URL="$url"

  else
    echo "PostgreSQL not available: its tests will skip ($(tail -1 /tmp/soket_pg.log))" >&2
  fi
fi
$BIN/python -m pytest "$@"
rc=$?
[ -n "${SOKET_TEST_PG_URL:-}" ] && bash scripts/pg_stop.sh >/dev/null 2>&1
if [ $rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi
exit $rc
