/// Apostrophe, hyphen and ordinal edge cases for ``TokenScanner``: clipped forms, lone consonants
/// after an apostrophe, ordinal indicators and truncated compounds.
extension TokenScanner {
    /// Whether `at` holds a single ASCII consonant standing alone (Dutch `m'n`, `d'r`: not elisions,
    /// since a Romance elision is followed by a vowel-initial word or `y`/`h`).
    func isLoneConsonant(at k: Int) -> Bool {
        guard k < bytes.count, k + 1 >= bytes.count || !isWordChar(UTF8Scan.decode(bytes, k + 1).0) else { return false }
        let b = bytes[k] | 0x20
        return b >= 0x61 && b <= 0x7A && !"aeiouyh".utf8.contains(b)
    }

    /// Whether `v` at `k` is an ordinal indicator (º ª) ending a number (`1º`, `1.º`, `2.ª`).
    func isOrdinalIndicator(_ v: UInt32, at k: Int) -> Bool {
        guard v == 0xBA || v == 0xAA else { return false }
        let end = k + 2
        return end >= bytes.count || !isWordChar(UTF8Scan.decode(bytes, end).0)
    }

    /// Whether a conjunction that joins truncated compounds starts at `k` (`und`, `en`, `o`, ...).
    func startsConjunction(at k: Int) -> Bool {
        guard k < bytes.count, isWordStart(k) else { return false }
        let end = simpleWordEnd(from: k)
        return end - k <= 5 && Tokenizer.conjunctionKeys.contains(foldedKey(k, end))
    }

    /// The end of a clipped form that starts with an apostrophe after a space or at the start: Dutch
    /// `'s` and `'t`, `'n'` (rock 'n' roll) and decades (`'90s`); nil otherwise.
    func leadingClippedEnd(at k: Int, length: Int) -> Int? {
        if k > 0, isWordChar(UTF8Scan.decode(bytes, k - 1).0) || bytes[k - 1] == 0x27 { return nil }
        let s = k + length
        guard s < bytes.count else { return nil }
        func boundary(_ e: Int) -> Bool { e >= bytes.count || !isWordChar(UTF8Scan.decode(bytes, e).0) }
        let b = bytes[s] | 0x20
        if b == 0x73 || b == 0x74 || b == 0x6E, boundary(s + 1) {
            if b == 0x6E, s + 1 < bytes.count, UTF8Scan.isApostrophe(UTF8Scan.decode(bytes, s + 1).0) {
                let close = s + 1 + UTF8Scan.decode(bytes, s + 1).1
                if boundary(close) { return close }  // 'n'
            }
            return s + 1
        }
        if bytes[s] >= 0x30, bytes[s] <= 0x39, s + 1 < bytes.count, bytes[s + 1] >= 0x30, bytes[s + 1] <= 0x39 {
            var e = s + 2
            if e < bytes.count, bytes[e] | 0x20 == 0x73 { e += 1 }
            if boundary(e) { return e }
        }
        return nil
    }
}
