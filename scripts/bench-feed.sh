#!/usr/bin/env bash
# Feed benchmark (not a test): `mediaclimate ingest` (and `inspect feed`) vs Python feedparser on the
# same bytes, side by side.
#   1. speed: the ~11.5 MB, 5,000-item feed of make_big_feed.py; runs A B C D A B C D ... (feedparser,
#      ingest, inspect --json, inspect --summary) and prints medians of wall and CPU (user+sys)
#      seconds and the ratios to feedparser;
#   2. memory: peak RSS (/usr/bin/time -v) of `ingest` and of `inspect feed --json` on a ~110 MB feed
#      (43,000 items).
# Usage: scripts/bench-feed.sh BINARY [SHARED_DIR] [PYTHON_WITH_FEEDPARSER] [ROUNDS]
# Needs /usr/bin/time, bc and a Python with feedparser (python3 -m venv V && V/bin/pip install feedparser).
set -euo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 BINARY [SHARED_DIR] [PYTHON] [ROUNDS]" >&2; exit 64; fi
BIN=$1
SHARED=${2:-../shared}
PY=${3:-python3}
ROUNDS=${4:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$SHARED/tools/perf/make_big_feed.py" "$WORK/big.xml" >&2
python3 "$SHARED/tools/perf/make_big_feed.py" "$WORK/big100.xml" --items 43000 --target-mb 100 >&2

cat > "$WORK/fp.py" <<'PY'
import sys, feedparser
data = open(sys.argv[1], "rb").read()
r = feedparser.parse(data)
print(len(r.entries), file=sys.stderr)
PY

measure() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
names=(fp ingest json summary)
declare -A wall cpu
run() {  # name command...
  local name=$1; shift
  read -r w u s < <(measure "$@")
  wall[$name]+="$w "; cpu[$name]+="$(echo "$u + $s" | bc) "
}
for _ in $(seq "$ROUNDS"); do
  run fp "$PY" "$WORK/fp.py" "$WORK/big.xml"
  run ingest "$BIN" ingest "$WORK/big.xml"
  run json "$BIN" inspect feed "$WORK/big.xml" --json
  run summary "$BIN" inspect feed "$WORK/big.xml" --summary --json
done
median() { printf '%s\n' $@ | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
FW=$(median ${wall[fp]}); FC=$(median ${cpu[fp]})
echo "speed (11.5 MB, 5,000 items, $ROUNDS alternating rounds, medians; load: $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %-44s wall %6s s, cpu %6s s\n' "feedparser.parse(bytes)" "$FW" "$FC"
label() { case $1 in ingest) echo "mediaclimate ingest (documents JSONL)";;
  json) echo "mediaclimate inspect feed --json";; summary) echo "mediaclimate inspect feed --summary";; esac; }
for name in ingest json summary; do
  W=$(median ${wall[$name]}); C=$(median ${cpu[$name]})
  printf '  %-44s wall %6s s, cpu %6s s; ratio wall %sx, cpu %sx\n' "$(label $name)" "$W" "$C" \
    "$(echo "scale=1; $FW / $W" | bc)" "$(echo "scale=1; $FC / $C" | bc)"
done
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
SIZE=$(stat -c %s "$WORK/big100.xml")
echo "memory ($SIZE bytes, 43,000 items): peak RSS" \
  "ingest $(rss "$BIN" ingest --max-bytes 200000000 "$WORK/big100.xml") KB," \
  "inspect feed --json $(rss "$BIN" inspect feed "$WORK/big100.xml" --max-document-mib 200 --json) KB"
