import Foundation
import GRDB

/// HTTP validators of polled URLs (conditional GET), written after the fetched documents.
extension CorpusStore {
    /// The ETag and Last-Modified stored for `url`.
    public func fetchValidators(url: String) throws(StoreError) -> (etag: String?, lastModified: String?)? {
        try read("read fetch state") { db in
            try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM fetch_state WHERE url = ?", arguments: [url])
                .map { (etag: $0["etag"] as String?, lastModified: $0["last_modified"] as String?) }
        }
    }

    /// Records the validators of a successful fetch of `url`.
    public func recordFetch(url: String, etag: String?, lastModified: String?, status: Int, contentHash: String?,
                            checked: Date = Date()) throws(StoreError) {
        try write("record fetch \(url)") { db in
            try db.execute(sql: "INSERT INTO fetch_state (url, etag, last_modified, status, content_hash, checked) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                + "status = excluded.status, content_hash = excluded.content_hash, checked = excluded.checked",
                arguments: [url, etag, lastModified, status, contentHash, checked])
        }
    }
}
