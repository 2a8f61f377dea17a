import GRDB

/// One lexicon hit in an article: the entry, its category, its UTF-8 span and its flags.
public struct HitRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "hits"

    public var articleID: String
    public var lexicon: String
    public var lexiconVersion: Int
    /// Position of the hit in the article (0-based, in text order).
    public var seq: Int
    /// Hierarchical category (`threat.invasion`).
    public var category: String
    /// The lexicon entry pattern that matched.
    public var entry: String
    /// UTF-8 offsets into the article text, half open.
    public var spanStart: Int
    public var spanEnd: Int
    /// Index of the sentence holding the hit.
    public var sentence: Int?
    public var negated: Bool
    public var inQuote: Bool
    /// Whether a `context: migration` condition held (true for entries without one).
    public var contextHeld: Bool

    public init(
        articleID: String, lexicon: String, lexiconVersion: Int, seq: Int, category: String, entry: String,
        spanStart: Int, spanEnd: Int, sentence: Int? = nil, negated: Bool = false, inQuote: Bool = false,
        contextHeld: Bool = true
    ) {
        self.articleID = articleID
        self.lexicon = lexicon
        self.lexiconVersion = lexiconVersion
        self.seq = seq
        self.category = category
        self.entry = entry
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.sentence = sentence
        self.negated = negated
        self.inQuote = inQuote
        self.contextHeld = contextHeld
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case lexicon
        case lexiconVersion = "lexicon_version"
        case seq, category, entry
        case spanStart = "span_start"
        case spanEnd = "span_end"
        case sentence, negated
        case inQuote = "in_quote"
        case contextHeld = "context_held"
    }
}

extension HitRecord {
    /// Inserts `hits` through one cached statement: an article has dozens of hits, and GRDB's
    /// per-record insert (DAO, statement lookup, Codable encoding) cost more than SQLite itself.
    /// Same columns and values as `insert(_:)` with `CodingKeys`.
    private static let insertSQL: String = {
        let columns: [CodingKeys] = [.articleID, .lexicon, .lexiconVersion, .seq, .category, .entry, .spanStart, .spanEnd,
                                     .sentence, .negated, .inQuote, .contextHeld]
        return "INSERT INTO hits (\(columns.map(\.rawValue).joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }()

    static func insertAll(_ hits: [HitRecord], in db: Database) throws {
        guard !hits.isEmpty else { return }
        let statement = try db.cachedStatement(sql: insertSQL)
        for hit in hits {
            try statement.execute(arguments: [
                hit.articleID, hit.lexicon, hit.lexiconVersion, hit.seq, hit.category, hit.entry, hit.spanStart, hit.spanEnd,
                hit.sentence, hit.negated, hit.inQuote, hit.contextHeld,
            ])
        }
    }
}
