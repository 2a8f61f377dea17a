/// The additive sufficient statistics of a set of articles: every index is a function of them.
///
/// Frame counts (`threat`, hits, tokens, deaths, tolls) are over migration-relevant articles;
/// `all` counts every tagged article (the attention denominator). Adding the counts of two
/// disjoint sets gives the counts of their union, so SQL can sum per day and Swift per period.
public struct IndexCounts: Sendable, Hashable {
    /// Tagged articles (the attention denominator).
    public var all = 0
    /// Migration-relevant articles `n`.
    public var migration = 0
    /// Migration articles labelled threat `n_T`, humanity `n_H`, with testimony, mentioning deaths.
    public var threat = 0
    public var humanity = 0
    public var testimony = 0
    public var deaths = 0
    /// Word tokens of migration articles `ΣN_a`.
    public var tokens = 0
    /// Authorial threat and humanity cues of migration articles `T` and `H`.
    public var threatHits = 0
    public var humanityHits = 0
    /// Sum of the death tolls reported in migration articles.
    public var tolls = 0

    public init() {}

    public init(all: Int, migration: Int, threat: Int, humanity: Int, testimony: Int, deaths: Int, tokens: Int,
                threatHits: Int, humanityHits: Int, tolls: Int) {
        self.all = all; self.migration = migration; self.threat = threat; self.humanity = humanity
        self.testimony = testimony; self.deaths = deaths; self.tokens = tokens; self.threatHits = threatHits
        self.humanityHits = humanityHits; self.tolls = tolls
    }

    /// Adds `other` (a disjoint set of articles).
    public mutating func add(_ other: IndexCounts) {
        all += other.all; migration += other.migration; threat += other.threat; humanity += other.humanity
        testimony += other.testimony; deaths += other.deaths; tokens += other.tokens
        threatHits += other.threatHits; humanityHits += other.humanityHits; tolls += other.tolls
    }
}

/// The counts of one day, outlet and article language (the finest cell the store is summed to).
public struct IndexCell: Sendable, Hashable {
    /// Days since 1970-01-01 (UTC publication day).
    public var day: Int
    public var outlet: String
    public var language: String
    public var country: String
    public var counts: IndexCounts

    public init(day: Int, outlet: String, language: String, country: String, counts: IndexCounts) {
        self.day = day; self.outlet = outlet; self.language = language; self.country = country; self.counts = counts
    }
}

/// How many migration articles of one cell have `humanityHits` and `threatHits` cues: the
/// per-article information the bootstrap resamples, stored compactly as a histogram.
public struct HitPairCount: Sendable, Hashable {
    public var day: Int
    public var outlet: String
    public var language: String
    public var country: String
    public var humanityHits: Int
    public var threatHits: Int
    public var articles: Int

    public init(day: Int, outlet: String, language: String, country: String, humanityHits: Int, threatHits: Int, articles: Int) {
        self.day = day; self.outlet = outlet; self.language = language; self.country = country
        self.humanityHits = humanityHits; self.threatHits = threatHits; self.articles = articles
    }
}
