#!/usr/bin/env bash
# Runs the evaluation checkers of ../shared/tools against a release build, with the issues' bars.
# Usage: scripts/evaluate.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
OUT=${MEDIACLIMATE_EVAL_OUT:-$(mktemp -d)}
swift build -c release --product mediaclimate >/dev/null
BIN=$(swift build -c release --show-bin-path)/mediaclimate
echo "evaluate: outputs in $OUT"
