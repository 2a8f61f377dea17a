#!/usr/bin/env bash
# Times `mediaclimate index` and `mediaclimate milestones` on a synthetic store of N articles
# (default 1,000,000; scripts/make-synthetic-store.py). Usage: scripts/bench-index.sh [STORE] [N]
# Builds in release through the shared build lock. Prints wall-clock seconds per command.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-.build/bench/synthetic-1m.sqlite}"
count="${2:-1000000}"
if [ ! -f "$store" ]; then
  mkdir -p "$(dirname "$store")"
  python3 scripts/make-synthetic-store.py "$store" --articles "$count"
fi
flock /tmp/mc-build.lock swift build -c release --product mediaclimate >&2
bin=.build/release/mediaclimate
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
run() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
  end=$(date +%s.%N)
  printf '%-44s %6.2f s  %7d lines  %s\n' "$name" "$(echo "$end - $start" | bc)" "$(wc -l <"$out/$name.out")" "$(tail -1 "$out/$name.err")"
}
run "index --by week (bootstrap 1000)" index --store "$store" --by week
run "index --by week --bootstrap 0" index --store "$store" --by week --bootstrap 0
run "index --by week --group outlet" index --store "$store" --by week --group outlet
run "index --by day --group country --dedup" index --store "$store" --by day --group country --dedup
run "index --by month --format jsonl" index --store "$store" --by month --format jsonl
run "milestones --metric threat_share" milestones --store "$store" --metric threat_share
run "milestones --metric balance_hits --format json" milestones --store "$store" --metric balance_hits --format json
