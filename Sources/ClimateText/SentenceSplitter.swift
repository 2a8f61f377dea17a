/// One sentence: a half-open range of token indices and its byte range in the text.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var bytes: Range<Int>
    /// Index of the paragraph (blank-line or newline separated) the sentence is in.
    public var paragraph: Int
}

/// Splits tokenised text into sentences, with per-language abbreviation lists.
///
/// A sentence ends at `.`, `!`, `?`, `…` (plus any closing quotes or brackets right after) when the
/// next token starts a sentence (capitalised word, number, opening quote), the word before a period
/// is not a known abbreviation or a single-letter initial, and — in German and Dutch — not a day
/// number before a month or noun (`am 3. Oktober`). A line break always ends a sentence.
public struct SentenceSplitter: Sendable {
    public let language: String
    /// Keys (``TokenKey`` of the folded form) of the abbreviations.
    private let abbreviations: TokenKeySet
    private let numericAbbreviations: TokenKeySet
    private let monthAbbreviations: TokenKeySet

    public init(language: String) {
        self.language = language
        self.abbreviations = Abbreviations.keysByLanguage[language] ?? Abbreviations.keysCommon
        self.numericAbbreviations = Abbreviations.keysNumeric
        self.monthAbbreviations = Abbreviations.keysMonths
    }

    /// The sentences of `text`, in order, covering every token.
    public func split(_ text: TokenizedText) -> [Sentence] {
        let count = text.tokens.count
        guard count > 0 else { return [] }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(count / 16 + 1)
        var start = 0
        var paragraph = 0
        var sentenceParagraph = 0
        text.tokens.withUnsafeBufferPointer { tokens in
        text.bytes.withUnsafeBufferPointer { bytes in
            if let candidates = text.boundaryCandidates {
                // Only the candidates can end a sentence or follow a line break: the tokens between
                // them are passed over as the full loop below would.
                var i = 0
                for candidate in candidates {
                    let e = Int(candidate)
                    guard e >= i else { continue }  // inside a run of marks already taken
                    guard e < count else { break }  // a line break after the last token
                    if e > 0, e > start, UTF8Scan.hasLineBreak(bytes, Int(tokens[e - 1].end), Int(tokens[e].start)) {
                        sentences.append(make(text, start, e, sentenceParagraph))
                        start = e
                        paragraph += 1
                        sentenceParagraph = paragraph
                    }
                    guard tokens[e].kind == .punctuation, SentenceSplitter.isTerminatorByte(bytes, Int(tokens[e].start)) else {
                        i = e + 1
                        continue
                    }
                    i = endOfSentence(text, at: e, start: &start, paragraph: sentenceParagraph, into: &sentences)
                }
                return
            }
            var i = 0
            while i < count {
                let token = tokens[i]
                let isMark = token.kind == .punctuation
                if i > 0 {
                    let gapStart = Int(tokens[i - 1].end), gapEnd = Int(token.start)
                    // Fast path: a word after a single space neither ends a sentence nor starts one
                    // after a line break.
                    if !isMark, gapEnd == gapStart + 1, bytes[gapStart] == 0x20 {
                        i += 1
                        continue
                    }
                    if i > start, gapEnd > gapStart, UTF8Scan.hasLineBreak(bytes, gapStart, gapEnd) {
                        sentences.append(make(text, start, i, sentenceParagraph))
                        start = i
                        paragraph += 1
                        sentenceParagraph = paragraph
                    }
                }
                // Only . ! ? … end sentences: other tokens need no more checks.
                guard isMark, SentenceSplitter.isTerminatorByte(bytes, Int(token.start)) else {
                    i += 1
                    continue
                }
                i = endOfSentence(text, at: i, start: &start, paragraph: sentenceParagraph, into: &sentences)
            }
        }
        }
        if start < count { sentences.append(make(text, start, count, sentenceParagraph)) }
        return sentences
    }

    /// At the terminator `i`: takes the run of marks and closers after it and, when the sentence
    /// ends there, appends it (from `start`) and moves `start`; returns the token to go on from.
    private func endOfSentence(_ text: TokenizedText, at i: Int, start: inout Int, paragraph: Int,
                               into sentences: inout [Sentence]) -> Int {
        let end = runEnd(text, from: i)
        if end >= text.tokens.count || endsSentence(text, run: i, next: end) {
            sentences.append(make(text, start, end, paragraph))
            start = end
        }
        return end
    }

    /// The token after the run of terminators and closers that starts with the terminator at `i`
    /// (a run never crosses a line break).
    func runEnd(_ text: TokenizedText, from i: Int) -> Int {
        let count = text.tokens.count
        var end = i + 1
        while end < count, isTerminator(text, end) || isCloser(text, end),
              !text.hasLineBreak(between: end - 1, and: end) { end += 1 }
        return end
    }

    /// Whether the run of terminators starting at `i` ends the sentence before token `next` (its end).
    func endsSentence(_ text: TokenizedText, run i: Int, next: Int) -> Bool {
        startsSentence(text, next) && !isAbbreviationStop(text, i, next: next)
    }

    /// Whether token `i`, a terminator, is one the splitter visits as the start of a run: true unless
    /// the tokens right before it (closers, terminators that are not candidates) lead back, without a
    /// line break, to a candidate terminator whose run takes it in.
    func isRunStart(_ text: TokenizedText, _ i: Int, candidates: [Int32]) -> Bool {
        var y = i - 1
        while y >= 0, !text.hasLineBreak(between: y, and: y + 1) {
            if isTerminator(text, y) {
                if SentenceSplitter.contains(candidates, y) { return false }
            } else if !isCloser(text, y) {
                return true
            }
            y -= 1
        }
        return true
    }

    static func contains(_ sorted: [Int32], _ value: Int) -> Bool {
        let k = lowerBound(sorted, value)
        return k < sorted.count && Int(sorted[k]) == value
    }

    static func lowerBound(_ sorted: [Int32], _ value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if Int(sorted[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the punctuation token starting at `at` is `.`, `!`, `?` or `…` (U+2026: E2 80 A6).
    @inline(__always)
    private static func isTerminatorByte(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        let b = bytes[at]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        return b == 0xE2 && at + 2 < bytes.count && bytes[at + 1] == 0x80 && bytes[at + 2] == 0xA6
    }

    private func make(_ text: TokenizedText, _ from: Int, _ to: Int, _ paragraph: Int) -> Sentence {
        Sentence(tokens: from..<to, bytes: Int(text.tokens[from].start)..<Int(text.tokens[to - 1].end), paragraph: paragraph)
    }

    func isTerminator(_ text: TokenizedText, _ i: Int) -> Bool {
        guard text.tokens[i].kind == .punctuation else { return false }
        switch text.scalar(i) {
        case 0x2E, 0x21, 0x3F, 0x2026: return true  // . ! ? …
        default: return false
        }
    }

    /// Whether the mark at `i` closes a quote or bracket (and so stays with the sentence before).
    ///
    /// `”` `’` `)` `]` always close; `"` `'` `“` `«` `‘` close only when attached to the word or mark
    /// before them (English “ and French « open after a space, German “ and « close attached);
    /// `»` and `›` close when attached or followed by a space (French `fui. »`), and open when a
    /// word follows them directly (German `»Wir`).
    func isCloser(_ text: TokenizedText, _ i: Int) -> Bool {
        guard text.tokens[i].kind == .punctuation, i > 0 else { return false }
        let attached = !text.hasSpace(between: i - 1, and: i)
        switch text.scalar(i) {
        case 0x201D, 0x2019, 0x29, 0x5D: return true
        case 0x22, 0x27, 0x201C, 0xAB, 0x2018: return attached
        case 0xBB, 0x203A: return attached || i + 1 == text.tokens.count || text.hasSpace(between: i, and: i + 1)
        default: return false
        }
    }

    private func startsSentence(_ text: TokenizedText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        switch t.kind {
        case .number, .hashtag, .mention, .url: return true
        case .word, .elision: return t.isCapitalized
        case .email: return true
        case .punctuation:
            switch text.scalar(i) {
            case 0x22, 0x201C, 0x201E, 0xAB, 0x2018, 0x201A, 0x28, 0x5B, 0xBF, 0xA1, 0x2014, 0x2013, 0x2D, 0xBB, 0x27, 0x2039, 0x203A: return true
            default: return false
            }
        }
    }

    /// Whether a period at `i` belongs to an abbreviation, an initial or an ordinal rather than ending a sentence.
    private func isAbbreviationStop(_ text: TokenizedText, _ i: Int, next: Int) -> Bool {
        guard i > 0, text.scalar(i) == 0x2E, !text.hasSpace(between: i - 1, and: i) else { return false }
        let previous = text.tokens[i - 1]
        let nextIsNumber = text.tokens[next].kind == .number
        if previous.kind == .word {
            if next == i + 1, !text.hasSpace(between: i, and: next) { return true }  // inside "z.B.", "U.S."
            let (form, segments, longest) = dottedForm(text, endingAt: i - 1)
            if abbreviations.contains(form) { return true }
            if segments == 1 {
                if longest == 1, previous.isCapitalized { return true }  // initials: J. Smith
                if numericAbbreviations.contains(form) { return nextIsNumber }
                if monthAbbreviations.contains(form) {
                    return nextIsNumber || (i >= 2 && text.tokens[i - 2].kind == .number)
                }
                return false
            }
            // dotted abbreviations: "z.B.", "d.w.z.", "p.ex.", "EE.UU.", "U.S." (but "a.m."/"p.m." end sentences)
            return longest <= 3 && !Abbreviations.keysClock.contains(form)
        }
        if previous.kind == .number, language == "de" || language == "nl" || language == "da",
           text.foldedForm(i - 1).count <= 2, text.tokens[next].kind == .word { return true }
        return false
    }

    /// The key (``TokenKey`` of the folded form) of the run of words joined by periods without spaces that
    /// ends at token `last` (`z.B` → key of `z.b`), with the number of words and the length (in
    /// scalars) of the longest one.
    private func dottedForm(_ text: TokenizedText, endingAt last: Int) -> (UInt64, Int, Int) {
        var first = last
        while first >= 2, text.tokens[first - 2].kind == .word, text.scalar(first - 1) == 0x2E,
              !text.hasSpace(between: first - 2, and: first - 1), !text.hasSpace(between: first - 1, and: first) {
            first -= 2
        }
        if first == last {  // one word: its key is the token's
            let t = text.tokens[last]
            return (t.key, 1, text.folded.withUnsafeBufferPointer { SentenceSplitter.scalarCount($0, t) })
        }
        var dotted: [UInt8] = []
        var longest = 0
        text.folded.withUnsafeBufferPointer { folded in
            for k in stride(from: first, through: last, by: 2) {
                let t = text.tokens[k]
                if k != first { dotted.append(0x2E) }
                dotted += folded[Int(t.foldedStart)..<Int(t.foldedEnd)]
                longest = max(longest, SentenceSplitter.scalarCount(folded, t))
            }
        }
        return (TokenKey.hash(dotted), (last - first) / 2 + 1, longest)
    }

    /// Number of Unicode scalars in a token's folded form (bytes that do not continue a UTF-8 sequence).
    private static func scalarCount(_ folded: UnsafeBufferPointer<UInt8>, _ t: Token) -> Int {
        var n = 0
        for k in Int(t.foldedStart)..<Int(t.foldedEnd) where folded[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

extension TokenizedText {
    /// Whether the bytes between two adjacent tokens contain a line break.
    func hasLineBreak(between a: Int, and b: Int) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Scan.hasLineBreak($0, Int(tokens[a].end), Int(tokens[b].start)) }
    }

    /// Whether there is any gap (white space) between two adjacent tokens.
    func hasSpace(between a: Int, and b: Int) -> Bool { tokens[a].end < tokens[b].start }
}
