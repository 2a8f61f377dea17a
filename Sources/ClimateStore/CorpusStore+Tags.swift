import GRDB

/// Tag sets: the labels, hits, tolls and testimonies of one article under one lexicon version.
extension CorpusStore {
    /// One article's framing output under one lexicon version.
    ///
    /// Every child row must carry the same article id, lexicon and version as ``tag``.
    public struct TagSet: Sendable, Hashable {
        public var tag: TagRecord
        public var hits: [HitRecord]
        public var tolls: [TollRecord]
        public var testimonies: [TestimonyRecord]

        public init(tag: TagRecord, hits: [HitRecord] = [], tolls: [TollRecord] = [], testimonies: [TestimonyRecord] = []) {
            self.tag = tag
            self.hits = hits
            self.tolls = tolls
            self.testimonies = testimonies
        }
    }

    /// Replaces the rows of `set`'s article for `set`'s lexicon *version* only.
    ///
    /// Rows of other lexicons and other versions of the same lexicon are kept. When the stored
    /// rows are identical (apart from `taggedAtRun`), nothing is written and the stored run is kept.
    @discardableResult
    public func insertTags(_ set: TagSet) throws(StoreError) -> UpsertOutcome {
        try write("tag \(set.tag.articleID)") { db in try Self.replace(set, in: db) }
    }

    /// The tag sets stored for an article (all lexicons and versions, oldest version first).
    public func tagSets(articleID: String) throws(StoreError) -> [TagSet] {
        try read("read tags of \(articleID)") { db in
            let tags = try TagRecord
                .filter(Column("article_id") == articleID)
                .order(Column("lexicon"), Column("lexicon_version"))
                .fetchAll(db)
            return try tags.map { try Self.fetchSet(for: $0, in: db) }
        }
    }

    /// The lexicon hash stored for an article's tags under one lexicon version, if tagged (the
    /// incremental runner's skip test: same hash, same labels).
    public func taggedLexiconHash(articleID: String, lexicon: String, version: Int) throws(StoreError) -> String? {
        try read("read tag hash of \(articleID)") { db in
            try String.fetchOne(
                db, sql: "SELECT lexicon_hash FROM tags WHERE article_id = ? AND lexicon = ? AND lexicon_version = ?",
                arguments: [articleID, lexicon, version])
        }
    }

    static func replace(_ set: TagSet, in db: Database) throws -> UpsertOutcome {
        let tag = set.tag
        let lookup = try db.cachedStatement(sql: "SELECT * FROM tags WHERE article_id = ? AND lexicon = ? AND lexicon_version = ?")
        var outcome = UpsertOutcome.inserted
        if let existing = try TagRecord.fetchOne(lookup, arguments: [tag.articleID, tag.lexicon, tag.lexiconVersion]) {
            var comparable = set
            comparable.tag.taggedAtRun = existing.taggedAtRun
            if try fetchSet(for: existing, in: db) == normalised(comparable) { return .unchanged }
            try existing.delete(db)  // cascades to hits, tolls, testimonies of this version only
            outcome = .updated
        }
        let rows = normalised(set)
        try rows.tag.insert(db)
        try HitRecord.insertAll(rows.hits, in: db)
        for toll in rows.tolls { try toll.insert(db) }
        for testimony in rows.testimonies { try testimony.insert(db) }
        return outcome
    }

    static func fetchSet(for tag: TagRecord, in db: Database) throws -> TagSet {
        func owned<Record: FetchableRecord & TableRecord>(_ type: Record.Type) throws -> [Record] {
            try type
                .filter(Column("article_id") == tag.articleID && Column("lexicon") == tag.lexicon
                    && Column("lexicon_version") == tag.lexiconVersion)
                .order(Column("seq"))
                .fetchAll(db)
        }
        return TagSet(tag: tag, hits: try owned(HitRecord.self), tolls: try owned(TollRecord.self),
                      testimonies: try owned(TestimonyRecord.self))
    }

    /// Children sorted by `seq` and stamped with the tag's key, as they are stored.
    static func normalised(_ set: TagSet) -> TagSet {
        var out = set
        let tag = set.tag
        out.hits = set.hits.map { var row = $0; row.articleID = tag.articleID; row.lexicon = tag.lexicon; row.lexiconVersion = tag.lexiconVersion; return row }
            .sorted { $0.seq < $1.seq }
        out.tolls = set.tolls.map { var row = $0; row.articleID = tag.articleID; row.lexicon = tag.lexicon; row.lexiconVersion = tag.lexiconVersion; return row }
            .sorted { $0.seq < $1.seq }
        out.testimonies = set.testimonies.map { var row = $0; row.articleID = tag.articleID; row.lexicon = tag.lexicon; row.lexiconVersion = tag.lexiconVersion; return row }
            .sorted { $0.seq < $1.seq }
        return out
    }
}
