import GRDB

/// One duplicate cluster: id (its smallest article id), representative article and size.
///
/// Every clustered article belongs to exactly one cluster (singletons included), so indices
/// count `DISTINCT cluster_id` to count a syndicated story once.
public struct ClusterRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "clusters"

    public var id: String
    /// The earliest-published member (ties: smallest id).
    public var representativeArticleID: String
    public var size: Int

    public init(id: String, representativeArticleID: String, size: Int) {
        self.id = id
        self.representativeArticleID = representativeArticleID
        self.size = size
    }

    enum CodingKeys: String, CodingKey {
        case id
        case representativeArticleID = "representative_article_id"
        case size
    }
}
