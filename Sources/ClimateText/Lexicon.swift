/// A validated lexicon for one language: categories and compiled entries.
///
/// Loaded from `lexicons/<name>/v<N>/<lang>.yml` by ``LexiconLoader`` (format in
/// `docs/LEXICON-FORMAT.md`); matched by ``LexiconMatcher``.
public struct Lexicon: Sendable {
    public var name: String
    public var version: Int
    public var language: String
    public var description: String
    public var settings: LexiconSettings
    /// Declared categories and their descriptions.
    public var categories: [String: String]
    public var entries: [LexiconEntry]
    /// The file it was loaded from.
    public var file: String
    /// SHA-1 (16 hex digits) of the file's bytes.
    public var contentHash: String

    /// Languages a lexicon may be written for.
    public static let languages: Set<String> = ["en", "nl", "it", "es", "ca", "de", "fr"]
}

/// Matching settings of one lexicon file.
public struct LexiconSettings: Sendable, Hashable {
    /// Tokens either side in which an actor noun gives migration context (same sentence also counts).
    public var contextWindow: Int = 10
    /// Tokens before a cue in which a negator marks it negated.
    public var negationWindow: Int = 3

    public init(contextWindow: Int = 10, negationWindow: Int = 3) {
        self.contextWindow = contextWindow
        self.negationWindow = negationWindow
    }
}

/// One lexicon entry.
public struct LexiconEntry: Sendable, Hashable {
    /// Whether a hit needs migration context.
    public enum Context: String, Sendable, Hashable { case none, migration }

    /// The pattern as written.
    public var pattern: String
    /// The pattern's tokens, folded.
    public var tokens: [PatternToken]
    public var category: String
    public var context: Context
    public var weight: Double
    /// Extra tokens allowed between consecutive phrase tokens.
    public var gap: Int
    /// Numeric value of a number word.
    public var value: Int?
    public var source: String
    public var note: String?
    /// Position in the file (1-based).
    public var line: Int
    public var column: Int
}

/// One token of a pattern: an exact folded word or a glob.
public enum PatternToken: Sendable, Hashable {
    case exact(String)
    case glob(GlobPattern)

    /// Whether the token has wildcards.
    public var isGlob: Bool {
        if case .glob = self { return true }
        return false
    }

    /// Whether a folded token matches.
    public func matches(_ folded: String) -> Bool {
        switch self {
        case .exact(let word): return word == folded
        case .glob(let glob): return glob.matches(folded)
        }
    }
}
