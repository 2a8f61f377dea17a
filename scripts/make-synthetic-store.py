#!/usr/bin/env python3
"""Write a synthetic mediaclimate store (the current schema, made by mediaclimate itself) for the index/milestones benchmark.

Usage: scripts/make-synthetic-store.py OUT.sqlite [--articles 1000000] [--seed 7]

Articles are spread uniformly over 2015-01-05 .. 2016-12-31 (two years, including ISO week
2015-W53) and 20 outlets in 5 countries/languages. About 30 % are migration-relevant. Threat and
humanity cue counts are Poisson draws whose means shift on 2015-09-02 (a planted level change in
threat_share and the balance at milestone M003), so `milestones` has something to find. Every
article gets a document row, a tag row (lexicon synthetic-frames@v1) and, when it mentions deaths,
one toll row; one article in 50 is put in a duplicate cluster with its predecessor.

The empty store comes from `mediaclimate store init` (scripts/synthetic_store.py), so its schema
is always the one of Sources/ClimateStore/StoreMigrations.swift.
"""
import argparse
import math
import os
import random
import sys
import time

import synthetic_store

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
    db, indexes = synthetic_store.create(args.out)
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
    synthetic_store.finish(db, indexes)
    print(f"wrote {args.articles} articles to {args.out} in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
