#!/usr/bin/env python3
"""Build a synthetic corpus store (the current docs/STORE.md schema, made by `mediaclimate store init`) for report demos and benchmarks.

Usage: scripts/make-report-store.py OUT.sqlite [--articles N] [--weeks W] [--end YYYY-MM-DD] [--seed S]

Deterministic for a given seed. Outlets in 5 languages, weekly volume swings, a threat-share shift
two thirds of the way through, tolls, testimonies, near-duplicate clusters and a few rejects.
The text of each article is short (about 400 bytes): the report never reads article text except
for the few evidence passages, so this keeps the file small without changing the query plan.
"""
import argparse, datetime, random, sys

import synthetic_store

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
    rng = random.Random(a.seed)
    db, indexes = synthetic_store.create(a.out)
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
    synthetic_store.finish(db, indexes)
    print(f"{a.out}: {n} articles over {a.weeks} weeks ending {end}", file=sys.stderr)


if __name__ == "__main__":
    main()
