#!/usr/bin/env bash
# Runs the feed checkers of ../shared/tools against a built mediaclimate binary and fails below the bars:
#   conformance (feedparser suite, DEV half): >= 452 of 465 records (97 %)
#   realfeeds (DEV half): >= 90 % of feeds, and >= 98 % of expectations with --count-fields
# Usage: scripts/check-feeds.sh BINARY [SHARED_DIR]   (SHARED_DIR defaults to ../shared)
set -euo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 BINARY [SHARED_DIR]" >&2; exit 64; fi
BIN=$1
SHARED=${2:-../shared}
TOOLS=$SHARED/tools
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
status=0

python3 "$TOOLS/feed_conformance.py" extract "$SHARED/data/feeds/conformance-dev.jsonl" "$OUT/conf" >/dev/null
"$BIN" inspect feed --manifest "$OUT/conf/manifest.jsonl" --json > "$OUT/conf-parsed.jsonl" 2>/dev/null || true
conf=$(python3 "$TOOLS/feed_conformance.py" check "$SHARED/data/feeds/conformance-dev.jsonl" "$OUT/conf-parsed.jsonl" \
  | tail -1 || true)
echo "$conf"
passed=$(echo "$conf" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
if [ "${passed:-0}" -lt 452 ]; then echo "check-feeds: conformance below 452/465" >&2; status=1; fi

python3 "$TOOLS/realfeeds_check.py" manifest "$SHARED/data/realfeeds/realfeeds-dev.jsonl" > "$OUT/rf-manifest.jsonl"
"$BIN" inspect feed --manifest "$OUT/rf-manifest.jsonl" --json > "$OUT/rf-parsed.jsonl" 2>/dev/null || true
for mode in feeds fields; do
  flag=""; [ "$mode" = fields ] && flag="--count-fields"
  line=$(python3 "$TOOLS/realfeeds_check.py" check "$SHARED/data/realfeeds/realfeeds-dev.jsonl" "$OUT/rf-parsed.jsonl" $flag \
    | tail -1 || true)
  echo "$line"
  ok=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
  bad=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
  bar=90; [ "$mode" = fields ] && bar=98
  if [ -z "$ok" ] || [ $(( ok * 100 )) -lt $(( bar * (ok + bad) )) ]; then
    echo "check-feeds: realfeeds $mode below $bar %" >&2; status=1
  fi
done
exit $status
