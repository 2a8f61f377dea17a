#!/usr/bin/env bash
# Runs warc_check.py over the DEV WARC files with the mediaclimate binary; exits non-zero on failure.
# Usage: scripts/check-warc.sh BIN SHARED   (e.g. .build/release/mediaclimate ../shared)
# --lenient-errors: where warcio stops (whole-file gzip, a Content-Length off by the record
# terminator) this reader recovers and reads on; its first records must still equal warcio's.
# See docs/WARC.md.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN SHARED" >&2; exit 64; fi
BIN=$1
SHARED=$2
SUITE="$SHARED/data/warc/warc-dev.jsonl"
CHECK="$SHARED/tools/warc_check.py"
for need in "$BIN" "$SUITE" "$CHECK"; do
  [ -e "$need" ] || { echo "check-warc: missing $need" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$CHECK" manifest "$SUITE" > "$WORK/manifest.jsonl"
"$BIN" inspect warc --manifest "$WORK/manifest.jsonl" --json > "$WORK/out.jsonl"
python3 "$CHECK" check "$SUITE" "$WORK/out.jsonl" --lenient-errors
