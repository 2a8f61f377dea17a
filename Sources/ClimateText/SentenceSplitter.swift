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
    private let abbreviations: Set<String>

    public init(language: String) {
        self.language = language
        self.abbreviations = Abbreviations.common.union(Abbreviations.byLanguage[language] ?? [])
    }

    /// The sentences of `text`, in order, covering every token.
    public func split(_ text: TokenizedText) -> [Sentence] {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        var sentenceParagraph = 0
        var i = 0
        while i < tokens.count {
            if i > start, text.hasLineBreak(between: i - 1, and: i) {
                sentences.append(make(text, start, i, sentenceParagraph))
                start = i
                paragraph += 1
                sentenceParagraph = paragraph
            }
            if isTerminator(text, i) {
                var end = i + 1
                while end < tokens.count, isTerminator(text, end) || isCloser(text, end),
                      !text.hasLineBreak(between: end - 1, and: end) { end += 1 }
                if end >= tokens.count || (startsSentence(text, end) && !isAbbreviationStop(text, i, next: end)) {
                    sentences.append(make(text, start, end, sentenceParagraph))
                    start = end
                    i = end
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        if start < tokens.count { sentences.append(make(text, start, tokens.count, sentenceParagraph)) }
        return sentences
    }

    private func make(_ text: TokenizedText, _ from: Int, _ to: Int, _ paragraph: Int) -> Sentence {
        Sentence(tokens: from..<to, bytes: Int(text.tokens[from].start)..<Int(text.tokens[to - 1].end), paragraph: paragraph)
    }

    private func isTerminator(_ text: TokenizedText, _ i: Int) -> Bool {
        guard text.tokens[i].kind == .punctuation else { return false }
        switch text.scalar(i) {
        case 0x2E, 0x21, 0x3F, 0x2026: return true  // . ! ? …
        default: return false
        }
    }

    private func isCloser(_ text: TokenizedText, _ i: Int) -> Bool {
        guard text.tokens[i].kind == .punctuation else { return false }
        switch text.scalar(i) {
        case 0x22, 0x201D, 0x2019, 0xBB, 0x203A, 0x29, 0x5D, 0x201C, 0x27: return true  // " ” ’ » › ) ] “ '
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
            // " “ „ « ‘ ‚ ( [ ¿ ¡ — – - » '
            case 0x22, 0x201C, 0x201E, 0xAB, 0x2018, 0x201A, 0x28, 0x5B, 0xBF, 0xA1, 0x2014, 0x2013, 0x2D, 0xBB, 0x27: return true
            default: return false
            }
        }
    }

    /// Whether a period at `i` belongs to an abbreviation, an initial or an ordinal rather than ending a sentence.
    private func isAbbreviationStop(_ text: TokenizedText, _ i: Int, next: Int) -> Bool {
        guard i > 0, text.scalar(i) == 0x2E, !text.hasSpace(between: i - 1, and: i) else { return false }
        let previous = text.tokens[i - 1]
        let form = text.foldedForm(i - 1)
        if previous.kind == .word {
            if abbreviations.contains(form) { return true }
            if form.unicodeScalars.count == 1, previous.isCapitalized { return true }  // initials: J. Smith
            // "z.B.", "d.h.", "p.ex.": a letter, a period, a letter, a period
            if i >= 3, text.tokens[i - 2].kind == .punctuation, text.scalar(i - 2) == 0x2E, text.tokens[i - 3].kind == .word,
               text.foldedForm(i - 3).unicodeScalars.count <= 2 { return true }
        }
        if previous.kind == .number, language == "de" || language == "nl" || language == "da",
           text.foldedForm(i - 1).count <= 2, text.tokens[next].kind == .word { return true }
        return false
    }
}

extension TokenizedText {
    /// Whether the bytes between two adjacent tokens contain a line break.
    func hasLineBreak(between a: Int, and b: Int) -> Bool {
        let from = Int(tokens[a].end), to = Int(tokens[b].start)
        guard from < to else { return false }
        for k in from..<to where bytes[k] == 0x0A || bytes[k] == 0x0D { return true }
        return false
    }

    /// Whether there is any gap (white space) between two adjacent tokens.
    func hasSpace(between a: Int, and b: Int) -> Bool { tokens[a].end < tokens[b].start }
}
