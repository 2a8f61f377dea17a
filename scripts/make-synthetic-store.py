#!/usr/bin/env python3
"""Write a synthetic mediaclimate store (schema: migrations v1-initial and v2-fetch-state) for the index/milestones benchmark.

Usage: scripts/make-synthetic-store.py OUT.sqlite [--articles 1000000] [--seed 7]

Articles are spread uniformly over 2015-01-05 .. 2016-12-31 (two years, including ISO week
2015-W53) and 20 outlets in 5 countries/languages. About 30 % are migration-relevant. Threat and
humanity cue counts are Poisson draws whose means shift on 2015-09-02 (a planted level change in
threat_share and the balance at milestone M003), so `milestones` has something to find. Every
article gets a document row, a tag row (lexicon synthetic-frames@v1) and, when it mentions deaths,
one toll row; one article in 50 is put in a duplicate cluster with its predecessor.

The schema below is the store's migration `v1-initial` (Sources/ClimateStore/StoreMigrations.swift);
the script records it in grdb_migrations so mediaclimate opens the file as a store.
"""
import argparse
import math
import os
import random
import sqlite3
import sys
import time

# Migration v2-fetch-state (Sources/ClimateStore/StoreMigrations.swift).
V2_SCHEMA = """
CREATE TABLE input_files (path TEXT PRIMARY KEY, state TEXT NOT NULL, run_id INTEGER NOT NULL);
CREATE TABLE fetch_state (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, status INTEGER, content_hash TEXT, checked DATETIME);
"""

SCHEMA = """
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
CREATE TABLE "runs" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "started" DATETIME NOT NULL, "finished" DATETIME, "command" TEXT NOT NULL, "config_hash" TEXT, "tool_version" TEXT NOT NULL, "inputs" TEXT NOT NULL, "counts" TEXT NOT NULL, "timings" TEXT NOT NULL, "status" TEXT NOT NULL);
CREATE TABLE "outlets" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "domain" TEXT, "country" TEXT, "language" TEXT);
CREATE TABLE "documents" ("id" TEXT PRIMARY KEY NOT NULL, "url" TEXT, "canonical_url" TEXT, "outlet_id" TEXT REFERENCES "outlets"("id"), "kind" TEXT NOT NULL, "source" TEXT NOT NULL, "content_hash" TEXT NOT NULL, "raw" BLOB NOT NULL, "raw_size" INTEGER NOT NULL, "encoding" TEXT, "fetched" DATETIME, "published" DATETIME, "published_source" TEXT, "language" TEXT, "title" TEXT, "first_run_id" INTEGER NOT NULL REFERENCES "runs"("id"));
CREATE TABLE "clusters" ("id" TEXT PRIMARY KEY NOT NULL, "representative_article_id" TEXT NOT NULL, "size" INTEGER NOT NULL);
CREATE TABLE "articles" ("id" TEXT PRIMARY KEY NOT NULL, "document_id" TEXT NOT NULL REFERENCES "documents"("id") ON DELETE CASCADE, "outlet_id" TEXT REFERENCES "outlets"("id"), "url" TEXT, "canonical_url" TEXT, "title" TEXT, "text" TEXT NOT NULL, "published" DATETIME, "published_source" TEXT, "language" TEXT, "authors" TEXT NOT NULL, "is_article" BOOLEAN NOT NULL, "method" TEXT NOT NULL, "token_count" INTEGER, "content_hash" TEXT NOT NULL, "minhash" BLOB, "cluster_id" TEXT, "first_run_id" INTEGER NOT NULL REFERENCES "runs"("id"));
CREATE TABLE "tags" ("article_id" TEXT NOT NULL REFERENCES "articles"("id") ON DELETE CASCADE, "lexicon" TEXT NOT NULL, "lexicon_version" INTEGER NOT NULL, "lexicon_hash" TEXT NOT NULL, "migration_relevant" BOOLEAN NOT NULL, "threat" BOOLEAN NOT NULL, "threat_quoted_only" BOOLEAN, "humanity" BOOLEAN NOT NULL, "dominant" TEXT NOT NULL, "testimony" BOOLEAN NOT NULL, "testimony_kind" TEXT, "deaths" BOOLEAN NOT NULL, "density_threat" DOUBLE NOT NULL, "density_humanity" DOUBLE NOT NULL, "tagged_at_run" INTEGER NOT NULL REFERENCES "runs"("id"), PRIMARY KEY ("article_id", "lexicon", "lexicon_version"));
CREATE TABLE "hits" ("article_id" TEXT NOT NULL, "lexicon" TEXT NOT NULL, "lexicon_version" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "category" TEXT NOT NULL, "entry" TEXT NOT NULL, "span_start" INTEGER NOT NULL, "span_end" INTEGER NOT NULL, "sentence" INTEGER, "negated" BOOLEAN NOT NULL, "in_quote" BOOLEAN NOT NULL, "context_held" BOOLEAN NOT NULL, PRIMARY KEY ("article_id", "lexicon", "lexicon_version", "seq"), FOREIGN KEY ("article_id", "lexicon", "lexicon_version") REFERENCES "tags"("article_id", "lexicon", "lexicon_version") ON DELETE CASCADE);
CREATE TABLE "tolls" ("article_id" TEXT NOT NULL, "lexicon" TEXT NOT NULL, "lexicon_version" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "value" INTEGER NOT NULL, "hedge" TEXT NOT NULL, "scope" TEXT NOT NULL, "span_start" INTEGER NOT NULL, "span_end" INTEGER NOT NULL, "evidence_start" INTEGER NOT NULL, "evidence_end" INTEGER NOT NULL, PRIMARY KEY ("article_id", "lexicon", "lexicon_version", "seq"), FOREIGN KEY ("article_id", "lexicon", "lexicon_version") REFERENCES "tags"("article_id", "lexicon", "lexicon_version") ON DELETE CASCADE);
CREATE TABLE "testimonies" ("article_id" TEXT NOT NULL, "lexicon" TEXT NOT NULL, "lexicon_version" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "kind" TEXT NOT NULL, "quoted" BOOLEAN NOT NULL, "span_start" INTEGER NOT NULL, "span_end" INTEGER NOT NULL, "speaker_start" INTEGER, "speaker_end" INTEGER, PRIMARY KEY ("article_id", "lexicon", "lexicon_version", "seq"), FOREIGN KEY ("article_id", "lexicon", "lexicon_version") REFERENCES "tags"("article_id", "lexicon", "lexicon_version") ON DELETE CASCADE);
CREATE TABLE "rejects" ("input" TEXT NOT NULL, "stage" TEXT NOT NULL, "reason" TEXT NOT NULL, "fix" TEXT NOT NULL, "first_run_id" INTEGER NOT NULL REFERENCES "runs"("id"), "last_run_id" INTEGER NOT NULL REFERENCES "runs"("id"), PRIMARY KEY ("input", "stage"));
"""

INDEXES = """
CREATE INDEX "documents_on_canonical_url" ON "documents"("canonical_url");
CREATE INDEX "documents_on_outlet_id" ON "documents"("outlet_id");
CREATE INDEX "documents_on_content_hash" ON "documents"("content_hash");
CREATE INDEX "articles_on_document_id" ON "articles"("document_id");
CREATE INDEX "articles_on_canonical_url" ON "articles"("canonical_url");
CREATE INDEX "articles_on_published" ON "articles"("published");
CREATE INDEX "articles_on_content_hash" ON "articles"("content_hash");
CREATE INDEX "articles_on_cluster_id" ON "articles"("cluster_id");
CREATE INDEX "articles_outlet_published" ON "articles"("outlet_id", "published");
CREATE INDEX "articles_language_published" ON "articles"("language", "published");
CREATE INDEX "tags_lexicon" ON "tags"("lexicon", "lexicon_version", "migration_relevant");
CREATE INDEX "hits_category" ON "hits"("lexicon", "lexicon_version", "category");
CREATE INDEX "rejects_on_last_run_id" ON "rejects"("last_run_id");
"""

COUNTRIES = [("IT", "it"), ("NL", "nl"), ("ES", "es"), ("DE", "de"), ("GB", "en")]
START_DAY = 16440  # 2015-01-05 (Monday)
DAYS = 727  # through 2016-12-31
SHIFT_DAY = 16680  # 2015-09-02


def poisson(rng, mean):
    """Knuth's method (means here are small)."""
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def stamp(day, seconds):
    t = time.gmtime(day * 86400 + seconds)
    return time.strftime("%Y-%m-%d %H:%M:%S", t) + ".000"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"{args.out} exists; remove it or choose another path")
    rng = random.Random(args.seed)
    db = sqlite3.connect(args.out)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    db.execute("INSERT INTO grdb_migrations VALUES ('v1-initial')")
    db.execute("INSERT INTO grdb_migrations VALUES ('v2-fetch-state')")
    db.executescript(V2_SCHEMA)
    db.execute("INSERT INTO runs (id, started, finished, command, tool_version, inputs, counts, timings, status) "
               "VALUES (1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', 'synthetic', 'synthetic', '[]', '{}', '{}', 'finished')")
    outlets = [(f"outlet{i:02d}", f"Outlet {i:02d}", f"outlet{i:02d}.example", *COUNTRIES[i % 5]) for i in range(20)]
    db.executemany("INSERT INTO outlets VALUES (?, ?, ?, ?, ?)", outlets)
    started = time.time()
    batch_docs, batch_articles, batch_tags, batch_tolls, clusters = [], [], [], [], []
    previous = None

    def flush():
        db.executemany("INSERT INTO documents (id, outlet_id, kind, source, content_hash, raw, raw_size, published, language, first_run_id) "
                       "VALUES (?, ?, 'html-page', 'synthetic', ?, x'', 0, ?, ?, 1)", batch_docs)
        db.executemany("INSERT INTO articles (id, document_id, outlet_id, text, published, language, authors, is_article, method, "
                       "token_count, content_hash, cluster_id, first_run_id) VALUES (?, ?, ?, '', ?, ?, '[]', 1, 'synthetic', ?, ?, ?, 1)",
                       batch_articles)
        db.executemany("INSERT INTO tags VALUES (?, 'synthetic-frames', 1, 'synthetic-hash', ?, ?, NULL, ?, ?, ?, NULL, ?, ?, ?, 1)", batch_tags)
        db.executemany("INSERT INTO tolls VALUES (?, 'synthetic-frames', 1, 0, ?, 'exact', 'event', 0, 1, 0, 1)", batch_tolls)
        for batch in (batch_docs, batch_articles, batch_tags, batch_tolls):
            batch.clear()

    for n in range(args.articles):
        article_id = f"a{n:07d}"
        day = START_DAY + rng.randrange(DAYS)
        outlet = outlets[rng.randrange(20)]
        published = stamp(day, rng.randrange(86400))
        tokens = 200 + rng.randrange(800)
        migration = rng.random() < 0.3
        after = day >= SHIFT_DAY
        th = poisson(rng, 1.2 if after else 0.7) if migration else 0
        hh = poisson(rng, 1.4 if after else 0.6) if migration else 0
        testimony = migration and rng.random() < 0.1
        deaths = migration and rng.random() < (0.08 if after else 0.03)
        cluster = None
        if previous is not None and rng.random() < 0.02:
            cluster = previous
            clusters.append((previous, previous))
        dominant = "threat" if th > hh else "humanity" if hh > th else "neutral"
        batch_docs.append((article_id, outlet[0], article_id, published, outlet[4]))
        batch_articles.append((article_id, article_id, outlet[0], published, outlet[4], tokens, article_id, cluster))
        batch_tags.append((article_id, migration, th > 0, hh > 0, dominant, testimony, deaths,
                           th * 1000 / tokens, hh * 1000 / tokens))
        if deaths:
            batch_tolls.append((article_id, 1 + poisson(rng, 5)))
        previous = article_id
        if len(batch_articles) >= 50_000:
            flush()
            print(f"{n + 1} articles, {time.time() - started:.1f} s", file=sys.stderr)
    flush()
    representatives = sorted(set(c[0] for c in clusters))
    db.executemany("UPDATE articles SET cluster_id = ? WHERE id = ?", [(r, r) for r in representatives])
    db.executemany("INSERT INTO clusters VALUES (?, ?, 2)", [(r, r) for r in representatives])
    db.executescript(INDEXES)
    db.commit()
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    print(f"wrote {args.articles} articles to {args.out} in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
