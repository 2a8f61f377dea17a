import Foundation
import GRDB

/// The corpus database: runs, outlets, documents, articles, tags, rejects and clusters.
///
/// SQLite through GRDB. On disk the store is a `DatabasePool` in WAL mode: one writer at a
/// time, and readers (kwic, index, report, export) read consistent snapshots while a run
/// writes. In memory (tests) it is a `DatabaseQueue`. Foreign keys are on, a busy writer is
/// waited for up to ``Options/busyTimeout`` seconds, and `synchronous=NORMAL` keeps every
/// committed transaction across a process crash (SIGKILL). Every write method is one
/// transaction and idempotent: writing the same values again changes nothing.
///
/// Exclusive writing *commands* are a separate concern: ``WriterLock``.
///
/// ## Topics
/// - ``init(path:options:)``
/// - ``inMemory(options:)``
/// - ``Options``
/// - ``UpsertOutcome``
public struct CorpusStore: Sendable {
    /// How to open the store.
    public struct Options: Sendable {
        /// Open read-only: no migration, and a missing schema is an error.
        public var readOnly: Bool
        /// Seconds to wait for a lock held by another connection before failing.
        public var busyTimeout: Double
        /// Receives every SQL statement executed (for tests and `--trace-sql`).
        public var trace: (@Sendable (String) -> Void)?

        public init(readOnly: Bool = false, busyTimeout: Double = 10, trace: (@Sendable (String) -> Void)? = nil) {
            self.readOnly = readOnly
            self.busyTimeout = busyTimeout
            self.trace = trace
        }
    }

    /// What an upsert did.
    public enum UpsertOutcome: String, Sendable, Hashable, CaseIterable {
        case inserted, updated, unchanged
    }

    /// The database file, or nil for an in-memory store.
    public let path: String?
    let database: any DatabaseWriter

    /// Opens (creating and migrating unless read-only) the store at `path`.
    public init(path: String, options: Options = Options()) throws(StoreError) {
        if options.readOnly, !FileManager.default.fileExists(atPath: path) { throw .notInitialised(path: path) }
        let configuration = Self.configuration(options)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            self.path = path
            self.database = pool
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
        try prepareSchema(readOnly: options.readOnly)
    }

    /// A fresh, migrated in-memory store.
    public static func inMemory(options: Options = Options()) throws(StoreError) -> CorpusStore {
        do {
            let queue = try DatabaseQueue(configuration: configuration(options))
            let store = CorpusStore(path: nil, database: queue)
            try store.prepareSchema(readOnly: false)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: ":memory:", reason: reason(error))
        }
    }

    private init(path: String?, database: any DatabaseWriter) {
        self.path = path
        self.database = database
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read("migrations") { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    /// Runs `body` on a read-only snapshot (never blocked by, and never seeing half of, a write).
    public func read<T: Sendable>(_ operation: String = "read", _ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try database.read(body) } catch { throw Self.wrap(error, operation) }
    }

    /// Runs `body` in one write transaction (committed when it returns, rolled back if it throws).
    public func write<T: Sendable>(_ operation: String = "write", _ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try database.write(body) } catch { throw Self.wrap(error, operation) }
    }

    private func prepareSchema(readOnly: Bool) throws(StoreError) {
        let migrator = StoreMigrations.migrator
        let name = path ?? ":memory:"
        do {
            if try database.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path: name) }
            if readOnly {
                guard try database.read({ try migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError.notInitialised(path: name)
                }
            } else {
                try migrator.migrate(database)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: name, reason: Self.reason(error))
        }
    }

    private static func configuration(_ options: Options) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = options.readOnly
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.label = "mediaclimate.store"
        let trace = options.trace
        let readOnly = options.readOnly
        configuration.prepareDatabase { db in
            if let trace { db.trace { event in trace("\(event)") } }
            if !readOnly, !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return configuration
    }

    static func wrap(_ error: any Error, _ operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        return .database(operation: operation, reason: reason(error))
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
