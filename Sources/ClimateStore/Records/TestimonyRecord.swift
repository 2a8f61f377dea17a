import GRDB

/// One first-hand account found in an article (direct or relayed, quoted or reported).
public struct TestimonyRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "testimonies"

    public var articleID: String
    public var lexicon: String
    public var lexiconVersion: Int
    public var seq: Int
    /// `direct` or `relayed`.
    public var kind: String
    /// A quotation (true) or reported speech (false).
    public var quoted: Bool
    /// UTF-8 span of the account.
    public var spanStart: Int
    public var spanEnd: Int
    /// UTF-8 span of the speaker, when found.
    public var speakerStart: Int?
    public var speakerEnd: Int?

    public init(
        articleID: String, lexicon: String, lexiconVersion: Int, seq: Int, kind: String, quoted: Bool,
        spanStart: Int, spanEnd: Int, speakerStart: Int? = nil, speakerEnd: Int? = nil
    ) {
        self.articleID = articleID
        self.lexicon = lexicon
        self.lexiconVersion = lexiconVersion
        self.seq = seq
        self.kind = kind
        self.quoted = quoted
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.speakerStart = speakerStart
        self.speakerEnd = speakerEnd
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case lexicon
        case lexiconVersion = "lexicon_version"
        case seq, kind, quoted
        case spanStart = "span_start"
        case spanEnd = "span_end"
        case speakerStart = "speaker_start"
        case speakerEnd = "speaker_end"
    }
}
