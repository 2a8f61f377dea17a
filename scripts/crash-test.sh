#!/usr/bin/env bash
# Crash-safety test of `mediaclimate run` (the lead calls it from .ci/run).
#
# Usage: scripts/crash-test.sh BIN [KILLS]
#   BIN    the mediaclimate binary (a release build is fastest)
#   KILLS  number of SIGKILLs (default 20)
#
# Builds a corpus of >= 2,000 documents (the demo corpus's pages and feeds once, plus its JSONL
# dump replicated with distinct URLs and split over several files), makes a clean store, then for
# each of KILLS trials: starts `run` on a fresh store, kills it with SIGKILL at a random moment
# of a clean run's duration, re-runs to completion and compares the store with the clean one:
# same documents, article ids, tag rows, hits, tolls, testimonies, rejects and clusters (run
# bookkeeping columns aside), and no duplicates. Closing line: `crash-test: N passed, N failed`.
set -u
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
KILLS=${2:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mc-crash.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/corpus/dumps"
cp -R "$ROOT/corpora/demo/pages" "$ROOT/corpora/demo/feeds" "$WORK/corpus/"
for copy in 1 2 3 4 5; do
  sed -E "s#(\"url\": *\"[^\"]*)\"#\\1-copy$copy\"#" "$ROOT/corpora/demo/dumps/rheinische-rundschau.jsonl" \
    | split -l 80 - "$WORK/corpus/dumps/copy$copy-"
  for part in "$WORK/corpus/dumps/copy$copy-"*; do mv "$part" "$part.jsonl"; done
done

config() {  # config FILE STORE
  cat > "$1" <<YML
version: 1
store: $2
inputs:
  pages: [corpus/pages/]
  feeds: [corpus/feeds/]
  dumps: [corpus/dumps/]
lexicons: [migration-frames@v1]
lexicon_root: $ROOT/lexicons
outlets:
  - {id: rheinische-rundschau, name: Rheinische Rundschau, domain: rheinische-rundschau.example, country: DE, language: de}
YML
}

# Everything but run bookkeeping (first/last run ids, tagged_at_run, fetched), in key order.
snapshot() {
  sqlite3 "$1" <<'SQL'
SELECT 'dup-documents', COUNT(*) - COUNT(DISTINCT id) FROM documents;
SELECT 'dup-articles', COUNT(*) - COUNT(DISTINCT id) FROM articles;
SELECT 'unclustered', COUNT(*) FROM articles WHERE cluster_id IS NULL;
SELECT id, url, canonical_url, outlet_id, kind, source, content_hash, raw_size, published, language, title FROM documents ORDER BY id;
SELECT id, document_id, outlet_id, canonical_url, content_hash, hex(minhash), cluster_id, language, token_count, published, method FROM articles ORDER BY id;
SELECT article_id, lexicon, lexicon_version, lexicon_hash, migration_relevant, threat, humanity, dominant, testimony, deaths, density_threat, density_humanity FROM tags ORDER BY 1, 2, 3;
SELECT * FROM hits ORDER BY article_id, lexicon, lexicon_version, seq;
SELECT * FROM tolls ORDER BY article_id, lexicon, lexicon_version, seq;
SELECT * FROM testimonies ORDER BY article_id, lexicon, lexicon_version, seq;
SELECT input, stage, reason FROM rejects ORDER BY input, stage;
SELECT * FROM clusters ORDER BY id;
SELECT * FROM outlets ORDER BY id;
SQL
}

cd "$WORK"
config clean.yml clean.sqlite
start=$(date +%s.%N)
"$BIN" run --config clean.yml --jobs 2 2>clean.log || { echo "crash-test: clean run failed"; tail -5 clean.log; echo "crash-test: 0 passed, $KILLS failed"; exit 1; }
duration=$(echo "$(date +%s.%N) - $start" | bc)
snapshot clean.sqlite > clean.snapshot
documents=$(sqlite3 clean.sqlite "SELECT COUNT(*) FROM documents")
articles=$(sqlite3 clean.sqlite "SELECT COUNT(*) FROM articles")
echo "crash-test: clean run: $documents documents, $articles articles in ${duration}s"

passed=0; failed=0
for trial in $(seq 1 "$KILLS"); do
  rm -f trial.sqlite trial.sqlite-wal trial.sqlite-shm
  config trial.yml trial.sqlite
  # a random moment within the clean run's duration (5 %..95 %)
  percent=$((5 + RANDOM % 91))
  delay=$(echo "scale=3; $duration * $percent / 100" | bc)
  "$BIN" run --config trial.yml --jobs 2 2>/dev/null &
  pid=$!
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  wait "$pid" 2>/dev/null
  stored=$(sqlite3 trial.sqlite "SELECT COUNT(*) FROM documents" 2>/dev/null || echo 0)
  if ! "$BIN" run --config trial.yml --jobs 2 2>trial.log; then
    echo "crash-test: trial $trial (kill at ${delay}s, $stored documents stored): re-run failed"; tail -3 trial.log
    failed=$((failed + 1)); continue
  fi
  if snapshot trial.sqlite | cmp -s - clean.snapshot; then
    passed=$((passed + 1))
    echo "crash-test: trial $trial: killed at ${delay}s with $stored documents stored; re-run equals the clean store"
  else
    failed=$((failed + 1))
    echo "crash-test: trial $trial: killed at ${delay}s with $stored documents stored; re-run DIFFERS from the clean store"
    snapshot trial.sqlite | diff - clean.snapshot | head -5
  fi
done
echo "crash-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
