#!/usr/bin/env python3
"""Build a synthetic corpus store (docs/STORE.md schema: migrations v1-initial and v2-fetch-state) for report demos and benchmarks.

Usage: scripts/make-report-store.py OUT.sqlite [--articles N] [--weeks W] [--end YYYY-MM-DD] [--seed S]

Deterministic for a given seed. Outlets in 5 languages, weekly volume swings, a threat-share shift
two thirds of the way through, tolls, testimonies, near-duplicate clusters and a few rejects.
The text of each article is short (about 400 bytes): the report never reads article text except
for the few evidence passages, so this keeps the file small without changing the query plan.
"""
import argparse, datetime, os, random, sqlite3, sys

SCHEMA = """
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('v1-initial');
INSERT INTO grdb_migrations VALUES ('v2-fetch-state');
CREATE TABLE input_files (path TEXT PRIMARY KEY, state TEXT NOT NULL, run_id INTEGER NOT NULL);
CREATE TABLE fetch_state (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, status INTEGER, content_hash TEXT, checked DATETIME);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started DATETIME NOT NULL, finished DATETIME, command TEXT NOT NULL,
  config_hash TEXT, tool_version TEXT NOT NULL, inputs TEXT NOT NULL, counts TEXT NOT NULL, timings TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE outlets (id TEXT PRIMARY KEY, name TEXT NOT NULL, domain TEXT, country TEXT, language TEXT);
CREATE TABLE documents (id TEXT PRIMARY KEY, url TEXT, canonical_url TEXT, outlet_id TEXT REFERENCES outlets(id), kind TEXT NOT NULL,
  source TEXT NOT NULL, content_hash TEXT NOT NULL, raw BLOB NOT NULL, raw_size INTEGER NOT NULL, encoding TEXT, fetched DATETIME,
  published DATETIME, published_source TEXT, language TEXT, title TEXT, first_run_id INTEGER NOT NULL REFERENCES runs(id));
CREATE INDEX documents_on_canonical_url ON documents(canonical_url);
CREATE INDEX documents_on_outlet_id ON documents(outlet_id);
CREATE INDEX documents_on_content_hash ON documents(content_hash);
CREATE TABLE clusters (id TEXT PRIMARY KEY, representative_article_id TEXT NOT NULL, size INTEGER NOT NULL);
CREATE TABLE articles (id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  outlet_id TEXT REFERENCES outlets(id), url TEXT, canonical_url TEXT, title TEXT, text TEXT NOT NULL, published DATETIME,
  published_source TEXT, language TEXT, authors TEXT NOT NULL, is_article BOOLEAN NOT NULL, method TEXT NOT NULL,
  token_count INTEGER, content_hash TEXT NOT NULL, minhash BLOB, cluster_id TEXT, first_run_id INTEGER NOT NULL REFERENCES runs(id));
CREATE INDEX articles_on_document_id ON articles(document_id);
CREATE INDEX articles_on_canonical_url ON articles(canonical_url);
CREATE INDEX articles_on_published ON articles(published);
CREATE INDEX articles_on_content_hash ON articles(content_hash);
CREATE INDEX articles_on_cluster_id ON articles(cluster_id);
CREATE INDEX articles_outlet_published ON articles(outlet_id, published);
CREATE INDEX articles_language_published ON articles(language, published);
CREATE TABLE tags (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, lexicon TEXT NOT NULL,
  lexicon_version INTEGER NOT NULL, lexicon_hash TEXT NOT NULL, migration_relevant BOOLEAN NOT NULL, threat BOOLEAN NOT NULL,
  threat_quoted_only BOOLEAN, humanity BOOLEAN NOT NULL, dominant TEXT NOT NULL, testimony BOOLEAN NOT NULL, testimony_kind TEXT,
  deaths BOOLEAN NOT NULL, density_threat DOUBLE NOT NULL, density_humanity DOUBLE NOT NULL,
  tagged_at_run INTEGER NOT NULL REFERENCES runs(id), PRIMARY KEY (article_id, lexicon, lexicon_version));
CREATE INDEX tags_lexicon ON tags(lexicon, lexicon_version, migration_relevant);
CREATE TABLE hits (article_id TEXT NOT NULL, lexicon TEXT NOT NULL, lexicon_version INTEGER NOT NULL, seq INTEGER NOT NULL,
  category TEXT NOT NULL, entry TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence INTEGER,
  negated BOOLEAN NOT NULL, in_quote BOOLEAN NOT NULL, context_held BOOLEAN NOT NULL,
  PRIMARY KEY (article_id, lexicon, lexicon_version, seq),
  FOREIGN KEY (article_id, lexicon, lexicon_version) REFERENCES tags(article_id, lexicon, lexicon_version) ON DELETE CASCADE);
CREATE INDEX hits_category ON hits(lexicon, lexicon_version, category);
CREATE TABLE tolls (article_id TEXT NOT NULL, lexicon TEXT NOT NULL, lexicon_version INTEGER NOT NULL, seq INTEGER NOT NULL,
  value INTEGER NOT NULL, hedge TEXT NOT NULL, scope TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, PRIMARY KEY (article_id, lexicon, lexicon_version, seq),
  FOREIGN KEY (article_id, lexicon, lexicon_version) REFERENCES tags(article_id, lexicon, lexicon_version) ON DELETE CASCADE);
CREATE TABLE testimonies (article_id TEXT NOT NULL, lexicon TEXT NOT NULL, lexicon_version INTEGER NOT NULL, seq INTEGER NOT NULL,
  kind TEXT NOT NULL, quoted BOOLEAN NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, speaker_start INTEGER,
  speaker_end INTEGER, PRIMARY KEY (article_id, lexicon, lexicon_version, seq),
  FOREIGN KEY (article_id, lexicon, lexicon_version) REFERENCES tags(article_id, lexicon, lexicon_version) ON DELETE CASCADE);
CREATE TABLE rejects (input TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL, fix TEXT NOT NULL,
  first_run_id INTEGER NOT NULL REFERENCES runs(id), last_run_id INTEGER NOT NULL REFERENCES runs(id), PRIMARY KEY (input, stage));
CREATE INDEX rejects_on_last_run_id ON rejects(last_run_id);
"""

OUTLETS = [  # id, name, domain, country, language, weight
    ("lastampa", "La Stampa", "lastampa.example", "IT", "it", 1.4), ("avvenire", "Avvenire", "avvenire.example", "IT", "it", 0.9),
    ("guardian", "The Guardian", "guardian.example", "GB", "en", 1.6), ("dailymail", "Daily Mail", "dailymail.example", "GB", "en", 1.8),
    ("irishtimes", "The Irish Times", "irishtimes.example", "IE", "en", 0.7), ("volkskrant", "de Volkskrant", "volkskrant.example", "NL", "nl", 1.0),
    ("telegraaf", "De Telegraaf", "telegraaf.example", "NL", "nl", 1.2), ("elpais", "El País", "elpais.example", "ES", "es", 1.3),
    ("vanguardia", "La Vanguardia", "lavanguardia.example", "ES", "ca", 0.8), ("faz", "FAZ", "faz.example", "DE", "de", 1.1),
]
TEXT = ("Officials warned of an {t} at the border as boats arrived. Volunteers {h} the families at the port. "
        "\"We fled the war and lost everything,\" said {s}, a mother of two. At least {n} people died when the boat capsized. "
        "The ministry said the reception centres were full and asked the regions for help with housing and schooling.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--weeks", type=int, default=104)
    ap.add_argument("--end", default="2024-05-19")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    if os.path.exists(a.out):
        os.remove(a.out)
    rng = random.Random(a.seed)
    db = sqlite3.connect(a.out)
    db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;" + SCHEMA)
    end = datetime.date.fromisoformat(a.end)
    start = end - datetime.timedelta(days=7 * a.weeks - 1)
    db.execute("INSERT INTO runs VALUES (1, ?, ?, 'run', NULL, '0.1.0', '[]', '{}', '{}', 'succeeded')",
               (f"{start} 06:00:00.000", f"{start} 06:30:00.000"))
    db.execute("INSERT INTO runs VALUES (2, ?, ?, 'run', NULL, '0.1.0', '[]', '{}', '{}', 'succeeded')",
               (f"{end - datetime.timedelta(days=3)} 06:00:00.000", f"{end - datetime.timedelta(days=3)} 06:30:00.000"))
    db.executemany("INSERT INTO outlets VALUES (?,?,?,?,?)", [o[:5] for o in OUTLETS])
    for i in range(12):
        db.execute("INSERT INTO rejects VALUES (?,?,?,?,?,?)", (f"feeds/feed{i}.xml#entry={i}", "extract" if i % 3 else "ingest",
                   "no body text", "check the page", 1, 2 if i < 5 else 1))
    total_weight = sum(o[5] for o in OUTLETS)
    per_week = a.articles / a.weeks
    shift = int(a.weeks * 2 / 3)
    docs, arts, tags, hits, tolls, tests, clusters = [], [], [], [], [], [], []
    n = 0

    def flush():
        db.executemany("INSERT INTO documents (id,url,canonical_url,outlet_id,kind,source,content_hash,raw,raw_size,published,language,title,first_run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)", docs)
        db.executemany("INSERT INTO articles (id,document_id,outlet_id,url,canonical_url,title,text,published,published_source,language,authors,is_article,method,token_count,content_hash,cluster_id,first_run_id) VALUES (?,?,?,?,?,?,?,?,'meta',?,'[]',1,'article-tag',?,?,?,1)", arts)
        db.executemany("INSERT INTO tags VALUES (?,'migration-frames',3,'5f0c1e9a7b2d4c68',?,?,?,?,?,?,?,?,?,?,1)", tags)
        db.executemany("INSERT INTO hits VALUES (?,'migration-frames',3,?,?,?,?,?,0,?,0,1)", hits)
        db.executemany("INSERT INTO tolls VALUES (?,'migration-frames',3,0,?,'lower_bound','event',?,?,?,?)", tolls)
        db.executemany("INSERT INTO testimonies VALUES (?,'migration-frames',3,0,'direct',1,?,?,?,?)", tests)
        db.executemany("INSERT INTO clusters VALUES (?,?,?)", clusters)
        for rows in (docs, arts, tags, hits, tolls, tests, clusters):
            rows.clear()

    threat_words = ["invasion", "flood", "illegal crossing", "crisis"]
    human_words = ["welcomed", "sheltered", "rescued", "hosted"]
    speakers = ["Amal", "Yusuf", "Mariam", "Samir"]
    for w in range(a.weeks):
        monday = start + datetime.timedelta(days=7 * w)
        swing = 1 + 0.35 * ((w * 37) % 11 - 5) / 5  # volume swings
        base_threat = 0.28 if w < shift else 0.42
        for oi, (oid, name, domain, country, lang, weight) in enumerate(OUTLETS):
            count = int(per_week * weight / total_weight * swing + rng.random())
            if oid == "irishtimes" and w == a.weeks - 1:
                count //= 4  # an ingestion gap in the report week
            for j in range(count):
                n += 1
                aid = f"{n:016x}"
                day = monday + datetime.timedelta(days=rng.randrange(7))
                published = f"{day} {rng.randrange(24):02d}:{rng.randrange(60):02d}:00.000"
                migration = rng.random() < 0.35
                threat = migration and rng.random() < base_threat + (0.15 if oid in ("dailymail", "telegraaf") else 0)
                humanity = migration and rng.random() < 0.45 - (0.1 if oid == "dailymail" else 0)
                testimony = migration and rng.random() < 0.06
                deaths = migration and rng.random() < 0.05
                tw, hw, sp = rng.choice(threat_words), rng.choice(human_words), rng.choice(speakers)
                toll = rng.choice([3, 12, 27, 41, 58, 94, 600])
                text = TEXT.format(t=tw, h=hw, s=sp, n=toll)
                tokens = 380 + rng.randrange(900)
                th = (1 + rng.randrange(4)) if threat else 0
                hh = (1 + rng.randrange(4)) if humanity else 0
                url = f"https://{domain}/{day.year}/{aid}"
                cluster = None
                if migration and rng.random() < 0.03:
                    cluster = f"c{aid}"
                    clusters.append((cluster, f"{n - 1:016x}" if j > 0 else aid, 2))
                docs.append((aid, url, url, oid, "feed_entry", f"feeds/{oid}.xml", aid, b"\x00", 1, published, lang, f"Story {n}"))
                arts.append((aid, aid, oid, url, url, f"Migration story {n}" if migration else f"Story {n}", text, published, lang,
                             tokens, aid, cluster))
                dominant = "mixed" if threat and humanity else "threat" if threat else "humanity" if humanity else "neutral"
                tags.append((aid, migration, threat, (False if threat else None), humanity, dominant, testimony,
                             "direct" if testimony else None, deaths, 1000 * th / tokens, 1000 * hh / tokens))
                seq = 0
                if threat:
                    s = text.index(tw)
                    for _ in range(th):
                        hits.append((aid, seq, "threat.invasion", tw, s, s + len(tw.encode()), 0)); seq += 1
                if humanity:
                    s = len(text[:text.index(hw)].encode())
                    for _ in range(hh):
                        hits.append((aid, seq, "humanity.solidarity", hw, s, s + len(hw.encode()), 0)); seq += 1
                if deaths:
                    s = len(text[:text.index("At least")].encode()); e = s + len(f"At least {toll}".encode())
                    tolls.append((aid, toll, s, e, s, s + len(f"At least {toll} people died when the boat capsized.".encode())))
                if testimony:
                    s = len(text[:text.index('"We fled')].encode()); e = len(text[:text.index(sp) + len(sp)].encode())
                    ss = len(text[:text.index(sp)].encode())
                    tests.append((aid, s, e, ss, ss + len(sp.encode())))
                if len(arts) >= 20000:
                    flush()
    flush()
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"{a.out}: {n} articles over {a.weeks} weeks ending {end}", file=sys.stderr)


if __name__ == "__main__":
    main()
