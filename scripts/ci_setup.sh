#!/usr/bin/env bash
# System packages the test-suite needs (PostgreSQL server, chromium, fonts, poppler, Tesseract OCR
# with its Vietnamese model). Idempotent: skips what is already installed. Needs root (CI runs as
# root). Exits non-zero when a package is missing and cannot be installed, so CI fails here instead
# of skipping tests later.
set -uo pipefail
need=()
command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)  # Liberation Serif: Times New Roman's metrics, for the review's PDF
dpkg -s libpangoft2-1.0-0 >/dev/null 2>&1 || need+=(libpango-1.0-0 libpangoft2-1.0-0)  # WeasyPrint
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)                          # OCR of scans
dpkg -s tesseract-ocr-vie >/dev/null 2>&1 || need+=(tesseract-ocr-vie)
dpkg -s libgl1 >/dev/null 2>&1 || need+=(libgl1 libglib2.0-0)                    # OpenCV (img2table)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "ci_setup: not root; cannot install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || { echo "ci_setup: apt-get update failed" >&2; exit 1; }
if ! apt-get install -y -qq --no-install-recommends "${need[@]}" >/tmp/ci_setup_apt.log 2>&1; then
  echo "ci_setup: could not install ${need[*]} (see /tmp/ci_setup_apt.log)" >&2
  tail -5 /tmp/ci_setup_apt.log >&2
  exit 1
fi
for p in "${need[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || { echo "ci_setup: $p is still not installed" >&2; exit 1; }
done
exit 0
