import Foundation
import GRDB

/// One extracted article: its text, metadata and dedup keys.
///
/// `id` is the article's stable id (hash of the canonical URL, or of the content without one).
/// `contentHash` and `minhash` are the exact and near-duplicate keys (ClimateDedup);
/// `clusterID` is assigned by ``CorpusStore/applyClusters(_:)`` and survives re-extraction.
public struct ArticleRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "articles"

    public var id: String
    public var documentID: String
    public var outletID: String?
    public var url: String?
    public var canonicalURL: String?
    public var title: String?
    public var text: String
    public var published: Date?
    /// Where `published` came from (`feed`, `json-ld`, `meta`, ...).
    public var publishedSource: String?
    public var language: String?
    /// Stored as a JSON array.
    public var authors: [String]
    /// False for index and section pages.
    public var isArticle: Bool
    /// The extraction cascade step that produced `text`.
    public var method: String
    /// Word tokens, once tokenised.
    public var tokenCount: Int?
    /// ClimateDedup `ContentHash` of `text`.
    public var contentHash: String
    /// ClimateDedup `MinHashSignature` bytes; nil for texts too short to compare.
    public var minhash: Data?
    /// The duplicate cluster (smallest article id of the cluster); nil until clustered.
    public var clusterID: String?
    public var firstRunID: Int64

    public init(
        id: String, documentID: String, outletID: String? = nil, url: String? = nil, canonicalURL: String? = nil,
        title: String? = nil, text: String, published: Date? = nil, publishedSource: String? = nil,
        language: String? = nil, authors: [String] = [], isArticle: Bool = true, method: String,
        tokenCount: Int? = nil, contentHash: String, minhash: Data? = nil, clusterID: String? = nil,
        firstRunID: Int64
    ) {
        self.id = id
        self.documentID = documentID
        self.outletID = outletID
        self.url = url
        self.canonicalURL = canonicalURL
        self.title = title
        self.text = text
        self.published = published
        self.publishedSource = publishedSource
        self.language = language
        self.authors = authors
        self.isArticle = isArticle
        self.method = method
        self.tokenCount = tokenCount
        self.contentHash = contentHash
        self.minhash = minhash
        self.clusterID = clusterID
        self.firstRunID = firstRunID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case documentID = "document_id"
        case outletID = "outlet_id"
        case url
        case canonicalURL = "canonical_url"
        case title, text, published
        case publishedSource = "published_source"
        case language, authors
        case isArticle = "is_article"
        case method
        case tokenCount = "token_count"
        case contentHash = "content_hash"
        case minhash
        case clusterID = "cluster_id"
        case firstRunID = "first_run_id"
    }
}
