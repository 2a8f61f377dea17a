import GRDB

/// One reported death toll: the number, how it is hedged, what it counts, and where it is.
public struct TollRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "tolls"

    public var articleID: String
    public var lexicon: String
    public var lexiconVersion: Int
    public var seq: Int
    public var value: Int
    /// `exact`, `lower_bound`, `approximate` or `upper_bound`.
    public var hedge: String
    /// `event`, `period` or `cumulative`.
    public var scope: String
    /// UTF-8 span of the number with its hedge.
    public var spanStart: Int
    public var spanEnd: Int
    /// UTF-8 span of the sentence reporting it.
    public var evidenceStart: Int
    public var evidenceEnd: Int

    public init(
        articleID: String, lexicon: String, lexiconVersion: Int, seq: Int, value: Int, hedge: String, scope: String,
        spanStart: Int, spanEnd: Int, evidenceStart: Int, evidenceEnd: Int
    ) {
        self.articleID = articleID
        self.lexicon = lexicon
        self.lexiconVersion = lexiconVersion
        self.seq = seq
        self.value = value
        self.hedge = hedge
        self.scope = scope
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case lexicon
        case lexiconVersion = "lexicon_version"
        case seq, value, hedge, scope
        case spanStart = "span_start"
        case spanEnd = "span_end"
        case evidenceStart = "evidence_start"
        case evidenceEnd = "evidence_end"
    }
}
