import ClimateCore
import Foundation
import GRDB

/// One ingested input document: its provenance and its raw bytes (zlib-compressed).
///
/// `id` is the ingest stable id (``ClimateCore/Document/stableID(url:source:body:)``).
/// `contentHash` is the SHA-1 of the raw bytes, so a re-ingested, unchanged document is
/// recognised without decompressing anything.
public struct DocumentRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "documents"

    public var id: String
    public var url: String?
    /// ``ClimateDedup``'s canonical form of `url` (set by the pipeline).
    public var canonicalURL: String?
    public var outletID: String?
    /// ``ClimateCore/Document/Kind`` raw value (`feed_entry`, `html_page`, ...).
    public var kind: String
    /// The input and the position inside it (`feeds/x.xml#entry=3`).
    public var source: String
    /// SHA-1 (hex) of the uncompressed raw bytes.
    public var contentHash: String
    /// The raw bytes (HTML or text as UTF-8), zlib format (RFC 1950).
    public var raw: Data
    /// Length of the uncompressed raw bytes.
    public var rawSize: Int
    public var encoding: String?
    /// When the bytes were fetched (input metadata; excluded from determinism comparisons).
    public var fetched: Date?
    public var published: Date?
    public var publishedSource: String?
    public var language: String?
    public var title: String?
    /// The run that first stored this document (kept on later updates).
    public var firstRunID: Int64

    public init(
        id: String, url: String?, canonicalURL: String?, outletID: String?, kind: String, source: String,
        contentHash: String, raw: Data, rawSize: Int, encoding: String? = nil, fetched: Date? = nil,
        published: Date? = nil, publishedSource: String? = nil, language: String? = nil, title: String? = nil,
        firstRunID: Int64
    ) {
        self.id = id
        self.url = url
        self.canonicalURL = canonicalURL
        self.outletID = outletID
        self.kind = kind
        self.source = source
        self.contentHash = contentHash
        self.raw = raw
        self.rawSize = rawSize
        self.encoding = encoding
        self.fetched = fetched
        self.published = published
        self.publishedSource = publishedSource
        self.language = language
        self.title = title
        self.firstRunID = firstRunID
    }

    /// The record for an ingested `Document`: raw bytes are its `html`, else its `text`.
    ///
    /// `gzipped` is the file the page was read from when it was a gzip file: when it holds exactly
    /// the raw bytes (a UTF-8 page, one member: `Deflate.gzipHolds`), it is stored as it came
    /// instead of compressing the page again.
    public init(document: Document, canonicalURL: String?, outletID: String?, run: Int64, gzipped: [UInt8]? = nil) throws(StoreError) {
        let bytes = Array((document.html ?? document.text ?? "").utf8)
        let raw: Data
        if let gzipped, Deflate.gzipHolds(gzipped, bytes) { raw = Data(gzipped) } else { raw = try Deflate.compress(bytes) }
        self.init(
            id: document.id, url: document.url, canonicalURL: canonicalURL, outletID: outletID,
            kind: document.kind.rawValue, source: document.source, contentHash: SHA1.hex(bytes),
            raw: raw, rawSize: bytes.count, encoding: document.encoding,
            fetched: document.fetched, published: document.published,
            publishedSource: document.publishedSource?.rawValue, language: document.language,
            title: document.title, firstRunID: run
        )
    }

    /// The uncompressed raw bytes.
    public func rawBytes() throws(StoreError) -> [UInt8] {
        try Deflate.decompress(raw, size: rawSize)
    }

    enum CodingKeys: String, CodingKey {
        case id, url
        case canonicalURL = "canonical_url"
        case outletID = "outlet_id"
        case kind, source
        case contentHash = "content_hash"
        case raw
        case rawSize = "raw_size"
        case encoding, fetched, published
        case publishedSource = "published_source"
        case language, title
        case firstRunID = "first_run_id"
    }
}
