/// Sentence boundaries decided one window at a time, for matching that needs only a few of them.
///
/// A phrase never crosses a sentence boundary, but only a phrase's own few tokens can hold one, and
/// most windows hold no boundary candidate at all (``TokenizedText/boundaryCandidates``). Deciding
/// the candidates in a window, with the rules of ``SentenceSplitter/split(_:)``, gives the same
/// answer as splitting the whole text first, at a fraction of the cost.
extension SentenceSplitter {
    /// The first token in `start + 1 ... last` where a sentence of ``split(_:)`` starts, or nil
    /// when no sentence starts there.
    ///
    /// Looks at the boundary candidates from the run of marks that holds `start` (if any) to `last`:
    /// a token after a line break starts a sentence; a terminator starts a run of terminators and
    /// closers unless an earlier run takes it in, and the token after that run starts a sentence
    /// when it looks like a sentence start and the terminator is not an abbreviation's period.
    /// Without candidates (a ``TokenizedText`` made by hand) the whole text is split.
    public func nextSentenceStart(in text: TokenizedText, after start: Int, through last: Int) -> Int? {
        let count = text.tokens.count
        guard start >= 0, start < count, last > start else { return nil }
        guard let candidates = text.boundaryCandidates else {
            guard let next = split(text).first(where: { $0.tokens.lowerBound > start }) else { return nil }
            return next.tokens.lowerBound <= last ? next.tokens.lowerBound : nil
        }
        // A run of marks that holds `start` may begin before it.
        var from = start
        while from > 0, isTerminator(text, from) || isCloser(text, from), !text.hasLineBreak(between: from - 1, and: from) {
            from -= 1
        }
        var k = SentenceSplitter.lowerBound(candidates, from)
        while k < candidates.count {
            let c = Int(candidates[k])
            k += 1
            guard c <= last, c < count else { return nil }
            if c > start, c > 0, text.hasLineBreak(between: c - 1, and: c) { return c }
            guard isTerminator(text, c), isRunStart(text, c, candidates: candidates) else { continue }
            let end = runEnd(text, from: c)
            if end >= count { return nil }  // the text ends with this run
            if end > start, endsSentence(text, run: c, next: end) { return end <= last ? end : nil }
        }
        return nil
    }
}
