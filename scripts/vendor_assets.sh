#!/usr/bin/env bash
# Fetch the chart libraries the dashboard uses (vega, vega-lite, vega-embed) from the npm registry
# at pinned versions and copy their minified UMD builds, with licences, into
# src/soket/web/static/vendor/. Run once at build time; the result is committed, and nothing is
# downloaded at run time.
set -euo pipefail

VEGA=6.2.0
VEGA_LITE=6.4.1
VEGA_EMBED=7.1.0

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/soket/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$dest"
cd "$work"
for spec in "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED"; do
  name="${spec%@*}"
  tgz="$(npm pack --silent "$spec" 2>/dev/null | tail -n 1)"
  mkdir -p "$name"
  tar xzf "$tgz" -C "$name"
  cp "$name/package/build/$name.min.js" "$dest/$name.min.js"
  cp "$name/package/LICENSE" "$dest/$name.LICENSE"
  # drop the sourceMappingURL comment: the .map files are not vendored
  sed -i 's|//# sourceMappingURL=.*$||' "$dest/$name.min.js"
  echo "$spec $(sha256sum "$dest/$name.min.js" | cut -d' ' -f1)"
done > "$dest/VERSIONS"
cat "$dest/VERSIONS"
