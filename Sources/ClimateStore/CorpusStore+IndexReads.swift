import Foundation
import GRDB

/// Read APIs of `mediaclimate index` and `milestones`: the tag counts summed in SQL.
extension CorpusStore {
    /// A lexicon version present in the tags.
    public struct TaggedLexicon: Sendable, Hashable {
        public var name: String
        public var version: Int
        /// The hash of the lexicon files (of the first tag row of this version).
        public var hash: String
        /// Articles tagged with it.
        public var articles: Int
    }

    /// Which tagged articles to sum.
    public struct IndexQuery: Sendable, Hashable {
        public var lexicon: String
        public var lexiconVersion: Int
        /// Count a duplicate cluster once (only the article whose id is the cluster id).
        public var dedup = false
        /// First and last UTC publication day (`YYYY-MM-DD`, inclusive).
        public var from: String?
        public var to: String?
        /// Also split the migration articles by their (humanity, threat) cue counts (for the bootstrap).
        public var splitByHits = false

        public init(lexicon: String, lexiconVersion: Int, dedup: Bool = false, from: String? = nil, to: String? = nil, splitByHits: Bool = false) {
            self.lexicon = lexicon; self.lexiconVersion = lexiconVersion; self.dedup = dedup
            self.from = from; self.to = to; self.splitByHits = splitByHits
        }
    }

    /// Sums over the tagged articles of one UTC day, outlet, language and country (and, with
    /// `splitByHits`, migration flag and cue counts). Frame sums are over migration articles.
    public struct IndexSums: Sendable, Hashable {
        /// `YYYY-MM-DD`.
        public var day: String
        public var outlet: String
        public var language: String
        public var country: String
        /// With `splitByHits`: whether the group holds migration articles, and their cue counts.
        public var migrationGroup: Bool
        public var humanityHits: Int
        public var threatHits: Int
        /// Counts: all, migration, threat, humanity, testimony, deaths, tokens, T, H, tolls.
        public var values: [Int]
    }

    /// The lexicon versions in the tags, newest version first (then by name).
    public func taggedLexicons() throws(StoreError) -> [TaggedLexicon] {
        try read("list tagged lexicons") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT lexicon, lexicon_version, COUNT(*) FROM tags GROUP BY lexicon, lexicon_version
                ORDER BY lexicon_version DESC, lexicon
                """)
            return try rows.map { row in
                let name: String = row[0], version: Int = row[1]
                let hash = try String.fetchOne(db, sql: "SELECT lexicon_hash FROM tags WHERE lexicon = ? AND lexicon_version = ? LIMIT 1",
                                               arguments: [name, version]) ?? ""
                return TaggedLexicon(name: name, version: version, hash: hash, articles: row[2])
            }
        }
    }

    /// Tagged articles of the query's lexicon without a publication date (left out of the sums).
    public func undatedTaggedArticles(_ query: IndexQuery) throws(StoreError) -> Int {
        try read("count undated articles") { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM articles a WHERE a.published IS NULL AND EXISTS (
                  SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.lexicon = ? AND t.lexicon_version = ?)
                """, arguments: [query.lexicon, query.lexiconVersion]) ?? 0
        }
    }

    /// The sums of ``IndexSums``, computed in one SQL pass (GROUP BY day, outlet, language, country).
    ///
    /// Cue counts are recovered from the stored densities: `round(density · tokens / 1000)`
    /// (the tagger stores authorial cues per 1,000 tokens). Index pages (`is_article = 0`) and
    /// undated articles are left out; language is the article's, else the outlet's.
    public func indexSums(_ query: IndexQuery) throws(StoreError) -> [IndexSums] {
        var filters = ["t.lexicon = ?", "t.lexicon_version = ?", "a.published IS NOT NULL", "a.is_article = 1"]
        var arguments: [DatabaseValue] = [query.lexicon.databaseValue, query.lexiconVersion.databaseValue]
        if query.dedup { filters.append("(a.cluster_id IS NULL OR a.cluster_id = a.id)") }
        if let from = query.from { filters.append("a.published >= ?"); arguments.append(from.databaseValue) }
        if let to = query.to { filters.append("substr(a.published, 1, 10) <= ?"); arguments.append(to.databaseValue) }
        let split = query.splitByHits
        let sql = """
            WITH sel AS (
              SELECT substr(a.published, 1, 10) AS day, COALESCE(a.outlet_id, '') AS outlet,
                     COALESCE(a.language, o.language, '') AS language, COALESCE(o.country, '') AS country,
                     t.migration_relevant AS mig, t.threat AS thr, t.humanity AS hum, t.testimony AS tes, t.deaths AS dea,
                     COALESCE(a.token_count, 0) AS tok,
                     CAST(ROUND(t.density_threat * COALESCE(a.token_count, 0) / 1000.0) AS INTEGER) AS th,
                     CAST(ROUND(t.density_humanity * COALESCE(a.token_count, 0) / 1000.0) AS INTEGER) AS hh,
                     CASE WHEN t.migration_relevant THEN (SELECT COALESCE(SUM(tl.value), 0) FROM tolls tl
                       WHERE tl.article_id = a.id AND tl.lexicon = t.lexicon AND tl.lexicon_version = t.lexicon_version) ELSE 0 END AS tol
              FROM tags t JOIN articles a ON a.id = t.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
              WHERE \(filters.joined(separator: " AND "))
            )
            SELECT day, outlet, language, country,
                   \(split ? "mig, CASE WHEN mig THEN hh ELSE 0 END AS gh, CASE WHEN mig THEN th ELSE 0 END AS gt" : "0, 0, 0"),
                   COUNT(*), SUM(mig), SUM(mig * thr), SUM(mig * hum), SUM(mig * tes), SUM(mig * dea), SUM(mig * tok),
                   SUM(mig * th), SUM(mig * hh), SUM(tol)
            FROM sel GROUP BY day, outlet, language, country\(split ? ", mig, gh, gt" : "")
            """
        let bound = StatementArguments(arguments.map { $0 as (any DatabaseValueConvertible)? })
        return try read("sum index counts") { db in
            var result: [IndexSums] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: bound)
            while let row = try cursor.next() {
                result.append(IndexSums(
                    day: row[0], outlet: row[1], language: row[2], country: row[3], migrationGroup: (row[4] as Int) != 0,
                    humanityHits: row[5], threatHits: row[6], values: (7..<17).map { row[$0] as Int? ?? 0 }))
            }
            return result
        }
    }
}
