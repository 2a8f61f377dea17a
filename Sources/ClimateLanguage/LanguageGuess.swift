/// The language a text is written in, as `LanguageIdentifier` judges it.
///
/// `language` is one of `en nl it es ca de fr` or `und` (another language, or too little
/// text to decide). `confidence` is the posterior probability of the answer: for a
/// language, its share of the (calibrated) posterior; for `und`, one minus the best
/// target language's share (1 when the text has too few letters to judge).
public struct LanguageGuess: Sendable, Hashable {
    /// ISO 639-1 code of a target language, or `und`.
    public var language: String
    /// Posterior probability of `language`, in 0...1.
    public var confidence: Double
    /// Posterior per target language plus `und` (all other languages together), best first;
    /// nil when the text was too short to score.
    public var scores: [(String, Double)]?

    public init(language: String, confidence: Double, scores: [(String, Double)]? = nil) {
        self.language = language
        self.confidence = confidence
        self.scores = scores
    }

    /// The `und` answer for texts with too few letters to judge.
    public static let undecidable = LanguageGuess(language: LanguageIdentifier.undetermined, confidence: 1)

    public static func == (lhs: LanguageGuess, rhs: LanguageGuess) -> Bool {
        guard lhs.language == rhs.language, lhs.confidence == rhs.confidence else { return false }
        switch (lhs.scores, rhs.scores) {
        case (nil, nil):
            return true
        case let (l?, r?):
            return l.count == r.count && zip(l, r).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default:
            return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(confidence)
        hasher.combine(scores?.count ?? -1)
        for (code, score) in scores ?? [] {
            hasher.combine(code)
            hasher.combine(score)
        }
    }
}
