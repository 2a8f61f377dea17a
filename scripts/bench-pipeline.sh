#!/usr/bin/env bash
# Benchmark of `mediaclimate run`: throughput, idempotence and --jobs determinism.
#
# Usage: scripts/bench-pipeline.sh BIN [PAGES]
# Replicates the 90 DEV extraction pages (../shared/data/extraction, or $MEDIACLIMATE_SHARED) to
# PAGES (default 10,000) gzipped pages with distinct URLs (the page's own URL, canonical link and
# og:url rewritten to `<url>?copy=N`), then: a first run (--jobs 2, peak RSS from /usr/bin/time),
# a second run over the same inputs (must add no rows, < 5 % of the first run's time), and a
# --jobs 1 run on one core (`taskset -c 0` when available) on a fresh store whose content digest
# must equal the --jobs 2 store's.
set -eu
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
PAGES=${2:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${MEDIACLIMATE_SHARED:-$ROOT/../shared}
DEV="$SHARED/data/extraction"
[ -d "$DEV/html" ] || { echo "SKIPPED: $DEV absent"; exit 0; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mc-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 - "$DEV" "$WORK/pages" "$PAGES" <<'PY'
import gzip, json, os, sys
dev, out, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
truth = json.load(open(os.path.join(dev, "ground-truth.json")))
pages = []
for name in sorted(truth):
    with gzip.open(os.path.join(dev, "html", name + ".html.gz"), "rb") as f:
        pages.append((f.read(), truth[name]["url"]))
for n in range(total):
    html, url = pages[n % len(pages)]
    copy = f"{url}{'&' if '?' in url else '?'}copy={n}"
    body = html.replace(url.encode(), copy.encode())
    if copy.encode() not in body:  # no canonical link: give the copy one
        body = body.replace(b"<head>", b'<head><link rel="canonical" href="' + copy.encode() + b'">', 1)
    folder = os.path.join(out, f"{n // 1000:02d}")
    os.makedirs(folder, exist_ok=True)
    with gzip.open(os.path.join(folder, f"page-{n:05d}.html.gz"), "wb", compresslevel=1) as f:
        f.write(body)
PY

cd "$WORK"
for name in two one; do
  printf 'version: 1\nstore: %s.sqlite\ninputs:\n  pages: [pages/]\nlexicon_root: %s/lexicons\n' "$name" "$ROOT" > "$name.yml"
done
seconds() { local s; s=$(date +%s.%N); "$@" 2>>bench.log; echo "$(date +%s.%N) - $s" | bc; }
ONE_CORE=""; command -v taskset >/dev/null && ONE_CORE="taskset -c 0"
TIME=""; [ -x /usr/bin/time ] && TIME="/usr/bin/time -f peak_rss_kb=%M"
first=$(seconds $TIME "$BIN" run --config two.yml --jobs 2)
rows1=$(sqlite3 two.sqlite "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM tags), (SELECT COUNT(*) FROM hits)")
second=$(seconds "$BIN" run --config two.yml --jobs 2)
rows2=$(sqlite3 two.sqlite "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM tags), (SELECT COUNT(*) FROM hits)")
one=$(seconds $ONE_CORE "$BIN" run --config one.yml --jobs 1)
digest() { sqlite3 "$1" "SELECT id, content_hash, canonical_url, cluster_id, token_count FROM articles ORDER BY id; SELECT * FROM hits ORDER BY 1,2,3,4; SELECT article_id, lexicon_hash, threat, humanity, dominant, density_threat FROM tags ORDER BY 1; SELECT * FROM clusters ORDER BY 1; SELECT input, stage, reason FROM rejects ORDER BY 1, 2" | sha1sum | cut -c1-16; }
echo "bench-pipeline: $PAGES pages; first run (--jobs 2) ${first}s = $(echo "scale=0; $PAGES / $first" | bc) pages/s; rows documents|articles|tags|hits $rows1"
echo "bench-pipeline: second run ${second}s = $(echo "scale=2; 100 * $second / $first" | bc) % of the first; rows $rows2 ($([ "$rows1" = "$rows2" ] && echo unchanged || echo CHANGED))"
grep "^time:\|^peak_rss_kb" bench.log | sed "s/^/bench-pipeline: /"
echo "bench-pipeline: --jobs 1 run${ONE_CORE:+ on one core ($ONE_CORE)} ${one}s = $(echo "scale=0; $PAGES / $one" | bc) pages/s; digests jobs2 $(digest two.sqlite) jobs1 $(digest one.sqlite)"
