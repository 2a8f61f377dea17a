/// The fast path of ``TokenScanner``: plain words, the bulk of any text, in one tight loop.
///
/// A plain word is a run of letters (ASCII, or two-byte UTF-8: Latin, Greek, Cyrillic, with
/// combining marks) that ends at the end of the text or at an ASCII byte that cannot continue,
/// split or re-classify it (a space, a comma, a closing quote, ...). Such a word is exactly one
/// ``TokenKind/word`` token, so the loop writes its folded bytes, key and flags directly. Anything
/// else (numbers, apostrophes, hyphens, periods, e-mail characters, other non-ASCII) is left to the
/// full scanner, which starts over at the same byte: the fast path never changes the tokens.
extension TokenScanner {
    /// Per ASCII byte, what it is to a plain word (low bits): ``lower``, ``upper``, ``digit``,
    /// ``end`` (ends the word, nothing more to decide), ``dot`` (ends it unless an e-mail address
    /// may go on: `.`, `_`, `%`, `+`), ``hyphen`` (joins a compound when a letter or digit follows)
    /// or ``other`` (the full scanner decides: apostrophes, `@`). Bit ``alone`` marks the marks
    /// that are always a one-byte punctuation token of their own.
    static let plainClass: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
        let byte = UInt8(b)
        let cls: UInt8 = switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"): dot
        case UInt8(ascii: "-"): hyphen
        case UInt8(ascii: "'"), UInt8(ascii: "@"): other
        default: end
        }
        let isMark = asciiClass[b] == .punctuation || asciiClass[b] == .symbol
        let isAlone = isMark && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "#") && byte != UInt8(ascii: "@")
        return cls | (isAlone ? alone : 0)
    }
    static let lower: UInt8 = 0, upper: UInt8 = 1, digit: UInt8 = 2, end: UInt8 = 3, dot: UInt8 = 4, hyphen: UInt8 = 5
    static let other: UInt8 = 6, alone: UInt8 = 0x80

    /// Whether the byte after a ``dot`` byte lets an e-mail address go on (its local part or `@`).
    @inline(__always)
    static func continuesEmail(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D || b == 0x40
    }

    /// Emits the one-byte punctuation token at `i` (a byte marked ``alone``).
    @inline(__always)
    mutating func emitMark() {
        let b = bytes[i]
        out[outCount] = b
        reserveToken()
        if b == 0x2E || b == 0x21 || b == 0x3F { markBoundary() }  // . ! ?
        tokenOut[tokenCount] = Token(scanned: .punctuation, start: i, end: i + 1, foldedStart: outCount, foldedEnd: outCount + 1,
                                     key: TokenKey.hashPadded(out + outCount, count: 1))
        tokenCount += 1
        outCount += 1
        i += 1
    }

    /// Scans the plain word starting at `i` (whose first scalar is a letter) and emits it, then
    /// the plain words (each maybe with one mark after it) that follow it after one space; false,
    /// with nothing emitted, when the first word is not plain. Words that may start a URL are left
    /// to the caller.
    @inline(__always)
    mutating func scanPlainWord() -> Bool {
        let n = bytes.count
        let base = bytes.baseAddress!, classes = plain.baseAddress!, out = self.out
        var start = i, j = i, o = outCount
        var emitted = false
        words: while true {
            var capital = base[start] &- 0x41 < 26
            var hyphenated = false
            scan: while true {
                // Eight bytes at a time while they are ASCII letters and digits; folded by setting bit
                // 0x20 (digits have it already). The output buffer has room for the whole word.
                while j &+ 8 <= n {
                    let word = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(out + o).storeBytes(of: word | 0x2020_2020_2020_2020, as: UInt64.self)
                    let run = TokenScanner.asciiAlphanumericRun(word)
                    j &+= run
                    o &+= run
                    if run < 8 {
                        // The usual end: a space, already in hand.
                        if (word >> (UInt64(run) &<< 3)) & 0xFF == 0x20 { break scan }
                        break
                    }
                }
                guard j < n else { break }
                let b = base[j]
                if b < 0x80 {
                    let c = classes[Int(b)] & 0x7F
                    if c <= TokenScanner.digit {
                        out[o] = b | 0x20
                        o &+= 1
                        j &+= 1
                        continue
                    }
                    if c == TokenScanner.end { break }
                    if c == TokenScanner.dot {
                        if j &+ 1 < n, TokenScanner.continuesEmail(base[j &+ 1]) { break words }
                        break
                    }
                    if c == TokenScanner.hyphen, j &+ 1 < n, base[j &+ 1] < 0x80, classes[Int(base[j &+ 1])] & 0x7F <= TokenScanner.digit {
                        hyphenated = true  // a compound: asylum-seekers
                        out[o] = b
                        o &+= 1
                        j &+= 1
                        continue
                    }
                    break words
                }
                // Two-byte scalars that are letters or marks (not the apostrophe-like U+02BC, the
                // ordinal indicators or the Catalan middle dot, which the full scanner handles).
                guard b >= 0xC2, b < 0xE0, j + 1 < n else { break words }
                let v = UInt32(b & 0x1F) << 6 | UInt32(base[j + 1] & 0x3F)
                let info = flat[Int(v)]
                guard info.scalarClass == .letter || info.scalarClass == .mark, v != 0x2BC, v != 0xAA, v != 0xBA else { break words }
                if j == start { capital = info.isUppercase }
                var folded = info.foldedBytes
                for _ in 0..<info.foldedCount {
                    out[o] = UInt8(truncatingIfNeeded: folded)
                    folded >>= 8
                    o &+= 1
                }
                j &+= 2
            }
            reserveToken()
            tokenOut[tokenCount] = Token(scanned: .word, start: start, end: j, foldedStart: outCount, foldedEnd: o,
                                         key: TokenKey.hashPadded(out + outCount, count: o - outCount),
                                         isHyphenated: hyphenated, isCapitalized: capital)
            tokenCount += 1
            outCount = o
            i = j
            emitted = true
            // A mark right after the word (`,` `.` `)` ...) is a token of its own, as in ``run()``.
            if j < n, base[j] < 0x80, classes[Int(base[j])] & TokenScanner.alone != 0 {
                emitMark()
                j = i
                o = outCount
            }
            // The next word, right after one space, goes on here (not one that may start a URL).
            guard j &+ 1 < n, base[j] == 0x20 else { return true }
            let next = base[j &+ 1], folded = next | 0x20
            guard folded &- 0x61 < 26 else { return true }
            if folded == 0x68 || folded == 0x77, mayStartURL(at: j &+ 1) { return true }
            j &+= 1
            start = j
        }
        // The word from `start` is not plain: the full scanner takes it from there.
        i = start
        return emitted
    }

    /// Whether the bytes at `at` may start a URL (`http://`, `https://`, `www.`, any case): false
    /// only when they surely do not. One masked eight-byte compare; near the end of the text,
    /// ``urlEnd(at:)`` decides.
    @inline(__always)
    func mayStartURL(at: Int) -> Bool {
        guard at &+ 8 <= bytes.count else { return urlEnd(at: at) != nil }
        // Setting bit 0x20 lowers the letters and keeps `:` `/` `.`; a byte it maps onto one of
        // those by mistake only sends the word to the exact test.
        let word = UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
        return word & 0x00FF_FFFF_FFFF_FFFF == 0x2F_2F3A_7074_7468 || word == 0x2F2F_3A73_7074_7468
            || word & 0xFFFF_FFFF == 0x2E77_7777
    }

    /// How many of the eight bytes of `word` (little-endian: first byte lowest), counted from the
    /// first, are ASCII letters or digits.
    ///
    /// Per byte, range tests by adding a bias that carries into the byte's top bit; a non-ASCII
    /// byte can carry into the next byte, but only bytes after the first non-ASCII one are affected.
    @inline(__always)
    static func asciiAlphanumericRun(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let lowered = word | 0x2020_2020_2020_2020
        let letter = (lowered &+ (0x80 - 0x61) &* ones) & ~(lowered &+ (0x80 - 0x7B) &* ones)
        let digit = (word &+ (0x80 - 0x30) &* ones) & ~(word &+ (0x80 - 0x3A) &* ones)
        let good = (letter | digit) & ~word & high
        return (~good & high).trailingZeroBitCount >> 3
    }
}
