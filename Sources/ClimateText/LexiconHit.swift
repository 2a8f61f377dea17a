/// One match of a lexicon entry in a text, with the flags the framing rules need.
public struct LexiconHit: Sendable, Hashable {
    /// Index of the entry in its ``Lexicon/entries``.
    public var entry: Int
    public var category: String
    /// Token indices covered (a phrase may span a gap).
    public var tokens: Range<Int>
    /// Byte range in the text.
    public var bytes: Range<Int>
    public var sentence: Int
    /// A negator stands within the negation window before the cue, in the same sentence.
    public var negated: Bool
    /// The cue is inside a quotation.
    public var inQuote: Bool
    /// The entry's context condition held (always true for entries without one).
    public var contextHeld: Bool

    public init(entry: Int, category: String, tokens: Range<Int>, bytes: Range<Int>, sentence: Int, negated: Bool,
                inQuote: Bool, contextHeld: Bool) {
        self.entry = entry
        self.category = category
        self.tokens = tokens
        self.bytes = bytes
        self.sentence = sentence
        self.negated = negated
        self.inQuote = inQuote
        self.contextHeld = contextHeld
    }

    /// The top-level category (`threat` for `threat.water`).
    public var family: Substring {
        guard let dot = category.utf8.firstIndex(of: UInt8(ascii: ".")) else { return category[...] }
        return category[..<dot]
    }
}
