import ClimateStore
import Foundation
import GRDB

/// One article to put in a test store, with the tag fields the index reads.
struct FixtureArticle {
    var id: String
    var outlet: String
    /// `YYYY-MM-DD HH:MM:SS` (UTC).
    var published: String?
    var migration = true
    var threatHits = 0
    var humanityHits = 0
    var tokens = 1000
    var testimony = false
    var tolls: [Int] = []
    var cluster: String?
    /// The codebook labels default to "has cues".
    var threat: Bool?
    var humanity: Bool?
}

/// Fills an in-memory store with outlets, articles and tags through SQL (the real schema).
enum IndexStoreFixture {
    static let outlets = [("outA", "IT", "it"), ("outB", "NL", "nl")]

    static func store(_ articles: [FixtureArticle], lexicon: String = "frames", version: Int = 1) throws -> CorpusStore {
        let store = try CorpusStore.inMemory()
        try fill(store, articles, lexicon: lexicon, version: version, withOutlets: true)
        return store
    }

    static func fill(_ store: CorpusStore, _ articles: [FixtureArticle], lexicon: String, version: Int, withOutlets: Bool) throws {
        try store.write { db in
            if withOutlets {
                try db.execute(sql: """
                    INSERT INTO runs (id, started, command, tool_version, inputs, counts, timings, status)
                    VALUES (1, '2026-01-01 00:00:00.000', 'test', 'test', '[]', '{}', '{}', 'finished')
                    """)
                for (id, country, language) in outlets {
                    try db.execute(sql: "INSERT INTO outlets (id, name, country, language) VALUES (?, ?, ?, ?)",
                                   arguments: [id, id, country, language])
                }
            }
            for a in articles {
                let published = a.published.map { $0 + ".000" }
                if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE id = ?", arguments: [a.id]) == 0 {
                    try db.execute(sql: """
                        INSERT INTO documents (id, outlet_id, kind, source, content_hash, raw, raw_size, published, first_run_id)
                        VALUES (?, ?, 'html-page', 'test', ?, x'', 0, ?, 1)
                        """, arguments: [a.id, a.outlet, a.id, published])
                    try db.execute(sql: """
                        INSERT INTO articles (id, document_id, outlet_id, text, published, authors, is_article, method, token_count,
                                              content_hash, cluster_id, first_run_id)
                        VALUES (?, ?, ?, '', ?, '[]', 1, 'test', ?, ?, ?, 1)
                        """, arguments: [a.id, a.id, a.outlet, published, a.tokens, a.id, a.cluster])
                }
                let threat = a.threat ?? (a.threatHits > 0), humanity = a.humanity ?? (a.humanityHits > 0)
                try db.execute(sql: """
                    INSERT INTO tags (article_id, lexicon, lexicon_version, lexicon_hash, migration_relevant, threat, humanity, dominant,
                                      testimony, deaths, density_threat, density_humanity, tagged_at_run)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'neutral', ?, ?, ?, ?, 1)
                    """, arguments: [a.id, lexicon, version, "hash-\(lexicon)-\(version)", a.migration, threat, humanity, a.testimony,
                                     !a.tolls.isEmpty, Double(a.threatHits) * 1000 / Double(a.tokens),
                                     Double(a.humanityHits) * 1000 / Double(a.tokens)])
                for (seq, value) in a.tolls.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO tolls VALUES (?, ?, ?, ?, ?, 'exact', 'event', 0, 1, 0, 1)
                        """, arguments: [a.id, lexicon, version, seq, value])
                }
            }
        }
    }

    /// The hand-computed example of docs/CODEBOOK.md ("index"): ISO weeks across two year ends.
    static let example: [FixtureArticle] = [
        FixtureArticle(id: "a1", outlet: "outA", published: "2015-12-28 10:00:00", threatHits: 2, tokens: 500, tolls: [12, 3], cluster: "a1"),
        FixtureArticle(id: "a2", outlet: "outA", published: "2016-01-03 23:59:59", humanityHits: 1, tokens: 250, testimony: true),
        FixtureArticle(id: "a3", outlet: "outA", published: "2015-12-30 08:00:00", migration: false),
        FixtureArticle(id: "b1", outlet: "outB", published: "2015-12-29 12:00:00", threatHits: 1, humanityHits: 1, tokens: 1000),
        FixtureArticle(id: "b2", outlet: "outB", published: "2015-12-31 12:00:00", migration: false),
        FixtureArticle(id: "a4", outlet: "outA", published: "2016-01-04 00:00:00", tokens: 100),
        FixtureArticle(id: "b3", outlet: "outB", published: "2021-01-01 09:00:00", humanityHits: 3, tokens: 300),
        FixtureArticle(id: "c1", outlet: "outB", published: "2015-12-29 13:00:00", threatHits: 1, tokens: 400, cluster: "a1"),
        FixtureArticle(id: "u1", outlet: "outA", published: nil, threatHits: 1),
    ]
}
