import ClimateText

/// The framing measurement of one article, with the codebook's fields (`docs/CODEBOOK.md`).
///
/// Booleans and `dominant` follow `FRAMING-CODEBOOK.md`; every true label keeps its evidence: the
/// hits (with spans and flags), the testimonies and the tolls it rests on.
public struct ArticleFraming: Sendable {
    public var id: String
    public var url: String?
    public var language: String
    public var migrationRelevant: Bool
    public var threat: Bool
    /// True when every counted threat cue is inside a quotation; nil when `threat` is false.
    public var threatQuotedOnly: Bool?
    public var humanity: Bool
    public var dominant: Dominant
    public var testimony: Bool
    public var testimonyKind: TestimonyKind?
    public var deaths: Bool
    public var deathTolls: [DeathToll]
    public var testimonies: [Testimony]
    /// Word tokens (the denominator of densities).
    public var tokenCount: Int
    /// Per category: hits counted in the authorial score (context held, not negated, not quoted).
    public var authorialCounts: [String: Int]
    /// Per category: hits inside quotations (context held, not negated).
    public var quotedCounts: [String: Int]
    /// Every hit (frame cues, actors, negators), for audit.
    public var hits: [LexiconHit]
    /// The lexicon entry pattern of each hit (same order as `hits`).
    public var hitPatterns: [String]
    /// `name@vN` and content hash of the lexicon used.
    public var lexiconReference: String
    public var lexiconHash: String

    /// Authorial (unquoted) weighted score of a frame family, per 1,000 word tokens.
    public func density(_ family: String) -> Double {
        guard tokenCount > 0 else { return 0 }
        let n = authorialCounts.filter { $0.key == family || $0.key.hasPrefix(family + ".") }.values.reduce(0, +)
        return Double(n) * 1000 / Double(tokenCount)
    }
}

/// What shapes an article: the codebook's `dominant`.
public enum Dominant: String, Sendable, Hashable, CaseIterable {
    case threat, humanity, neutral, mixed
}

/// Direct (the migrant/relative speaks) or relayed (NGO/IO staff pass it on).
public enum TestimonyKind: String, Sendable, Hashable, CaseIterable {
    case direct, relayed
}

/// A first-hand account found in the text.
public struct Testimony: Sendable, Hashable {
    public var kind: TestimonyKind
    /// Byte range of the account (the quote content or the reported clause).
    public var evidence: Range<Int>
    /// Byte range of the speaker noun or name, when found.
    public var speaker: Range<Int>?
    /// Whether the account is a quotation (`"..."`) or reported speech (`X told ... that`).
    public var quoted: Bool
}

/// One reported death toll.
public struct DeathToll: Sendable, Hashable {
    /// How a number is qualified.
    public enum Hedge: String, Sendable, Hashable, CaseIterable { case exact, lowerBound = "lower_bound", approximate, upperBound = "upper_bound" }
    /// What a toll counts.
    public enum Scope: String, Sendable, Hashable, CaseIterable { case event, period, cumulative }

    public var value: Int
    public var hedge: Hedge
    public var scope: Scope
    /// Byte range of the number (with its hedge).
    public var span: Range<Int>
    /// Byte range of the sentence that reports it.
    public var evidence: Range<Int>
}
