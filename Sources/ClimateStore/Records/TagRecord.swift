import GRDB

/// The framing labels of one article under one lexicon version.
///
/// Keyed by (article, lexicon, version): re-tagging with a new lexicon version adds rows and
/// leaves older versions queryable, so past reports can be rebuilt. `taggedAtRun` is
/// bookkeeping and is excluded from determinism comparisons.
public struct TagRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "tags"

    public var articleID: String
    public var lexicon: String
    public var lexiconVersion: Int
    /// Content hash of the lexicon files that produced the labels.
    public var lexiconHash: String
    public var migrationRelevant: Bool
    public var threat: Bool
    /// True when every counted threat cue is quoted; nil when `threat` is false.
    public var threatQuotedOnly: Bool?
    public var humanity: Bool
    /// `threat`, `humanity`, `neutral` or `mixed`.
    public var dominant: String
    public var testimony: Bool
    /// `direct` or `relayed`; nil without testimony.
    public var testimonyKind: String?
    public var deaths: Bool
    /// Authorial threat cues per 1,000 word tokens.
    public var densityThreat: Double
    /// Authorial humanity cues per 1,000 word tokens.
    public var densityHumanity: Double
    /// The run that wrote these labels (kept when a later run finds them unchanged).
    public var taggedAtRun: Int64

    public init(
        articleID: String, lexicon: String, lexiconVersion: Int, lexiconHash: String, migrationRelevant: Bool,
        threat: Bool, threatQuotedOnly: Bool? = nil, humanity: Bool, dominant: String, testimony: Bool,
        testimonyKind: String? = nil, deaths: Bool, densityThreat: Double, densityHumanity: Double, taggedAtRun: Int64
    ) {
        self.articleID = articleID
        self.lexicon = lexicon
        self.lexiconVersion = lexiconVersion
        self.lexiconHash = lexiconHash
        self.migrationRelevant = migrationRelevant
        self.threat = threat
        self.threatQuotedOnly = threatQuotedOnly
        self.humanity = humanity
        self.dominant = dominant
        self.testimony = testimony
        self.testimonyKind = testimonyKind
        self.deaths = deaths
        self.densityThreat = densityThreat
        self.densityHumanity = densityHumanity
        self.taggedAtRun = taggedAtRun
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case lexicon
        case lexiconVersion = "lexicon_version"
        case lexiconHash = "lexicon_hash"
        case migrationRelevant = "migration_relevant"
        case threat
        case threatQuotedOnly = "threat_quoted_only"
        case humanity, dominant, testimony
        case testimonyKind = "testimony_kind"
        case deaths
        case densityThreat = "density_threat"
        case densityHumanity = "density_humanity"
        case taggedAtRun = "tagged_at_run"
    }
}
