#!/usr/bin/env bash
# Rebuilds the language-identification model and test set from scratch, then evaluates it.
#
# Usage (from the repository root): scripts/langid/rebuild.sh [DATA_DIR]
# Steps: fetch-sources.sh (apt-get download + dpkg-deb -x), build_corpus.py (train/dev/test),
# build_model.py (Sources/ClimateLanguage/Resources/langid-model.tsv), evaluate.py (Markdown
# tables on stdout). Needs apt-get (after `apt-get update`), dpkg-deb, groff, msgunfmt
# (gettext), python3 ≥ 3.9. About 10 minutes on two cores.
set -euo pipefail
DATA_DIR="${1:-.langid-data}"
HERE="$(dirname "$0")"
"$HERE/fetch-sources.sh" "$DATA_DIR"
python3 "$HERE/build_corpus.py" --data "$DATA_DIR"
python3 "$HERE/build_model.py" --data "$DATA_DIR"
python3 "$HERE/evaluate.py"
