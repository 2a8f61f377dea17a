#!/usr/bin/env bash
# Downloads and unpacks the Debian packages the language-identification model is built from.
#
# Usage: scripts/langid/fetch-sources.sh [DATA_DIR]   (default: .langid-data, git-ignored)
# Needs: apt-get (after `apt-get update`), dpkg-deb. Nothing is installed: packages are only
# downloaded (`apt-get download`) and unpacked (`dpkg-deb -x`) under DATA_DIR/root/<package>/.
# Re-runnable: packages already downloaded are kept. Writes DATA_DIR/packages.tsv
# (package, version, .deb sha256) so a build can be traced to exact package versions.
set -euo pipefail

DATA_DIR="${1:-.langid-data}"
mkdir -p "$DATA_DIR/debs" "$DATA_DIR/root"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

PACKAGES=(
  # man pages (English originals and translations)
  manpages manpages-dev manpages-de manpages-fr manpages-es manpages-it manpages-nl
  # Debian Reference (prose, HTML)
  debian-reference-en debian-reference-de debian-reference-es debian-reference-fr debian-reference-it
  # Debian New Maintainers' Guide (prose, HTML; the only Debian book translated to Catalan)
  maint-guide maint-guide-ca maint-guide-de maint-guide-es maint-guide-fr maint-guide-it
  # LibreOffice help (prose, HTML) for every target language, plus Portuguese and Galician
  # (close neighbours of es/ca) for the `und` class
  libreoffice-help-en-gb libreoffice-help-ca libreoffice-help-de libreoffice-help-es
  libreoffice-help-fr libreoffice-help-it libreoffice-help-nl
  libreoffice-help-pt libreoffice-help-gl
  # Catalan translation catalogues (LibreOffice UI); the hunspell-ca/aspell-ca word lists are
  # not needed: Catalan prose from the help pages suffices (docs/LANGUAGE-ID.md)
  libreoffice-l10n-ca
)

cd "$DATA_DIR/debs"
for p in "${PACKAGES[@]}"; do
  if ! ls "${p}"_*.deb >/dev/null 2>&1; then
    echo "fetch-sources: downloading $p" >&2
    apt-get download -q "$p" >&2
  fi
done

: > "$DATA_DIR/packages.tsv"
for p in "${PACKAGES[@]}"; do
  deb="$(ls "${p}"_*.deb | sort | tail -n 1)"
  version="$(dpkg-deb -f "$deb" Version)"
  sum="$(sha256sum "$deb" | cut -d' ' -f1)"
  printf '%s\t%s\t%s\n' "$p" "$version" "$sum" >> "$DATA_DIR/packages.tsv"
  if [ ! -e "$DATA_DIR/root/$p/.unpacked" ]; then
    rm -rf "$DATA_DIR/root/$p"
    mkdir -p "$DATA_DIR/root/$p"
    dpkg-deb -x "$deb" "$DATA_DIR/root/$p"
    touch "$DATA_DIR/root/$p/.unpacked"
  fi
done
echo "fetch-sources: ${#PACKAGES[@]} packages under $DATA_DIR/root (versions in packages.tsv)" >&2
