import ClimateCore
import Foundation
import GRDB

/// Lookups the incremental runner and the reading commands need, and the determinism digest.
extension CorpusStore {
    /// The corpus tables, in the order the digest and counts list them.
    public static let corpusTables = [
        "outlets", "documents", "articles", "tags", "hits", "tolls", "testimonies", "rejects", "clusters",
    ]

    /// Columns left out of ``contentDigest()``: wall-clock or bookkeeping values that legitimately
    /// differ between two builds of the same corpus (docs/STORE.md, "Determinism").
    public static let digestExcludedColumns: Set<String> = ["fetched", "tagged_at_run"]

    /// The stored document, if any.
    public func document(_ id: String) throws(StoreError) -> DocumentRecord? {
        try read("read document \(id)") { db in try DocumentRecord.fetchOne(db, key: id) }
    }

    /// The content hash of a stored document (cheap: the incremental runner's skip test).
    public func documentContentHash(_ id: String) throws(StoreError) -> String? {
        try read("read document hash \(id)") { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM documents WHERE id = ?", arguments: [id])
        }
    }

    /// The stored article, if any.
    public func article(_ id: String) throws(StoreError) -> ArticleRecord? {
        try read("read article \(id)") { db in try ArticleRecord.fetchOne(db, key: id) }
    }

    /// Row counts of the corpus tables and `runs`.
    public func rowCounts() throws(StoreError) -> [String: Int] {
        try read("count rows") { db in
            var counts: [String: Int] = [:]
            for table in Self.corpusTables + ["runs"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// SHA-1 over every corpus table's rows in primary-key order, without the run table and the
    /// ``digestExcludedColumns``: equal digests mean equal database contents for determinism checks
    /// (`--jobs 1` vs `--jobs 2`).
    public func contentDigest() throws(StoreError) -> String {
        try read("digest") { db in
            var hasher = SHA1()
            for table in Self.corpusTables {
                let keys = try db.primaryKey(table).columns.map { "\"\($0)\"" }.joined(separator: ", ")
                hasher.update(Array("table \(table)\n".utf8))
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(keys)")
                while let row = try rows.next() {
                    for (column, value) in row where !Self.digestExcludedColumns.contains(column) {
                        hasher.update(Array(column.utf8))
                        hasher.update(Self.digestBytes(value))
                    }
                    hasher.update([0x1E])
                }
            }
            return SHA1.hexString(hasher.finalize())
        }
    }

    private static func digestBytes(_ value: DatabaseValue) -> [UInt8] {
        switch value.storage {
        case .null: return [0]
        case let .int64(number): return [1] + Array(String(number).utf8)
        case let .double(number): return [2] + withUnsafeBytes(of: number.bitPattern.littleEndian) { Array($0) }
        case let .string(text): return [3] + Array(text.utf8) + [0]
        case let .blob(data): return [4] + Array(String(data.count).utf8) + [0] + [UInt8](data)
        }
    }
}
