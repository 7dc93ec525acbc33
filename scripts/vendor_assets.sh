#!/usr/bin/env bash
# Fetch the chart libraries the dashboard uses (vega, vega-lite, vega-embed) and the API docs' Swagger UI
# (swagger-ui-dist: its bundle and stylesheet, for /docs) from the npm registry
# at pinned versions and copy their minified UMD builds, with licences, into
# src/soket/web/static/vendor/. Run once at build time; the result is committed, and nothing is
# downloaded at run time.
set -euo pipefail

VEGA=6.2.0
VEGA_LITE=6.4.1
VEGA_EMBED=7.1.0
SWAGGER_UI=5.35.0

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
# Swagger UI for /docs (offline API docs): the standalone bundle and its stylesheet
tgz="$(npm pack --silent "swagger-ui-dist@$SWAGGER_UI" 2>/dev/null | tail -n 1)"
mkdir -p swagger && tar xzf "$tgz" -C swagger
cp swagger/package/swagger-ui-bundle.js swagger/package/swagger-ui.css "$dest/"
cp swagger/package/LICENSE "$dest/swagger-ui.LICENSE"
sed -i 's|//# sourceMappingURL=.*$||; s|/\*# sourceMappingURL=.*\*/||' "$dest/swagger-ui-bundle.js" "$dest/swagger-ui.css"
for f in swagger-ui-bundle.js swagger-ui.css; do
  echo "swagger-ui-dist@$SWAGGER_UI/$f $(sha256sum "$dest/$f" | cut -d' ' -f1)"
done >> "$dest/VERSIONS"
cat "$dest/VERSIONS"
