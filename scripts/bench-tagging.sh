#!/usr/bin/env bash
# Tokenise + match throughput against the pyahocorasick tagger (bench.py tag-aho), side by side.
#
# Usage: scripts/bench-tagging.sh [SHARED_DIR]            (default ../shared)
# Environment:
#   BENCH_DIR      where corpus.jsonl, dict.json and the converted lexicon live (default .build/bench-tagging;
#                  made with ../shared/tools/perf/make_corpus.py when missing)
#   ANCHOR_VENV    venv with pyahocorasick (default .build/venv-anchors; created when missing)
#   LINES          use only the first LINES articles (default: all, ~100 MB); e.g. LINES=20000 for ~19 MB
#   ROUNDS         rounds of anchor / ours jobs 1 / ours jobs 2 (default 3)
#   MC_BUILD_LOCK  lock file every swift command goes through (default /tmp/mc-build.lock)
#   BIN            the mediaclimate binary to measure (default: build the development release build),
#                  e.g. .build-static/release/mediaclimate for the deployment build
# Prints (stdout) the median MB/s of each, the ratios ours/anchor (jobs 1, jobs 2) and jobs 2/jobs 1,
# plus the CPU-second figures of ours (throughput per busy thread: on a loaded machine the wall clock
# measures the other processes too). Progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=$(cd "${1:-../shared}" && pwd)
PERF="$SHARED/tools/perf"
BENCH_DIR=${BENCH_DIR:-.build/bench-tagging}
ANCHOR_VENV=${ANCHOR_VENV:-.build/venv-anchors}
ROUNDS=${ROUNDS:-3}
LOCK=${MC_BUILD_LOCK:-/tmp/mc-build.lock}
mkdir -p "$BENCH_DIR"

if [ ! -s "$BENCH_DIR/corpus.jsonl" ]; then
  echo "bench-tagging: generating the 100 MB corpus" >&2
  python3 "$PERF/make_corpus.py" corpus --out "$BENCH_DIR/corpus.jsonl" --mb 100 >&2
fi
if [ ! -s "$BENCH_DIR/dict.json" ]; then
  echo "bench-tagging: generating the dictionary" >&2
  python3 "$PERF/make_corpus.py" dict --out "$BENCH_DIR/dict.json" >&2
fi
if [ ! -d "$BENCH_DIR/lex/perf-dict/v1" ]; then
  python3 scripts/bench/dict-to-lexicon.py "$BENCH_DIR/dict.json" "$BENCH_DIR/lex" >&2
fi
if ! "$ANCHOR_VENV/bin/python" -c "import ahocorasick" 2>/dev/null; then
  echo "bench-tagging: creating the anchor venv $ANCHOR_VENV" >&2
  python3 -m venv "$ANCHOR_VENV"
  "$ANCHOR_VENV/bin/pip" install --quiet pyahocorasick regex >&2
fi

CORPUS="$BENCH_DIR/corpus.jsonl"
if [ -n "${LINES:-}" ]; then
  CORPUS="$BENCH_DIR/corpus-$LINES.jsonl"
  [ -s "$CORPUS" ] || head -n "$LINES" "$BENCH_DIR/corpus.jsonl" > "$CORPUS"
fi

if [ -z "${BIN:-}" ]; then
  echo "bench-tagging: release build" >&2
  flock "$LOCK" swift build -c release --product mediaclimate >&2
  BIN=$(flock "$LOCK" swift build -c release --show-bin-path)/mediaclimate
fi

RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
echo "bench-tagging: $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), corpus $CORPUS" >&2
for round in $(seq "$ROUNDS"); do
  echo "bench-tagging: round $round/$ROUNDS" >&2
  "$ANCHOR_VENV/bin/python" "$PERF/bench.py" tag-aho "$CORPUS" "$BENCH_DIR/dict.json" | sed 's/^/anchor /' >> "$RESULTS"
  "$BIN" bench tagging --corpus "$CORPUS" --lexicon "$BENCH_DIR/lex/perf-dict/v1" --mode match --jobs 1 | sed 's/^/jobs1 /' >> "$RESULTS"
  "$BIN" bench tagging --corpus "$CORPUS" --lexicon "$BENCH_DIR/lex/perf-dict/v1" --mode match --jobs 2 | sed 's/^/jobs2 /' >> "$RESULTS"
done

python3 - "$RESULTS" <<'EOF'
import json, statistics, sys
wall, cpu = {}, {}
for line in open(sys.argv[1]):
    name, data = line.split(" ", 1)
    d = json.loads(data)
    wall.setdefault(name, []).append(d["mb_s"])
    if "mb_cpu_s" in d:
        cpu.setdefault(name, []).append(d["mb_cpu_s"])
m = {k: statistics.median(v) for k, v in wall.items()}
c = {k: statistics.median(v) for k, v in cpu.items()}
print(f"anchor (pyahocorasick tag-aho)   {m['anchor']:8.1f} MB/s")
print(f"ours match, jobs 1               {m['jobs1']:8.1f} MB/s   ({c['jobs1']:.1f} MB per CPU second)")
print(f"ours match, jobs 2               {m['jobs2']:8.1f} MB/s   ({c['jobs2']:.1f} MB per CPU second per thread)")
print(f"ratio ours/anchor, jobs 1        {m['jobs1'] / m['anchor']:8.2f}x   (bar: >= 6)")
print(f"ratio ours/anchor, jobs 2        {m['jobs2'] / m['anchor']:8.2f}x")
print(f"jobs 2 / jobs 1 (wall)           {m['jobs2'] / m['jobs1']:8.2f}x   (bar: >= 1.8)")
print(f"CPU efficiency jobs 2 / jobs 1   {c['jobs2'] / c['jobs1']:8.2f}    (1.0 = no contention between threads)")
EOF
