import ClimateIndices

/// The sufficient statistics of one (week, unit): everything any index is computed from.
///
/// Frame counts cover migration-relevant articles only; `articlesAll` is every article (the
/// attention-share denominator). Duplicates (non-representative cluster members) are excluded
/// from all counts and kept apart in `duplicates`.
public struct WeekCounts: Sendable, Hashable {
    public var articlesAll = 0
    public var articlesMigration = 0
    /// Word tokens of the migration articles.
    public var tokens = 0
    /// Authorial threat and humanity cues summed over migration articles.
    public var threatHits = 0
    public var humanityHits = 0
    /// Migration articles labelled `threat` / `humanity`.
    public var articlesThreat = 0
    public var articlesHumanity = 0
    /// Migration articles with a testimony.
    public var testimonies = 0
    /// Sum over migration articles of each article's largest reported toll.
    public var reportedDeaths = 0
    /// Articles left out as copies of another cluster member.
    public var duplicates = 0

    public init() {}

    /// Adds one article.
    public mutating func add(_ fact: ArticleFact) {
        if fact.isDuplicate { duplicates += 1; return }
        articlesAll += 1
        guard fact.isMigration else { return }
        articlesMigration += 1
        tokens += fact.tokens
        threatHits += fact.threatHits
        humanityHits += fact.humanityHits
        if fact.threat { articlesThreat += 1 }
        if fact.humanity { articlesHumanity += 1 }
        if fact.testimony { testimonies += 1 }
        reportedDeaths += fact.reportedDeaths
    }
}

/// One article as the report and the indices export read it from the store.
public struct ArticleFact: Sendable, Hashable {
    public var id: String
    public var week: ISOWeek
    public var day: Int
    public var outletID: String
    public var language: String
    public var isMigration: Bool
    public var tokens: Int
    public var threat: Bool
    public var humanity: Bool
    public var testimony: Bool
    public var threatHits: Int
    public var humanityHits: Int
    public var reportedDeaths: Int
    public var isDuplicate: Bool

    public init(id: String, week: ISOWeek, day: Int? = nil, outletID: String, language: String, isMigration: Bool,
                tokens: Int, threat: Bool, humanity: Bool, testimony: Bool = false, threatHits: Int,
                humanityHits: Int, reportedDeaths: Int = 0, isDuplicate: Bool = false) {
        self.id = id
        self.week = week
        self.day = day ?? week.mondayDay
        self.outletID = outletID
        self.language = language
        self.isMigration = isMigration
        self.tokens = tokens
        self.threat = threat
        self.humanity = humanity
        self.testimony = testimony
        self.threatHits = threatHits
        self.humanityHits = humanityHits
        self.reportedDeaths = reportedDeaths
        self.isDuplicate = isDuplicate
    }
}
