#!/usr/bin/env bash
# Runs the evaluation checkers of ../shared/tools against a release build, with the issues' bars.
# Usage: scripts/evaluate.sh [SHARED_DIR]     (exit 1 when any bar fails)
set -uo pipefail
cd "$(dirname "$0")/.."
SHARED=$(cd "${1:-../shared}" && pwd)
swift build -c release --product mediaclimate >/dev/null || { echo "evaluate: release build failed"; exit 1; }
BIN=$(swift build -c release --show-bin-path)/mediaclimate
failed=()
passed=0
run() {  # run NAME COMMAND...
  local name=$1; shift
  echo "== evaluate: $name"
  if "$@"; then echo "== evaluate: $name OK"; passed=$((passed + 1)); else echo "== evaluate: $name FAILED"; failed+=("$name"); fi
}
run dates python3 scripts/check-dates.py "$BIN" "$SHARED/data/feeds/dates-dev.jsonl"
run framing python3 scripts/check-framing.py "$BIN" corpora/eval/framing-dev
for check in feeds warc extraction; do
  if [ -f "scripts/check-$check.sh" ]; then run "$check" bash "scripts/check-$check.sh" "$BIN" "$SHARED"; fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "evaluate: FAILED bars: ${failed[*]}"
  echo "evaluate: $passed passed, ${#failed[@]} failed"
  exit 1
fi
echo "evaluate: $passed passed, 0 failed"
