import Foundation
import GRDB

/// Idempotent upserts of outlets, documents and articles, and the one-transaction work unit.
extension CorpusStore {
    /// Everything one document produced, written in one transaction by ``save(_:)``.
    ///
    /// A crash (even SIGKILL) leaves either all of a unit or none of it, so a resumed run simply
    /// redoes the units that are missing.
    public struct WorkUnit: Sendable {
        public var outlet: OutletRecord?
        public var document: DocumentRecord
        public var article: ArticleRecord?
        public var tags: [TagSet]
        public var rejects: [RejectRecord]

        public init(
            outlet: OutletRecord? = nil, document: DocumentRecord, article: ArticleRecord? = nil,
            tags: [TagSet] = [], rejects: [RejectRecord] = []
        ) {
            self.outlet = outlet
            self.document = document
            self.article = article
            self.tags = tags
            self.rejects = rejects
        }
    }

    /// What ``save(_:)`` did to each part of a unit.
    public struct WorkUnitOutcome: Sendable, Hashable {
        public var document: UpsertOutcome
        public var article: UpsertOutcome?
        public var tags: [UpsertOutcome]
    }

    /// Writes a whole unit of work in one transaction.
    @discardableResult
    public func save(_ unit: WorkUnit) throws(StoreError) -> WorkUnitOutcome {
        try write("save \(unit.document.id)") { db in try Self.save(unit, in: db) }
    }

    /// Writes several units in one transaction (fewer commits when storing many small units).
    ///
    /// All or none of `units` are stored; a caller that wants per-unit failure isolation saves
    /// units one by one.
    @discardableResult
    public func save(_ units: [WorkUnit]) throws(StoreError) -> [WorkUnitOutcome] {
        try write("save \(units.count) units") { db in try units.map { try Self.save($0, in: db) } }
    }

    static func save(_ unit: WorkUnit, in db: Database) throws -> WorkUnitOutcome {
        if let outlet = unit.outlet { _ = try upsert(outlet, in: db) }
        let document = try upsert(unit.document, in: db)
        let article = try unit.article.map { try upsert($0, in: db) }
        let tags = try unit.tags.map { try replace($0, in: db) }
        for reject in unit.rejects { _ = try record(reject, in: db) }
        return WorkUnitOutcome(document: document, article: article, tags: tags)
    }

    /// Inserts or updates an outlet.
    @discardableResult
    public func upsert(outlet: OutletRecord) throws(StoreError) -> UpsertOutcome {
        try write("upsert outlet \(outlet.id)") { db in try Self.upsert(outlet, in: db) }
    }

    /// Inserts a document, or updates it when its values changed (keeping `firstRunID`, and
    /// `fetched` when the content is unchanged).
    @discardableResult
    public func upsert(document: DocumentRecord) throws(StoreError) -> UpsertOutcome {
        try write("upsert document \(document.id)") { db in try Self.upsert(document, in: db) }
    }

    /// Inserts an article, or updates it when its values changed (keeping `firstRunID`,
    /// `clusterID`, and `tokenCount` when the new record has none).
    @discardableResult
    public func upsert(article: ArticleRecord) throws(StoreError) -> UpsertOutcome {
        try write("upsert article \(article.id)") { db in try Self.upsert(article, in: db) }
    }

    static func upsert(_ outlet: OutletRecord, in db: Database) throws -> UpsertOutcome {
        guard let existing = try fetch(OutletRecord.self, id: outlet.id, in: db) else {
            try outlet.insert(db)
            return .inserted
        }
        return try outlet.updateChanges(db, from: existing) ? .updated : .unchanged
    }

    static func upsert(_ document: DocumentRecord, in db: Database) throws -> UpsertOutcome {
        guard let existing = try fetch(DocumentRecord.self, id: document.id, in: db) else {
            try document.insert(db)
            return .inserted
        }
        var candidate = document
        candidate.firstRunID = existing.firstRunID
        if existing.contentHash == candidate.contentHash { candidate.fetched = existing.fetched }
        return try candidate.updateChanges(db, from: existing) ? .updated : .unchanged
    }

    static func upsert(_ article: ArticleRecord, in db: Database) throws -> UpsertOutcome {
        guard let existing = try fetch(ArticleRecord.self, id: article.id, in: db) else {
            try article.insert(db)
            return .inserted
        }
        var candidate = article
        candidate.firstRunID = existing.firstRunID
        candidate.clusterID = existing.clusterID
        if candidate.tokenCount == nil { candidate.tokenCount = existing.tokenCount }
        return try candidate.updateChanges(db, from: existing) ? .updated : .unchanged
    }

    /// The row with primary key `id` through a cached statement (the query-interface `fetchOne`
    /// builds and authorises its SQL anew on every call: three times per stored unit).
    static func fetch<Record: FetchableRecord & TableRecord>(_ type: Record.Type, id: String, in db: Database) throws -> Record? {
        try Record.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(Record.databaseTableName) WHERE id = ?"), arguments: [id])
    }
}
