#!/usr/bin/env bash
# System packages the test-suite needs (PostgreSQL server, chromium, fonts, poppler, libreoffice).
# Idempotent: skips what is already installed. Needs root (CI runs as root).
set -uo pipefail
need=()
command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
dpkg -s libpangoft2-1.0-0 >/dev/null 2>&1 || need+=(libpango-1.0-0 libpangoft2-1.0-0)  # WeasyPrint
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 || echo "ci_setup: could not install ${need[*]}" >&2
  else
    echo "ci_setup: not root; missing ${need[*]} (their tests will skip)" >&2
  fi
fi
exit 0
