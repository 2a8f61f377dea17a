import GRDB

/// The schema, as named, forward-only migrations (docs/STORE.md, "Schema").
///
/// Policy: a migration that has shipped is never edited; schema changes append a new named
/// migration (`v2-...`). A database that records a migration this build does not know was
/// written by a newer mediaclimate and is refused (``StoreError/newerSchema(path:)``).
enum StoreMigrations {
    /// Migration names in order.
    static var names: [String] { ["v1-initial", "v2-fetch-state"] }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial", migrate: createInitialSchema)
        migrator.registerMigration("v2-fetch-state", migrate: createFetchState)
        return migrator
    }

    /// `input_files`: local inputs a run finished (the re-run skip test); `fetch_state`: HTTP
    /// validators of polled URLs (conditional GET).
    private static func createFetchState(_ db: Database) throws {
        try db.create(table: "input_files") { t in
            t.primaryKey("path", .text)
            t.column("state", .text).notNull()
            t.column("run_id", .integer).notNull()
        }
        try db.create(table: "fetch_state") { t in
            t.primaryKey("url", .text)
            t.column("etag", .text)
            t.column("last_modified", .text)
            t.column("status", .integer)
            t.column("content_hash", .text)
            t.column("checked", .datetime)
        }
    }

    private static func createInitialSchema(_ db: Database) throws {
        try db.create(table: "runs") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("started", .datetime).notNull()
            t.column("finished", .datetime)
            t.column("command", .text).notNull()
            t.column("config_hash", .text)
            t.column("tool_version", .text).notNull()
            t.column("inputs", .jsonText).notNull()
            t.column("counts", .jsonText).notNull()
            t.column("timings", .jsonText).notNull()
            t.column("status", .text).notNull()
        }
        try db.create(table: "outlets") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("domain", .text)
            t.column("country", .text)
            t.column("language", .text)
        }
        try db.create(table: "documents") { t in
            t.primaryKey("id", .text)
            t.column("url", .text)
            t.column("canonical_url", .text).indexed()
            t.column("outlet_id", .text).references("outlets").indexed()
            t.column("kind", .text).notNull()
            t.column("source", .text).notNull()
            t.column("content_hash", .text).notNull().indexed()
            t.column("raw", .blob).notNull()
            t.column("raw_size", .integer).notNull()
            t.column("encoding", .text)
            t.column("fetched", .datetime)
            t.column("published", .datetime)
            t.column("published_source", .text)
            t.column("language", .text)
            t.column("title", .text)
            t.column("first_run_id", .integer).notNull().references("runs")
        }
        try db.create(table: "clusters") { t in
            t.primaryKey("id", .text)
            t.column("representative_article_id", .text).notNull()
            t.column("size", .integer).notNull()
        }
        try db.create(table: "articles") { t in
            t.primaryKey("id", .text)
            t.column("document_id", .text).notNull().references("documents", onDelete: .cascade).indexed()
            t.column("outlet_id", .text).references("outlets")
            t.column("url", .text)
            t.column("canonical_url", .text).indexed()
            t.column("title", .text)
            t.column("text", .text).notNull()
            t.column("published", .datetime).indexed()
            t.column("published_source", .text)
            t.column("language", .text)
            t.column("authors", .jsonText).notNull()
            t.column("is_article", .boolean).notNull()
            t.column("method", .text).notNull()
            t.column("token_count", .integer)
            t.column("content_hash", .text).notNull().indexed()
            t.column("minhash", .blob)
            t.column("cluster_id", .text).indexed()
            t.column("first_run_id", .integer).notNull().references("runs")
        }
        try db.create(index: "articles_outlet_published", on: "articles", columns: ["outlet_id", "published"])
        try db.create(index: "articles_language_published", on: "articles", columns: ["language", "published"])
        try createTagTables(db)
        try db.create(table: "rejects") { t in
            t.column("input", .text).notNull()
            t.column("stage", .text).notNull()
            t.primaryKey(["input", "stage"])
            t.column("reason", .text).notNull()
            t.column("fix", .text).notNull()
            t.column("first_run_id", .integer).notNull().references("runs")
            t.column("last_run_id", .integer).notNull().references("runs").indexed()
        }
    }

    private static func createTagTables(_ db: Database) throws {
        try db.create(table: "tags") { t in
            t.column("article_id", .text).notNull().references("articles", onDelete: .cascade)
            t.column("lexicon", .text).notNull()
            t.column("lexicon_version", .integer).notNull()
            t.primaryKey(["article_id", "lexicon", "lexicon_version"])
            t.column("lexicon_hash", .text).notNull()
            t.column("migration_relevant", .boolean).notNull()
            t.column("threat", .boolean).notNull()
            t.column("threat_quoted_only", .boolean)
            t.column("humanity", .boolean).notNull()
            t.column("dominant", .text).notNull()
            t.column("testimony", .boolean).notNull()
            t.column("testimony_kind", .text)
            t.column("deaths", .boolean).notNull()
            t.column("density_threat", .double).notNull()
            t.column("density_humanity", .double).notNull()
            t.column("tagged_at_run", .integer).notNull().references("runs")
        }
        try db.create(index: "tags_lexicon", on: "tags", columns: ["lexicon", "lexicon_version", "migration_relevant"])
        let key = ["article_id", "lexicon", "lexicon_version"]
        try db.create(table: "hits") { t in
            t.column("article_id", .text).notNull()
            t.column("lexicon", .text).notNull()
            t.column("lexicon_version", .integer).notNull()
            t.column("seq", .integer).notNull()
            t.primaryKey(key + ["seq"])
            t.foreignKey(key, references: "tags", onDelete: .cascade)
            t.column("category", .text).notNull()
            t.column("entry", .text).notNull()
            t.column("span_start", .integer).notNull()
            t.column("span_end", .integer).notNull()
            t.column("sentence", .integer)
            t.column("negated", .boolean).notNull()
            t.column("in_quote", .boolean).notNull()
            t.column("context_held", .boolean).notNull()
        }
        try db.create(index: "hits_category", on: "hits", columns: ["lexicon", "lexicon_version", "category"])
        try db.create(table: "tolls") { t in
            t.column("article_id", .text).notNull()
            t.column("lexicon", .text).notNull()
            t.column("lexicon_version", .integer).notNull()
            t.column("seq", .integer).notNull()
            t.primaryKey(key + ["seq"])
            t.foreignKey(key, references: "tags", onDelete: .cascade)
            t.column("value", .integer).notNull()
            t.column("hedge", .text).notNull()
            t.column("scope", .text).notNull()
            t.column("span_start", .integer).notNull()
            t.column("span_end", .integer).notNull()
            t.column("evidence_start", .integer).notNull()
            t.column("evidence_end", .integer).notNull()
        }
        try db.create(table: "testimonies") { t in
            t.column("article_id", .text).notNull()
            t.column("lexicon", .text).notNull()
            t.column("lexicon_version", .integer).notNull()
            t.column("seq", .integer).notNull()
            t.primaryKey(key + ["seq"])
            t.foreignKey(key, references: "tags", onDelete: .cascade)
            t.column("kind", .text).notNull()
            t.column("quoted", .boolean).notNull()
            t.column("span_start", .integer).notNull()
            t.column("span_end", .integer).notNull()
            t.column("speaker_start", .integer)
            t.column("speaker_end", .integer)
        }
    }
}
