import Foundation
import GRDB

/// What the incremental runner reads before a run to skip finished work, and the state it writes.
extension CorpusStore {
    /// The stored facts the runner's skip tests need, read in one snapshot.
    public struct RunState: Sendable {
        /// Finished local input files: path → state key (size, mtime, lexicons, config).
        public var inputFiles: [String: String] = [:]
        /// Document id → content hash of its raw bytes.
        public var documentHashes: [String: String] = [:]
        /// Document id → the article stored from it.
        public var articleOfDocument: [String: String] = [:]
        /// Article id → `name@vN` → lexicon hash of its tag row.
        public var tagHashes: [String: [String: String]] = [:]
        /// Rejects by input.
        public var rejects: [String: [RejectRecord]] = [:]
    }

    /// One stored article as re-tagging needs it.
    public struct StoredArticle: Sendable, Hashable {
        public var id: String
        public var documentID: String
        public var url: String?
        public var text: String
        public var language: String?
    }

    /// Reads the ``RunState`` of the whole store.
    public func runState() throws(StoreError) -> RunState {
        try read("read run state") { db in
            var state = RunState()
            for row in try Row.fetchAll(db, sql: "SELECT path, state FROM input_files") { state.inputFiles[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: "SELECT id, content_hash FROM documents") { state.documentHashes[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: "SELECT document_id, id FROM articles") { state.articleOfDocument[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: "SELECT article_id, lexicon, lexicon_version, lexicon_hash FROM tags") {
                let reference = "\(row[1] as String)@v\(row[2] as Int)"
                state.tagHashes[row[0], default: [:]][reference] = row[3]
            }
            for reject in try RejectRecord.fetchAll(db) { state.rejects[reject.input, default: []].append(reject) }
            return state
        }
    }

    /// Records that a local input file was fully processed by `run` (written after its documents).
    public func markInputFile(path: String, state: String, run: Int64) throws(StoreError) {
        try write("mark input \(path)") { db in
            try db.execute(sql: "INSERT INTO input_files (path, state, run_id) VALUES (?, ?, ?) "
                + "ON CONFLICT(path) DO UPDATE SET state = excluded.state, run_id = excluded.run_id WHERE state <> excluded.state",
                arguments: [path, state, run])
        }
    }

    /// Number of articles without a cluster (non-zero after a run died before re-clustering).
    public func unclusteredArticleCount() throws(StoreError) -> Int {
        try read("count unclustered") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE cluster_id IS NULL") ?? 0 }
    }

    /// Up to `limit` stored articles with ids after `after`, in id order (for re-tagging in pages).
    public func articles(after: String, limit: Int) throws(StoreError) -> [StoredArticle] {
        try read("read articles") { db in
            try Row.fetchAll(db, sql: "SELECT id, document_id, url, text, language FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [after, limit]).map {
                StoredArticle(id: $0["id"], documentID: $0["document_id"], url: $0["url"], text: $0["text"], language: $0["language"])
            }
        }
    }

    /// The source of a stored document (for reject rows of re-tagging).
    public func documentSource(_ id: String) throws(StoreError) -> String? {
        try read("read document source") { db in try String.fetchOne(db, sql: "SELECT source FROM documents WHERE id = ?", arguments: [id]) }
    }
}
