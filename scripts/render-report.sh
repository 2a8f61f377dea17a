#!/usr/bin/env bash
# Render a report folder's report.html in headless Chromium (Debian package `chromium`), save a PNG
# and fail if the page has external requests, scripts or script errors, or a blank chart area.
#
# Usage: scripts/render-report.sh REPORT_DIR [PNG]   (PNG defaults to REPORT_DIR/report.png)
set -euo pipefail
dir=${1:?usage: scripts/render-report.sh REPORT_DIR [PNG]}
[ -f "$dir/report.html" ] || { echo "render-report: $dir/report.html not found; run mediaclimate report first" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
page="file://$(cd "$dir" && pwd)/report.html"
png=${2:-$dir/report.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-report: installing chromium (apt)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No network: an unreachable proxy makes any http(s) request fail and show up in the log.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9 --enable-logging=stderr --v=0)
timeout 90 "$browser" "${flags[@]}" --dump-dom "$page" >"$work/dom.html" 2>"$work/dom.log" || true
[ -s "$work/dom.html" ] || { echo "render-report: chromium produced no DOM (log: $(tail -3 "$work/dom.log"))" >&2; exit 1; }
timeout 90 "$browser" "${flags[@]}" --window-size=1000,2400 --screenshot="$png" "$page" >"$work/shot.log" 2>&1 || true
[ -s "$png" ] || { echo "render-report: no screenshot written (log: $(tail -3 "$work/shot.log"))" >&2; exit 1; }
cat "$work/dom.log" "$work/shot.log" >"$work/all.log"
python3 "$here/check-report-png.py" "$png" "$work/dom.html" "$work/all.log"
echo "render-report: OK $png" >&2
