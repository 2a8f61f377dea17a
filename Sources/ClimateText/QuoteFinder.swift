/// A quotation: its marks, its content and the windows where its speech verb and speaker stand.
public struct QuoteSpan: Sendable, Hashable {
    /// Token index of the opening mark.
    public var open: Int
    /// Token index of the closing mark, nil when the quote runs to the end of its paragraph unclosed.
    public var close: Int?
    /// Token indices inside the quote.
    public var content: Range<Int>
    /// Byte range of the content (without the marks).
    public var bytes: Range<Int>
    /// Nesting depth: 0 for an outer quote, 1 for a quote inside it, ...
    public var depth: Int
    /// Tokens just before the opening mark (same sentence, at most `window`): `X said: "..."`.
    public var before: Range<Int>
    /// Tokens just after the closing mark (up to the sentence end, at most `window`): `"...", X said.`
    public var after: Range<Int>
}

/// Finds quotation spans for “ ” „ ‟ « » ‹ › ‘ ’ ‚ and straight `"`, including nested quotes.
///
/// Pairing is stack based and accepts the European conventions: English “…”, German/Dutch „…“ and
/// „…”, French « … », German »…«, single ‘…’, ‚…‘ and straight '…'. A right single quotation mark
/// closes only when a single quote is open (otherwise it is an apostrophe); a straight `'` opens only
/// before a word (not the clitics `'s`, `'t`, `'n`) and closes only when attached. A quote left open
/// at the end of a paragraph ends there (journalistic multi-paragraph quotes reopen at each
/// paragraph). The speaker windows stay inside the sentence (the after window takes the next sentence
/// of the paragraph when the quote ends its own), inside an enclosing quote, and between the
/// neighbouring quotes (`«…», racconta Omar, «…»`).
public struct QuoteFinder: Sendable {
    /// How many tokens the speaker/speech-verb windows span.
    public var window: Int

    public init(window: Int = 12) { self.window = window }

    /// The quotes of a text, in order of their opening marks.
    public func find(_ text: TokenizedText, sentences: [Sentence]) -> [QuoteSpan] {
        var stack: [(mark: UInt32, index: Int)] = []
        var found: [(open: Int, close: Int?, depth: Int)] = []
        // Most tokens are words: the loop reads the tokens and bytes in place and looks closer only
        // at marks (and at line breaks while a quote is open).
        text.tokens.withUnsafeBufferPointer { tokens in
        text.bytes.withUnsafeBufferPointer { bytes in
        for i in tokens.indices {
            if i > 0, !stack.isEmpty, UTF8Scan.hasLineBreak(bytes, Int(tokens[i - 1].end), Int(tokens[i].start)) {
                for entry in stack.reversed() { found.append((entry.index, nil, stack.firstIndex { $0.index == entry.index } ?? 0)) }
                stack.removeAll()
            }
            guard tokens[i].kind == .punctuation else { continue }
            let lead = bytes[Int(tokens[i].start)]
            if lead < 0x80, lead != 0x22, lead != 0x27 { continue }  // ASCII marks other than " and ' open or close nothing
            let mark = text.scalar(i)
            switch mark {
            case 0x201C: if !closeIfOpen([0x201E], i, &stack, &found) { stack.append((mark, i)) }
            case 0x201D: _ = closeIfOpen([0x201C, 0x201E, 0x201F, 0x201D], i, &stack, &found)
            case 0x201E, 0x201F, 0x201A: stack.append((mark, i))
            case 0xAB: if !closeIfOpen([0xBB], i, &stack, &found) { stack.append((mark, i)) }
            case 0xBB: if !closeIfOpen([0xAB], i, &stack, &found) { stack.append((mark, i)) }
            case 0x2039: if !closeIfOpen([0x203A], i, &stack, &found) { stack.append((mark, i)) }
            case 0x203A: if !closeIfOpen([0x2039], i, &stack, &found) { stack.append((mark, i)) }
            case 0x2018: if !closeIfOpen([0x201A], i, &stack, &found) { stack.append((mark, i)) }
            case 0x2019: _ = closeIfOpen([0x2018, 0x201A], i, &stack, &found)
            case 0x22: if !closeIfOpen([0x22], i, &stack, &found) { stack.append((mark, i)) }
            case 0x27:
                if closesStraightSingle(text, i), closeIfOpen([0x27], i, &stack, &found) { break }
                if opensStraightSingle(text, i) { stack.append((mark, i)) }
            default: break
            }
        }
        }
        }
        for (depth, entry) in stack.enumerated() { found.append((entry.index, nil, depth)) }
        let ordered = found.sorted { $0.open < $1.open }
        guard !ordered.isEmpty else { return [] }
        let ends = ordered.map { contentEnd(text, $0.open, $0.close) }
        let marks: [(open: Int, close: Int?)] = ordered.map { (open: $0.open, close: $0.close) }
        return ordered.indices.compactMap { k in
            span(text, sentences, ordered[k].open, ordered[k].close, ordered[k].depth, bounds: windowBounds(k, marks, ends))
        }
    }

    /// A straight `'` opens a quote after a space (or an opening mark) when a word follows it directly,
    /// except the clitics `'s`, `'t`, `'n` (Dutch `'s nachts`, `rock 'n' roll`) and years (`'90s`).
    private func opensStraightSingle(_ text: TokenizedText, _ i: Int) -> Bool {
        let tokens = text.tokens
        guard i + 1 < tokens.count, !text.hasSpace(between: i, and: i + 1), tokens[i + 1].kind == .word || tokens[i + 1].kind == .elision,
              i == 0 || text.hasSpace(between: i - 1, and: i) || tokens[i - 1].kind == .punctuation else { return false }
        let first = text.bytes[Int(tokens[i + 1].start)]
        if first >= 0x30 && first <= 0x39 { return false }
        let next = text.tokens[i + 1]
        if next.end - next.start == 1 {
            let b = text.bytes[Int(next.start)] | 0x20
            return b != UInt8(ascii: "s") && b != UInt8(ascii: "t") && b != UInt8(ascii: "n")
        }
        return true
    }

    /// A straight `'` closes a quote when it is attached to the token before it.
    private func closesStraightSingle(_ text: TokenizedText, _ i: Int) -> Bool {
        i > 0 && !text.hasSpace(between: i - 1, and: i)
    }

    /// The token index where a quote's content ends (its closing mark, or the end of its paragraph).
    private func contentEnd(_ text: TokenizedText, _ open: Int, _ close: Int?) -> Int {
        if let close { return close }
        var end = open + 1
        while end < text.tokens.count, !text.hasLineBreak(between: end - 1, and: end) { end += 1 }
        return end
    }

    /// The token range the speaker windows of quote `k` may use: inside the quote that encloses it,
    /// after the quote that closed before it and before the quote that opens after it.
    private func windowBounds(_ k: Int, _ quotes: [(open: Int, close: Int?)], _ ends: [Int]) -> Range<Int> {
        let open = quotes[k].open
        let end = ends[k]
        var lower = 0
        var upper = Int.max
        for (m, other) in quotes.enumerated() where m != k {
            if other.open < open, ends[m] > open {
                lower = max(lower, other.open + 1)  // enclosing quote
                upper = min(upper, ends[m])
            } else if ends[m] < open, let close = other.close {
                lower = max(lower, close + 1)
            } else if other.open > end, quotes[k].close != nil {
                upper = min(upper, other.open)
            }
        }
        return lower..<max(lower, upper)
    }

    /// Closes the nearest open quote whose mark is in `openers`; marks above it are dropped.
    private func closeIfOpen(_ openers: [UInt32], _ i: Int, _ stack: inout [(mark: UInt32, index: Int)],
                             _ found: inout [(open: Int, close: Int?, depth: Int)]) -> Bool {
        guard let position = stack.lastIndex(where: { openers.contains($0.mark) }) else { return false }
        found.append((stack[position].index, i, position))
        stack.removeSubrange(position...)
        return true
    }

    private func span(_ text: TokenizedText, _ sentences: [Sentence], _ open: Int, _ close: Int?, _ depth: Int,
                      bounds: Range<Int>) -> QuoteSpan? {
        let tokens = text.tokens
        let end = contentEnd(text, open, close)
        let content = (open + 1)..<max(open + 1, end)
        guard !content.isEmpty else { return nil }
        let bytes = Int(tokens[content.lowerBound].start)..<Int(tokens[content.upperBound - 1].end)
        let openSentence = sentences.first { $0.tokens.contains(open) }
        let beforeStart = max(openSentence?.tokens.lowerBound ?? 0, open - window, bounds.lowerBound)
        let afterStart = close.map { $0 + 1 } ?? end
        var afterEnd = afterStart
        if let c = close, let sentenceIndex = sentences.firstIndex(where: { $0.tokens.contains(c) }) {
            let sentence = sentences[sentenceIndex]
            var limit = sentence.tokens.upperBound
            // A quote that ends its sentence takes the next sentence of the paragraph: "“...” Said X."
            let wordsLeft = (c + 1..<limit).contains { tokens[$0].kind != .punctuation }
            if !wordsLeft, sentenceIndex + 1 < sentences.count, sentences[sentenceIndex + 1].paragraph == sentence.paragraph {
                limit = sentences[sentenceIndex + 1].tokens.upperBound
            }
            afterEnd = min(limit, c + 1 + window, bounds.upperBound)
        }
        return QuoteSpan(open: open, close: close, content: content, bytes: bytes, depth: depth,
                         before: min(beforeStart, open)..<open, after: afterStart..<max(afterStart, afterEnd))
    }
}
