/// Words and numbers for ``TokenScanner``: the full scanner behind the plain-word fast path
/// (apostrophes, hyphens, digit groups, ordinals, clock times, e-mail continuations).
extension TokenScanner {
    /// Scans the word or number at `i` with every rule (the fast path declined it) and emits it.
    mutating func scanWord() {
        let start = i
        let startsWithDigit = classOf(UTF8Scan.decode(bytes, i).0) == .digit
        var j = i
        var hyphenated = false
        var allDigits = startsWithDigit
        var groupStart = i
        var firstGroupLength = -1
        // While only ASCII letters and digits are consumed, their folded bytes and key are produced
        // on the way (emitWord would walk them again); `fastEnd` is where the first other byte stood.
        var fastEnd = -1
        while j < bytes.count {
            // ASCII fast path: letters and digits.
            let b = bytes[j]
            if b < 0x80 {
                let c = classes[Int(b)]
                if c == .letter || c == .digit {
                    if c == .letter { allDigits = false }
                    if fastEnd < 0 { out[outCount + j - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                    j += 1
                    continue
                }
            }
            if fastEnd < 0 { fastEnd = j }
            let (v, len) = UTF8Scan.decode(bytes, j)
            if isWordChar(v), v != 0x2BC {  // U+02BC is a modifier letter but written as an apostrophe
                if classOf(v) != .digit, !(allDigits && isOrdinalIndicator(v, at: j)) { allDigits = false }
                j += len
                continue
            }
            let next = j + len
            if UTF8Scan.isApostrophe(v), !allDigits, next >= bytes.count || !isWordChar(UTF8Scan.decode(bytes, next).0),
               Tokenizer.apocopeKeys.contains(foldedKey(start, j)) {
                j = next  // Italian apocope: "un po' di"
                break
            }
            guard next < bytes.count else { break }
            let (nv, _) = UTF8Scan.decode(bytes, next)
            let nextClass = classOf(nv)
            if UTF8Scan.isHyphen(v), nextClass == .letter || nextClass == .digit {
                hyphenated = true; allDigits = false; j = next; continue
            }
            if UTF8Scan.isHyphen(v), !allDigits, nv == 0x20, startsConjunction(at: next + 1) {
                hyphenated = true; j = next; break  // truncated compound: Asyl- und Migrationspolitik
            }
            if v == 0xB7, nv == 0x6C || nv == 0x4C, j > start, bytes[j - 1] == 0x6C || bytes[j - 1] == 0x4C {
                j = next; continue  // Catalan l·l
            }
            if UTF8Scan.isApostrophe(v), !allDigits, !hyphenated, nextClass == .letter || nextClass == .digit || UTF8Scan.opensQuote(nv),
               !isLoneConsonant(at: next), Tokenizer.elisionKeys.contains(foldedKey(start, j)) {
                emitWord(start, next, kind: .elision, hyphenated: false)  // l'Italia, dell'11, d'« appel »
                i = next
                return
            }
            if UTF8Scan.isApostrophe(v), nextClass == .letter, !allDigits {
                if splitsPossessive, nv == 0x73 || nv == 0x53, next + 1 >= bytes.count || !isWordChar(UTF8Scan.decode(bytes, next + 1).0) {
                    emitWord(start, j, kind: .word, hyphenated: hyphenated)  // English possessive 's
                    emitWord(j, next + 1, kind: .word, hyphenated: false)
                    i = next + 1
                    return
                }
                j = next; continue
            }
            if allDigits, v == 0x2E, isOrdinalIndicator(nv, at: next) {  // Spanish/Catalan 1.º, 2.ª
                j = next + UTF8Scan.decode(bytes, next).1
                break
            }
            if allDigits, nextClass == .digit {
                if v == 0x2E || v == 0x2C || v == 0x27 || v == 0x2019 {  // 1.249  1,249  3,5  1'000
                    j = next; continue
                }
                if v == 0x3A, j - start <= 2, digitRunLength(from: next) == 2 {  // clock time 3:45, 10:30
                    j = next; continue
                }
                if v == 0x20 || v == 0xA0 || v == 0x2009 || v == 0x202F {  // 1 249 (groups of three)
                    let groupLength = groupDigits(groupStart, j)
                    if firstGroupLength < 0 { firstGroupLength = groupLength }
                    let following = digitRunLength(from: next)
                    let validLead = (firstGroupLength == groupLength ? groupLength <= 3 : groupLength == 3)
                    if validLead, following == 3 { groupStart = next; j = next; continue }
                }
            }
            break
        }
        if j < bytes.count, TokenScanner.mayContinueEmail(bytes[j]), let emailEnd = emailEnd(wordStart: start, wordEnd: j) {
            emitVerbatim(.email, start, emailEnd)
            i = emailEnd
            return
        }
        if fastEnd < 0 || fastEnd == j {  // only ASCII letters and digits: folded bytes and key are ready
            let length = j - start
            let first = bytes[start]
            reserveToken()
            tokenOut[tokenCount] = Token(scanned: allDigits ? .number : .word, start: start, end: j, foldedStart: outCount,
                                         foldedEnd: outCount + length, key: TokenKey.hashPadded(out + outCount, count: length), isHyphenated: false,
                                         isCapitalized: first >= 0x41 && first <= 0x5A)
            tokenCount += 1
            outCount += length
        } else {
            emitWord(start, j, kind: allDigits ? .number : .word, hyphenated: hyphenated)
        }
        i = j
    }

    /// Whether a byte right after a word can continue an e-mail address (its local part or the `@`).
    @inline(__always)
    static func mayContinueEmail(_ b: UInt8) -> Bool {
        b == 0x40 || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D || b >= 0x80
            || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    func groupDigits(_ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from..<to where bytes[k] >= 0x30 && bytes[k] <= 0x39 { n += 1 }
        return n
    }

    func digitRunLength(from: Int) -> Int {
        var k = from
        while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
        if k < bytes.count, isWordChar(UTF8Scan.decode(bytes, k).0) { return -1 }
        return k - from
    }

    /// The key of the folded form of a byte range, without allocating (folded into the free space
    /// of the output buffer, which is not advanced).
    func foldedKey(_ from: Int, _ to: Int) -> UInt64 {
        var o = outCount
        var k = from
        while k < to {
            let (v, len) = UTF8Scan.decode(bytes, k)
            if v < 0x80 {
                let b = UInt8(v)
                out[o] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                o += 1
            } else {
                let info = packed(v)
                var folded = info.foldedBytes
                for _ in 0..<info.foldedCount { out[o] = UInt8(truncatingIfNeeded: folded); folded >>= 8; o += 1 }
            }
            k += len
        }
        return TokenKey.hashPadded(out + outCount, count: o - outCount)
    }
}
