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
/// „…”, French « … », German »…«, single ‘…’ and ‚…‘. A right single quotation mark closes only when
/// a single quote is open (otherwise it is an apostrophe). A quote left open at the end of a
/// paragraph ends there (journalistic multi-paragraph quotes reopen at each paragraph).
public struct QuoteFinder: Sendable {
    /// How many tokens the speaker/speech-verb windows span.
    public var window: Int

    public init(window: Int = 12) { self.window = window }

    /// The quotes of a text, in order of their opening marks.
    public func find(_ text: TokenizedText, sentences: [Sentence]) -> [QuoteSpan] {
        var stack: [(mark: UInt32, index: Int)] = []
        var found: [(open: Int, close: Int?, depth: Int)] = []
        let tokens = text.tokens
        for i in tokens.indices {
            if i > 0, !stack.isEmpty, text.hasLineBreak(between: i - 1, and: i) {
                for (depth, entry) in stack.enumerated() { found.append((entry.index, nil, depth)) }
                stack.removeAll()
            }
            guard tokens[i].kind == .punctuation else { continue }
            let mark = text.scalar(i)
            switch mark {
            case Mark.leftDouble: if !closeIfOpen(Mark.lowDouble, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.rightDouble: _ = closeIfOpen(Mark.leftDouble, Mark.lowDouble, i, &stack, &found, also: [Mark.reversedDouble, Mark.rightDouble])
            case Mark.lowDouble, Mark.reversedDouble, Mark.lowSingle: stack.append((mark, i))
            case Mark.leftGuillemet: if !closeIfOpen(Mark.rightGuillemet, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.rightGuillemet: if !closeIfOpen(Mark.leftGuillemet, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.leftSingleGuillemet: if !closeIfOpen(Mark.rightSingleGuillemet, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.rightSingleGuillemet: if !closeIfOpen(Mark.leftSingleGuillemet, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.leftSingle: if !closeIfOpen(Mark.lowSingle, nil, i, &stack, &found) { stack.append((mark, i)) }
            case Mark.rightSingle: _ = closeIfOpen(Mark.leftSingle, Mark.lowSingle, i, &stack, &found)
            case Mark.straightDouble: if !closeIfOpen(Mark.straightDouble, nil, i, &stack, &found) { stack.append((mark, i)) }
            default: break
            }
        }
        for (depth, entry) in stack.enumerated() { found.append((entry.index, nil, depth)) }
        return found.sorted { $0.open < $1.open }.compactMap { span(text, sentences, $0.open, $0.close, $0.depth) }
    }

    /// Quotation marks by scalar value.
    enum Mark {
        static let leftDouble: UInt32 = 0x201C, rightDouble: UInt32 = 0x201D, lowDouble: UInt32 = 0x201E
        static let reversedDouble: UInt32 = 0x201F, straightDouble: UInt32 = 0x22
        static let leftSingle: UInt32 = 0x2018, rightSingle: UInt32 = 0x2019, lowSingle: UInt32 = 0x201A
        static let leftGuillemet: UInt32 = 0xAB, rightGuillemet: UInt32 = 0xBB
        static let leftSingleGuillemet: UInt32 = 0x2039, rightSingleGuillemet: UInt32 = 0x203A
    }

    /// Closes the nearest open quote whose mark is one of the openers; marks above it are dropped.
    private func closeIfOpen(_ a: UInt32, _ b: UInt32?, _ i: Int, _ stack: inout [(mark: UInt32, index: Int)],
                             _ found: inout [(open: Int, close: Int?, depth: Int)], also: [UInt32] = []) -> Bool {
        guard let position = stack.lastIndex(where: { $0.mark == a || $0.mark == b || also.contains($0.mark) }) else { return false }
        found.append((stack[position].index, i, position))
        stack.removeSubrange(position...)
        return true
    }

    private func span(_ text: TokenizedText, _ sentences: [Sentence], _ open: Int, _ close: Int?, _ depth: Int) -> QuoteSpan? {
        let tokens = text.tokens
        var end = close ?? open + 1
        if close == nil {
            while end < tokens.count, !text.hasLineBreak(between: end - 1, and: end) { end += 1 }
        }
        let content = (open + 1)..<max(open + 1, end)
        guard !content.isEmpty else { return nil }
        let bytes = Int(tokens[content.lowerBound].start)..<Int(tokens[content.upperBound - 1].end)
        let openSentence = sentences.first { $0.tokens.contains(open) }
        let closeSentence = close.flatMap { c in sentences.first { $0.tokens.contains(c) } }
        let beforeStart = max(openSentence?.tokens.lowerBound ?? 0, open - window)
        var afterEnd = close.map { $0 + 1 } ?? end
        if let c = close {
            var limit = closeSentence?.tokens.upperBound ?? tokens.count
            if limit <= c + 1, let next = sentences.first(where: { $0.tokens.lowerBound == limit }) { limit = next.tokens.upperBound }
            afterEnd = min(limit, c + 1 + window)
        }
        let afterStart = close.map { $0 + 1 } ?? end
        return QuoteSpan(open: open, close: close, content: content, bytes: bytes, depth: depth,
                         before: beforeStart..<open, after: afterStart..<max(afterStart, afterEnd))
    }
}
