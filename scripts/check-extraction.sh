#!/usr/bin/env bash
# Scores `mediaclimate extract` on the two extraction sets of ../shared and checks the bars:
#   English full-text benchmark (extraction_score.py): F1 >= 0.965
#   multilingual snippets (snippet_score.py):           F1 >= 0.930
# Usage: scripts/check-extraction.sh BIN SHARED   (BIN = a release build of mediaclimate)
# Prints both scores; exits 1 when a score is below its bar, 64 on usage errors.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN SHARED" >&2; exit 64; fi
BIN=$1
SHARED=$2
EN_BAR=${EXTRACT_EN_BAR:-0.965}
ML_BAR=${EXTRACT_ML_BAR:-0.930}
if [ ! -x "$BIN" ]; then echo "check-extraction: $BIN is not an executable (build with: swift build -c release)" >&2; exit 64; fi
if [ ! -d "$SHARED/data/extraction" ] || [ ! -d "$SHARED/data/extraction-ml" ]; then
  echo "check-extraction: $SHARED/data/extraction{,-ml} not found: SKIPPED"; exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

"$BIN" extract "$SHARED/data/extraction/html" > "$OUT/en.jsonl" 2> "$OUT/en.log"
python3 "$SHARED/tools/extraction_score.py" "$SHARED/data/extraction" "$OUT/en.jsonl" --json "$OUT/en.json" > "$OUT/en.txt"
"$BIN" extract "$SHARED/data/extraction-ml/html" > "$OUT/ml.jsonl" 2> "$OUT/ml.log"
python3 "$SHARED/tools/snippet_score.py" "$SHARED/data/extraction-ml/eval.json" "$OUT/ml.jsonl" --json "$OUT/ml.json" > "$OUT/ml.txt"

python3 - "$OUT/en.json" "$OUT/ml.json" "$EN_BAR" "$ML_BAR" <<'PY'
import json, sys
en, ml = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
en_bar, ml_bar = float(sys.argv[3]), float(sys.argv[4])
ok = True
for name, s, bar in (("extraction (en, shingles)", en, en_bar), ("extraction-ml (snippets)", ml, ml_bar)):
    passed = s["f1"] >= bar
    ok = ok and passed
    print(f"check-extraction: {name}: F1 {s['f1']:.4f} (P {s['precision']:.4f} R {s['recall']:.4f}) "
          f"bar {bar:.3f} {'PASS' if passed else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
