import Foundation

/// Splits text into tokens over its UTF-8 bytes.
///
/// Words (letters, digits and combining marks, with internal hyphens, apostrophes and the Catalan
/// `l·l`), numbers with `.`/`,`/space/thin-space group separators (`1.249`, `1,249`, `1 249`,
/// `1 249`, `3,5`), URLs, e-mails, hashtags, mentions and single punctuation marks. Romance elisions
/// (`l'`, `dell'`, `d'`, `qu'`, `j'`, `c'`, ...) become their own ``TokenKind/elision`` token, also
/// before digits and quotation marks (`dell'11`, `d'« appel »`), but not before a lone consonant
/// (Dutch `m'n`); the possessive `'s` is split off (not in Dutch: `foto's`). Clipped forms (`'s`,
/// `'t`, `'n'`, `'90s`), clock times (`3:45`), the apocope `po'` and truncated compounds (`Asyl-` in
/// `Asyl- und Migrationspolitik`) are single tokens. Input is normalised to NFC first, so NFC and NFD
/// texts give the same tokens. Every token keeps its byte range and a folded key for matching.
public struct Tokenizer: Sendable {
    /// Folded forms that, followed by an apostrophe and a letter, are elisions (fr, it, ca).
    public static let elisions: Set<String> = [
        "l", "d", "j", "c", "s", "n", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
        "dell", "dall", "nell", "sull", "all", "coll", "pell", "dev", "quell", "quest", "un", "tutt",
        "bell", "sant", "nessun", "buon", "cent", "mezz", "po", "anch", "dov", "com", "cos", "ch",
    ]

    /// token keys of ``elisions``, so the scanner can test a prefix without making a string.
    static let elisionKeys = TokenKeySet(hashing: elisions)

    /// Folded words that keep a final apostrophe as part of the word (Italian apocope `po'`).
    static let apocopeKeys: TokenKeySet = [TokenKey.hash("po"), TokenKey.hash("mo")]

    /// Folded words that join a truncated compound: the hyphen of `Asyl- und Migrationspolitik` stays
    /// with `Asyl-`.
    static let conjunctionKeys = TokenKeySet(
        ["und", "oder", "bzw", "sowie", "en", "of", "and", "or", "e", "o", "y", "u", "i", "et", "ou", "ni"].map { TokenKey.hash($0) })

    /// The language of the texts (`nl` keeps `'s` inside words: `foto's`, `Anna's`); nil for any.
    public let language: String?

    public init(language: String? = nil) { self.language = language }

    /// Tokenises `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        let normalized = Tokenizer.needsNormalization(text) ? text.precomposedStringWithCanonicalMapping : text
        let bytes = Array(normalized.utf8)
        // Token offsets are 32-bit, folded offsets up to twice the text's.
        precondition(bytes.count < 1 << 30, "Tokenizer: texts are limited to 1 GiB (split larger ones)")
        // The scanner writes straight into the arrays' storage. Folding never more than doubles a
        // scalar's bytes. Text has about one token per five bytes: the token array gets room for one
        // per four; a denser text makes the scanner move to a buffer of its own, copied at the end.
        let tokenCapacity = bytes.count / 4 + 16
        var overflow: UnsafeMutablePointer<Token>?
        var tokenCount = 0
        var tokens: [Token] = []
        var boundaries: [Int32] = []
        let folded = [UInt8](unsafeUninitializedCapacity: bytes.count * 2 + 8) { foldedBuffer, foldedCount in
            tokens = [Token](unsafeUninitializedCapacity: tokenCapacity) { tokenBuffer, initialized in
                bytes.withUnsafeBufferPointer { buffer in
                TokenScanner.asciiClass.withUnsafeBufferPointer { classes in
                TokenScanner.plainClass.withUnsafeBufferPointer { plain in
                ScalarTable.withFlatTable { flat in
                    var scanner = TokenScanner(bytes: buffer, out: foldedBuffer.baseAddress!, tokenOut: tokenBuffer.baseAddress!,
                                               tokenCapacity: tokenCapacity, classes: classes, plain: plain, flat: flat,
                                               splitsPossessive: language != "nl")
                    scanner.boundaries.reserveCapacity(bytes.count / 48 + 4)  // about one per sentence or line
                    scanner.run()
                    boundaries = scanner.boundaries
                    foldedCount = scanner.outCount
                    tokenCount = scanner.tokenCount
                    if scanner.ownsTokenBuffer { overflow = scanner.tokenOut } else { initialized = scanner.tokenCount }
                }
                }
                }
                }
            }
        }
        if let overflow {
            tokens = Array(UnsafeBufferPointer(start: overflow, count: tokenCount))
            overflow.deallocate()
        }
        return TokenizedText(text: normalized, bytes: bytes, folded: folded, tokens: tokens, boundaryCandidates: boundaries)
    }

    /// Whether the text has combining diacritics (U+0300–U+036F) and so may not be NFC.
    ///
    /// Their UTF-8 forms start with the bytes 0xCC or 0xCD, which `memchr` finds fast; a hit is
    /// checked for the continuation bytes of the range.
    static func needsNormalization(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            for lead in [UInt8(0xCC), 0xCD] {
                var from = 0
                while from < buffer.count, let hit = memchr(base + from, Int32(lead), buffer.count - from) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if at + 1 < buffer.count {
                        let next = buffer[at + 1]
                        if lead == 0xCC ? next >= 0x80 && next <= 0xBF : next >= 0x80 && next <= 0xAF { return true }
                    }
                    from = at + 1
                }
            }
            return false
        }
    }
}

/// The scanning state machine behind ``Tokenizer``.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Folded bytes out (capacity: twice the input), and how many were written.
    let out: UnsafeMutablePointer<UInt8>
    var outCount = 0
    /// Tokens out, how many were written and the buffer's capacity (it grows: ``reserveToken()``).
    var tokenOut: UnsafeMutablePointer<Token>
    var tokenCount = 0
    var tokenCapacity: Int
    /// Whether `tokenOut` was allocated by ``reserveToken()`` (the caller then takes and frees it).
    var ownsTokenBuffer = false
    /// The tokens where a sentence may end or must start (``TokenizedText/boundaryCandidates``; a
    /// line break notes the next token to come, which may be past the last).
    var boundaries: [Int32] = []
    let classes: UnsafeBufferPointer<ScalarClass>
    /// ``plainClass``, for the fast path.
    let plain: UnsafeBufferPointer<UInt8>
    let flat: UnsafeBufferPointer<PackedScalar>
    /// Whether `'s` after a word is split off (English possessive, German `geht's`); not in Dutch.
    let splitsPossessive: Bool
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>, out: UnsafeMutablePointer<UInt8>, tokenOut: UnsafeMutablePointer<Token>, tokenCapacity: Int,
         classes: UnsafeBufferPointer<ScalarClass>, plain: UnsafeBufferPointer<UInt8>, flat: UnsafeBufferPointer<PackedScalar>,
         splitsPossessive: Bool = true) {
        self.bytes = bytes
        self.out = out
        self.tokenOut = tokenOut
        self.tokenCapacity = tokenCapacity
        self.classes = classes
        self.plain = plain
        self.flat = flat
        self.splitsPossessive = splitsPossessive
    }

    @inline(__always)
    func packed(_ v: UInt32) -> PackedScalar { v < ScalarTable.flatLimit ? flat[Int(v)] : ScalarTable.packed(v) }

    mutating func run() {
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                let c = plain[Int(b)]
                if c == TokenScanner.lower || c == TokenScanner.upper {
                    let folded = b | 0x20
                    if folded != 0x68 && folded != 0x77 || !mayStartURL(at: i) || urlEnd(at: i) == nil, scanPlainWord() { continue }  // h, w: URLs
                } else if b == 0x20 || b == 0x0A {
                    if b == 0x0A { markLineBreak() }
                    i += 1
                    continue
                } else if c & TokenScanner.alone != 0 {
                    emitMark()
                    continue
                }
            } else if b >= 0xC2, b < 0xE0, i + 1 < bytes.count,
                      flat[Int(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))].scalarClass == .letter, scanPlainWord() {
                continue
            }
            let (v, len) = UTF8Scan.decode(bytes, i)
            let cls = classOf(v)
            switch cls {
            case .letter, .digit:
                let first = bytes[i] | 0x20
                if first == 0x68 || first == 0x77, let end = urlEnd(at: i) { emitVerbatim(.url, i, end); i = end; continue }  // h, w
                scanWord()
            case .space, .other, .mark:
                if v == 0x0A || v == 0x0D { markLineBreak() }
                i += len
            case .punctuation, .symbol:
                if UTF8Scan.isApostrophe(v), let end = leadingClippedEnd(at: i, length: len) {
                    emitWord(i, end, kind: .word, hyphenated: false)  // 's nachts, 't, rock 'n' roll, the '90s
                    i = end
                    continue
                }
                if (v == 0x23 || v == 0x40), i + 1 < bytes.count, isWordStart(i + 1) {
                    let end = simpleWordEnd(from: i + 1)
                    emitVerbatim(v == 0x23 ? .hashtag : .mention, i, end)
                    i = end
                    continue
                }
                if v == 0x2026 { markBoundary() }  // …
                emitVerbatim(.punctuation, i, i + len)
                i += len
            }
        }
    }

    // MARK: Classification

    /// Classes of the ASCII bytes.
    static let asciiClass: [ScalarClass] = (0..<128).map { (b: Int) -> ScalarClass in
        switch UInt8(b) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return .space
        case 0..<0x20, 0x7F: return .other
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
             UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"): return .symbol
        default: return .punctuation
        }
    }

    @inline(__always)
    func classOf(_ v: UInt32) -> ScalarClass {
        if v < 0x80 { return classes[Int(v)] }
        return packed(v).scalarClass
    }

    @inline(__always)
    func isWordChar(_ v: UInt32) -> Bool {
        let c = classOf(v)
        return c == .letter || c == .digit || c == .mark
    }

    func isWordStart(_ at: Int) -> Bool {
        let c = classOf(UTF8Scan.decode(bytes, at).0)
        return c == .letter || c == .digit
    }

    func simpleWordEnd(from start: Int) -> Int {
        var j = start
        while j < bytes.count {
            let (v, len) = UTF8Scan.decode(bytes, j)
            if isWordChar(v) || v == 0x5F { j += len } else { break }
        }
        return j
    }
}
