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
/// lexicon matching compares; `key` is its ``TokenKey`` hash for table look-ups.
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
    /// ``TokenKey`` hash of the folded form.
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

    /// The scanner's initializer: offsets known to fit in 32 bits (``Tokenizer`` takes texts below
    /// 1 GiB), so no overflow checks per token.
    @inline(__always)
    init(scanned kind: TokenKind, start: Int, end: Int, foldedStart: Int, foldedEnd: Int, key: UInt64,
         isHyphenated: Bool = false, isCapitalized: Bool = false) {
        self.kind = kind
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.foldedStart = Int32(truncatingIfNeeded: foldedStart)
        self.foldedEnd = Int32(truncatingIfNeeded: foldedEnd)
        self.key = key
        self.isHyphenated = isHyphenated
        self.isCapitalized = isCapitalized
    }

    /// The byte range in the text.
    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// The 64-bit hash of a token's folded bytes, the key of every look-up table over tokens.
///
/// Eight bytes at a time, each word folded in with one full-width multiply whose two halves are
/// xored (the "mum" step of wyhash), so a typical word costs a single multiply instead of one per
/// byte. Collisions between different byte strings have probability about 2⁻⁶⁴. Keys are made in
/// memory only (never stored), so the function may change between versions.
public enum TokenKey {
    /// The key of `count` bytes at `bytes`.
    @inlinable
    public static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let (h, k) = wholeWords(bytes, count: count)
        var last: UInt64 = 0
        for m in 0..<(count - k) { last |= UInt64(bytes[k + m]) << (8 * UInt64(m)) }
        return mix(h, last)
    }

    /// The key of `count` bytes at `bytes`, when at least eight bytes past the start of the last
    /// word may be read (the tokenizer's output buffer has that slack): no byte loop for the tail.
    @inlinable @inline(__always)
    public static func hashPadded(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let (h, k) = wholeWords(bytes, count: count)
        let rest = count &- k
        let word = rest == 0 ? 0 : UnsafeRawPointer(bytes + k).loadUnaligned(as: UInt64.self) & (UInt64.max >> (64 &- 8 &* UInt64(rest)))
        return mix(h, word)
    }

    /// The state after every eight-byte word but the last (1...8 bytes, or none when `count` is 0),
    /// and where that last word starts.
    @usableFromInline @inline(__always)
    static func wholeWords(_ bytes: UnsafePointer<UInt8>, count: Int) -> (state: UInt64, tail: Int) {
        var h = UInt64(truncatingIfNeeded: count) ^ seed
        var k = 0
        while k &+ 8 < count {
            h = mix(h, UnsafeRawPointer(bytes + k).loadUnaligned(as: UInt64.self))
            k &+= 8
        }
        return (h, k)
    }

    /// The key of a byte sequence.
    public static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        if let key = bytes.withContiguousStorageIfAvailable({ $0.isEmpty ? mix(seed, 0) : hash($0.baseAddress!, count: $0.count) }) {
            return key
        }
        return hash(Array(bytes))
    }

    /// The key of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { $0.isEmpty ? mix(seed, 0) : hash($0.baseAddress!, count: $0.count) }
    }

    @usableFromInline static let seed: UInt64 = 0xA076_1D64_78BD_642F

    /// One step: the word and the state multiplied full width, high and low halves xored.
    @usableFromInline @inline(__always)
    static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let product = (word ^ 0xE703_7ED1_A0B4_28DB).multipliedFullWidth(by: h ^ 0x8EBC_6AF0_9C88_C6E3)
        return product.high ^ product.low
    }
}
