/// What kind of text a token is.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case word
    case number
    case url
    case email
    case hashtag
    case mention
    case punctuation
    /// An elided article or preposition split off a word: `l'`, `dell'`, `d'`, `qu'`.
    case elision

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .mention: "mention"
        case .punctuation: "punct"
        case .elision: "elision"
        }
    }
}

/// One token: its kind, its UTF-8 byte range in the text and where its folded form sits.
///
/// Tokens are small value types (24 bytes); strings are made only on demand through
/// ``TokenizedText``. The folded form (lower case, diacritics removed, `ß` → `ss`) is what
/// lexicon matching compares; `key` is its 64-bit FNV-1a hash for table look-ups.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// Set when a word contains a hyphen (a compound whose parts are reachable with `parts`).
    public var isHyphenated: Bool
    /// Set when the first letter is upper case.
    public var isCapitalized: Bool
    /// Byte range in the text (UTF-8 offsets).
    public var start: Int32
    public var end: Int32
    /// Byte range of the folded form in ``TokenizedText/folded``.
    public var foldedStart: Int32
    public var foldedEnd: Int32
    /// FNV-1a hash of the folded form.
    public var key: UInt64

    public init(kind: TokenKind, start: Int, end: Int, foldedStart: Int, foldedEnd: Int, key: UInt64,
                isHyphenated: Bool = false, isCapitalized: Bool = false) {
        self.kind = kind
        self.start = Int32(start)
        self.end = Int32(end)
        self.foldedStart = Int32(foldedStart)
        self.foldedEnd = Int32(foldedEnd)
        self.key = key
        self.isHyphenated = isHyphenated
        self.isCapitalized = isCapitalized
    }

    /// The byte range in the text.
    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// 64-bit FNV-1a, the hash used for token keys and lexicon tables.
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Hash of a byte sequence.
    @inlinable
    public static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Hash of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 { hash(text.utf8) }
}
