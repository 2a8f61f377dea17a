#!/usr/bin/env bash
# Runs the statistics-core tests against ../shared/data/analysis-reference and prints the largest
# deviation per case, then smoke-tests `mediaclimate analyze` on the reference inputs.
# Usage: scripts/check-analysis.sh [SHARED_DIR]   (uses the shared build lock)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-${MEDIACLIMATE_SHARED:-../shared}}
REF="$SHARED/data/analysis-reference"
if [ ! -d "$REF" ]; then echo "check-analysis: $REF absent: SKIPPED"; exit 0; fi
export MEDIACLIMATE_SHARED="$SHARED"
LOG=$(mktemp)
flock /tmp/mc-build.lock swift test --filter ClimateIndicesTests >"$LOG" 2>&1 || { grep -E "✘|error" "$LOG" | head -40; exit 1; }
grep -E "DEVIATION|SKIPPED|Test run" "$LOG" | sort -u
flock /tmp/mc-build.lock swift build --product mediaclimate >/dev/null
BIN=$(swift build --show-bin-path)/mediaclimate
"$BIN" analyze window --series "$REF/prepost_tests/windows.csv" --column index_value --event-index 8 >/dev/null
"$BIN" analyze segmented --series "$REF/its_segmented_regression/series.csv" --column y --event-index 52 >/dev/null
"$BIN" analyze changepoints --series "$REF/changepoint_pelt/series.csv" --column value --penalty 0.145435853009
"$BIN" analyze ccf --series "$REF/leadlag_ccf_granger/series.csv" --column y_media_index --x-column x_shock_intensity >/dev/null
echo "check-analysis: OK"
