#!/usr/bin/env bash
# Benchmark: weekly report generation on a synthetic 2-year, ~1-million-article store (bar: < 15 s).
#
# Usage: scripts/bench-report.sh [ARTICLES] [WORKDIR]   (defaults: 1000000, a temporary folder)
# Builds the release binary (through the shared build lock when /tmp/mc-build.lock is used by the
# caller), generates the store with scripts/make-report-store.py (kept in WORKDIR for reruns) and
# times `mediaclimate report` three times.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000000}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
store="$work/bench-$articles.sqlite"
[ -f "$store" ] || python3 scripts/make-report-store.py "$store" --articles "$articles" --weeks 104 --end 2024-05-19
bin=.build/release/mediaclimate
[ -x "$bin" ] || swift build -c release --product mediaclimate
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$bin" report --store "$store" --week 2024-W20 --out "$work/reports" --milestones corpora/milestones.csv >/dev/null
  end=$(date +%s.%N)
  echo "run $run: $(echo "$end - $start" | bc) s"
done
