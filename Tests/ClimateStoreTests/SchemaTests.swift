import ClimateStore
import Foundation
import GRDB
import Testing

@Suite("Schema and connection settings")
struct SchemaTests {
    @Test("the migrations are applied and create every table", arguments: StoreKind.allCases)
    func migrationApplied(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        #expect(try test.store.appliedMigrations() == ["v1-initial", "v2-fetch-state"])
        let tables = try test.store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        }
        #expect(tables == ["articles", "clusters", "documents", "fetch_state", "hits", "input_files", "outlets", "rejects", "runs", "tags", "testimonies", "tolls"])
        #expect(test.log.writes.contains { $0.hasPrefix("CREATE TABLE \"documents\"") })
    }

    @Test("reopening a migrated store runs no schema statement")
    func migrationsApplyOnce() throws {
        let folder = try TestStore.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        _ = try CorpusStore(path: path)
        let log = SQLLog()
        let reopened = try CorpusStore(path: path, options: .init(trace: { log.append($0) }))
        #expect(try reopened.appliedMigrations() == ["v1-initial", "v2-fetch-state"])
        let schemaWork = log.all.filter { $0.hasPrefix("CREATE TABLE \"") || $0.hasPrefix("CREATE INDEX") || $0.contains("INSERT INTO grdb_migrations") }
        #expect(schemaWork.isEmpty, "\(log.all)")
    }

    @Test("on disk: WAL, foreign keys, busy timeout")
    func connectionSettings() throws {
        let test = try TestStore(.disk)
        let (mode, foreignKeys, timeout) = try test.store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA busy_timeout"))
        }
        #expect(mode == "wal")
        #expect(foreignKeys == 1)
        #expect((timeout ?? 0) >= 1000)
    }

    @Test("foreign keys are enforced", arguments: StoreKind.allCases)
    func foreignKeys(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run = try test.store.beginRun(command: "test")
        #expect(throws: StoreError.self) { try test.store.insertTags(Fixtures.tagSet("missing-article", version: 1, run: run)) }
    }

    @Test("indexes exist for the expected queries")
    func indexes() throws {
        let test = try TestStore(.memory)
        let names = Set(try test.store.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") })
        for expected in ["articles_outlet_published", "articles_language_published", "articles_on_published",
                         "articles_on_cluster_id", "tags_lexicon", "hits_category"] {
            #expect(names.contains(expected), "missing index \(expected)")
        }
    }

    @Test("read-only open of a file without a schema says how to create it")
    func readOnlyNeedsSchema() throws {
        let folder = try TestStore.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("empty.sqlite").path
        _ = try DatabaseQueue(path: path)
        #expect(throws: StoreError.notInitialised(path: path)) { try CorpusStore(path: path, options: .init(readOnly: true)) }
        #expect(StoreError.notInitialised(path: path).description.contains("mediaclimate run"))
        let missing = folder.appendingPathComponent("missing.sqlite").path
        #expect(throws: StoreError.notInitialised(path: missing)) { try CorpusStore(path: missing, options: .init(readOnly: true)) }
        #expect(!FileManager.default.fileExists(atPath: missing), "a read-only open creates nothing")
    }
}
