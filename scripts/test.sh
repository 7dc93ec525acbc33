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
# The fuzz sample runs in a pytest process of its own: inside the long session (after Dask, OCR and
# browser tests) its memory-capped workers crash on OCR'd PDFs, which they do not in a fresh process
# (an open problem, see the closing note of session 2).
FUZZ=tests/ingest/test_fuzz_sample.py
$BIN/python -m pytest --deselect "$FUZZ::test_fuzz_sample_of_500_inputs_has_no_crash_no_overtime_no_overmemory" "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi
if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then  # the whole suite (no paths given): run the sample too
  $BIN/python -m pytest -q -p no:cacheprovider "$FUZZ"
  frc=$?
  [ $rc -eq 0 ] && rc=$frc
fi
exit $rc
