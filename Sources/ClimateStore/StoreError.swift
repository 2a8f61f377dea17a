import Foundation

/// What can go wrong with the corpus store; every message gives the cause and the fix.
///
/// ## Topics
/// - ``writerLocked(path:holder:)``
/// - ``newerSchema(path:)``
public enum StoreError: Error, Sendable, Hashable {
    /// The database could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// Another process holds the writer lock (`holder` is its pid when it could be read).
    case writerLocked(path: String, holder: Int32?)
    /// `--wait` gave up after `seconds`.
    case lockTimeout(path: String, seconds: Double)
    /// The lock file could not be created or locked.
    case lockFailed(path: String, reason: String)
    /// The database records migrations this build does not know.
    case newerSchema(path: String)
    /// A read-only open found no (or an incomplete) schema.
    case notInitialised(path: String)
    /// zlib failed.
    case compression(reason: String)
    /// An SQLite error during `operation`.
    case database(operation: String, reason: String)
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open the store \(path): \(reason) — check the path and permissions, or choose another store path"
        case let .writerLocked(path, holder):
            let who = holder.map { "process \($0)" } ?? "another process"
            return "\(who) is already writing to \(path) (lock \(path).lock) — wait for it to finish, or pass --wait"
        case let .lockTimeout(path, seconds):
            return "waited \(Int(seconds)) s for the writer lock of \(path) — the other run is still going; try again later"
        case let .lockFailed(path, reason):
            return "cannot lock \(path).lock: \(reason) — check that the store's folder is writable"
        case let .newerSchema(path):
            return "\(path) was written by a newer mediaclimate (unknown schema migrations) — upgrade mediaclimate"
        case let .notInitialised(path):
            return "\(path) is not a mediaclimate store yet — run `mediaclimate run` first to create it"
        case let .compression(reason):
            return "zlib failed: \(reason) — the stored document is damaged; re-ingest it"
        case let .database(operation, reason):
            return "store \(operation) failed: \(reason) — if the database is damaged, restore it or rebuild it with `mediaclimate run`"
        }
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { description }
}
