#!/usr/bin/env bash
# Lists the installed Debian packages (name, version) whose translation catalogues (.mo) under
# LOCALE_DIR build_corpus.py reads, for the languages it reads them for. The model depends on
# them: a machine with other packages installed builds a (slightly) different model.
#
# Usage: scripts/langid/list-catalogue-packages.sh [LOCALE_DIR]  > docs/langid-catalogue-packages.tsv
set -euo pipefail
LOCALE_DIR="${1:-/usr/share/locale}"
LANGS="en nl it es ca de fr pt gl oc ro sv da nb af pl cs sk hr sl hu fi et lt tr id eo eu ga"
files=()
for l in $LANGS; do
  for f in "$LOCALE_DIR/$l/LC_MESSAGES/"*.mo; do
    [ -e "$f" ] && files+=("$f")
  done
done
dpkg -S "${files[@]}" 2>/dev/null | cut -d: -f1 | tr ',' '\n' | sed 's/^ *//' | sort -u |
  while read -r pkg; do
    printf '%s\t%s\n' "$pkg" "$(dpkg-query -W -f '${Version}' "$pkg")"
  done
