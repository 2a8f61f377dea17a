#!/usr/bin/env bash
# Feed parsing benchmark (not a test): mediaclimate vs Python feedparser on the same bytes, side by side.
#   1. speed: the ~11.5 MB, 5,000-item feed of make_big_feed.py; runs A B A B ... and prints medians
#      of wall and CPU (user+sys) seconds and the ratios;
#   2. memory: peak RSS (/usr/bin/time -v) of `inspect feed` on a ~110 MB feed (43,000 items).
# Usage: scripts/bench-feed.sh BINARY [SHARED_DIR] [PYTHON_WITH_FEEDPARSER] [ROUNDS]
# Needs /usr/bin/time and a Python with feedparser (python3 -m venv V && V/bin/pip install feedparser).
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
fp_wall=(); fp_cpu=(); mc_wall=(); mc_cpu=(); ms_wall=(); ms_cpu=()
for _ in $(seq "$ROUNDS"); do
  read -r w u s < <(measure "$PY" "$WORK/fp.py" "$WORK/big.xml")
  fp_wall+=("$w"); fp_cpu+=("$(echo "$u + $s" | bc)")
  read -r w u s < <(measure "$BIN" inspect feed "$WORK/big.xml" --json)
  mc_wall+=("$w"); mc_cpu+=("$(echo "$u + $s" | bc)")
  read -r w u s < <(measure "$BIN" inspect feed "$WORK/big.xml" --summary --json)
  ms_wall+=("$w"); ms_cpu+=("$(echo "$u + $s" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
FW=$(median "${fp_wall[@]}"); FC=$(median "${fp_cpu[@]}"); MW=$(median "${mc_wall[@]}"); MC=$(median "${mc_cpu[@]}")
SW=$(median "${ms_wall[@]}"); SC=$(median "${ms_cpu[@]}")
echo "speed (11.5 MB, 5,000 items, $ROUNDS rounds, medians):"
echo "  feedparser.parse(bytes):                     wall $FW s, cpu $FC s"
echo "  mediaclimate inspect feed --json (all JSON): wall $MW s, cpu $MC s;" \
  "ratio wall $(echo "scale=1; $FW / $MW" | bc)x, cpu $(echo "scale=1; $FC / $MC" | bc)x"
echo "  mediaclimate inspect feed --summary (parse): wall $SW s, cpu $SC s;" \
  "ratio wall $(echo "scale=1; $FW / $SW" | bc)x, cpu $(echo "scale=1; $FC / $SC" | bc)x"
rss=$(/usr/bin/time -v "$BIN" inspect feed "$WORK/big100.xml" --max-document-mib 200 --json 2>&1 >/dev/null \
  | sed -n 's/.*Maximum resident set size (kbytes): //p')
echo "memory: $(stat -c %s "$WORK/big100.xml") bytes, 43,000 items: peak RSS $rss KB"
