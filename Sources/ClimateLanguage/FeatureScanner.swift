/// Turns text into the hashed features the language model scores.
///
/// Mirrors `scripts/langid/langid_features.py` exactly: only the first `maxScalars` Unicode
/// scalars are read and lower-cased; letters are the general categories Lu Ll Lt Lm Lo Mn; an
/// apostrophe (' ’ ʼ) or middle dot (·) between two letters stays in the word (apostrophes as
/// `'`); everything else separates words. Each word of at most `maxWord` scalars, padded as
/// " word ", gives every 1...5-scalar n-gram except the lone space, plus the padded word itself
/// when the word has 4...15 scalars. A feature is the FNV-1a 64 hash of its UTF-8 bytes, so no
/// String is allocated per n-gram. Each feature comes with whether its word is capitalised
/// (first letter upper case in the text), which scoring weighs down (names, mostly).
enum FeatureScanner {
    static let maxScalars = 2000
    static let maxWord = 40
    static let maxN = 5
    static let wordFeatureLengths = 4...15

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3
    static let space = Unicode.Scalar(0x20)!

    /// Calls `body` with the hash of every feature of `text` and whether its word is
    /// capitalised; returns the number of letters read.
    @discardableResult
    static func scan(_ text: String, _ body: (UInt64, Bool) -> Void) -> Int {
        var lowered: [Unicode.Scalar] = []
        var upper: [Bool] = []
        lowered.reserveCapacity(min(text.utf8.count, maxScalars) + 8)
        upper.reserveCapacity(min(text.utf8.count, maxScalars) + 8)
        var read = 0
        for scalar in text.unicodeScalars {
            if read == maxScalars { break }
            read += 1
            if scalar.isASCII {
                let v = scalar.value
                let isUpper = v >= 0x41 && v <= 0x5A
                lowered.append(isUpper ? Unicode.Scalar(v + 0x20)! : scalar)
                upper.append(isUpper)
            } else {
                var first = true
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    lowered.append(lower)
                    upper.append(first && scalar.properties.isUppercase)
                    first = false
                }
            }
        }
        var letters = 0
        var word: [Unicode.Scalar] = [space]
        var capitalised = false
        word.reserveCapacity(64)
        for (i, scalar) in lowered.enumerated() {
            if isLetter(scalar) {
                letters += 1
                if word.count == 1 { capitalised = upper[i] }
                word.append(scalar)
            } else if let joiner = joiner(scalar), word.count > 1, i + 1 < lowered.count,
                isLetter(lowered[i + 1])
            {
                word.append(joiner)
            } else if word.count > 1 {
                emitWord(&word, capitalised, body)
            }
        }
        if word.count > 1 { emitWord(&word, capitalised, body) }
        return letters
    }

    /// Emits the features of the word in `padded` (which starts with a space) and resets it.
    private static func emitWord(
        _ padded: inout [Unicode.Scalar], _ capitalised: Bool, _ body: (UInt64, Bool) -> Void
    ) {
        let length = padded.count - 1
        if length <= maxWord {
            padded.append(space)
            let count = padded.count
            for start in 0..<count {
                var hash = fnvOffset
                for n in 1...maxN where start + n <= count {
                    hash = feed(hash, padded[start + n - 1])
                    if n == 1 && padded[start] == space { continue }
                    body(hash, capitalised)
                }
            }
            if wordFeatureLengths.contains(length) {
                var hash = fnvOffset
                for scalar in padded { hash = feed(hash, scalar) }
                body(hash, capitalised)
            }
        }
        padded.removeSubrange(1...)
    }

    /// Whether `scalar` counts as a letter (general category L* or Mn).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark:
            return true
        default:
            return false
        }
    }

    /// The scalar a word-internal apostrophe or middle dot is kept as, or nil.
    @inline(__always)
    static func joiner(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x27, 0x2019, 0x02BC: return Unicode.Scalar(0x27)!
        case 0xB7: return scalar
        default: return nil
        }
    }

    /// FNV-1a step over the UTF-8 bytes of one scalar.
    @inline(__always)
    static func feed(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var h = hash
        let v = scalar.value
        @inline(__always) func byte(_ b: UInt32) { h = (h ^ UInt64(b)) &* fnvPrime }
        if v < 0x80 {
            byte(v)
        } else if v < 0x800 {
            byte(0xC0 | (v >> 6)); byte(0x80 | (v & 0x3F))
        } else if v < 0x10000 {
            byte(0xE0 | (v >> 12)); byte(0x80 | ((v >> 6) & 0x3F)); byte(0x80 | (v & 0x3F))
        } else {
            byte(0xF0 | (v >> 18)); byte(0x80 | ((v >> 12) & 0x3F))
            byte(0x80 | ((v >> 6) & 0x3F)); byte(0x80 | (v & 0x3F))
        }
        return h
    }

    /// The hash of a feature given as a string (spaces included), as `scan` computes it.
    static func hash(_ feature: String) -> UInt64 {
        var hash = fnvOffset
        for scalar in feature.unicodeScalars { hash = feed(hash, scalar) }
        return hash
    }
}
