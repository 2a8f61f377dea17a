import Foundation
import GRDB

/// Duplicate clusters: the inputs the clusterer needs, and writing its result.
extension CorpusStore {
    /// The dedup keys of one article, as the clusterer reads them.
    public struct DedupKeys: Sendable, Hashable {
        public var articleID: String
        public var contentHash: String
        /// Serialised MinHash signature (ClimateDedup `MinHashSignature.bytes`), if any.
        public var minhash: [UInt8]?
        public var published: Date?
    }

    /// One cluster to store: its id, representative and members.
    public struct ClusterAssignment: Sendable, Hashable {
        public var id: String
        public var representative: String
        public var members: [String]

        public init(id: String, representative: String, members: [String]) {
            self.id = id
            self.representative = representative
            self.members = members
        }
    }

    /// The dedup keys of every article, sorted by id.
    public func dedupKeys() throws(StoreError) -> [DedupKeys] {
        try read("read dedup keys") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, content_hash, minhash, published FROM articles ORDER BY id")
            return rows.map { row in
                DedupKeys(articleID: row["id"], contentHash: row["content_hash"],
                          minhash: (row["minhash"] as Data?).map { [UInt8]($0) }, published: row["published"])
            }
        }
    }

    /// Replaces the cluster table with `clusters` and sets each member's `cluster_id`, in one
    /// transaction. Only differences are written, so applying the same clustering twice changes
    /// nothing. Returns the number of articles whose cluster changed.
    @discardableResult
    public func applyClusters(_ clusters: [ClusterAssignment]) throws(StoreError) -> Int {
        try write("apply clusters") { db in
            var current: [String: String?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, cluster_id FROM articles") {
                current[row["id"]] = row["cluster_id"] as String?
            }
            var changed = 0
            let update = try db.makeStatement(sql: "UPDATE articles SET cluster_id = ? WHERE id = ?")
            for cluster in clusters.sorted(by: { $0.id < $1.id }) {
                for member in cluster.members.sorted() {
                    guard let existing = current[member], existing != cluster.id else { continue }
                    try update.execute(arguments: [cluster.id, member])
                    changed += 1
                }
            }
            let wanted = Dictionary(clusters.map {
                ($0.id, ClusterRecord(id: $0.id, representativeArticleID: $0.representative, size: $0.members.count))
            }, uniquingKeysWith: { first, _ in first })
            for stored in try ClusterRecord.fetchAll(db) {
                if let record = wanted[stored.id] {
                    try record.updateChanges(db, from: stored)
                } else {
                    try stored.delete(db)
                }
            }
            let storedIDs = Set(try String.fetchAll(db, sql: "SELECT id FROM clusters"))
            for id in wanted.keys.sorted() where !storedIDs.contains(id) {
                try wanted[id]?.insert(db)
            }
            return changed
        }
    }
}
