/// One match of a lexicon entry without the flags: what plain dictionary matching finds.
///
/// ``LexiconMatcher/spans(in:sentences:)`` returns these; ``LexiconMatcher/match(_:)`` turns the same
/// spans into ``LexiconHit``s with their sentence, negation, quote and context flags.
public struct LexiconSpan: Sendable, Hashable {
    /// Index of the entry in its ``Lexicon/entries`` (its category: ``LexiconMatcher/category(of:)``).
    public var entry: Int
    /// Token indices covered (a phrase may span a gap).
    public var tokens: Range<Int>
    /// Byte range in the text.
    public var bytes: Range<Int>

    public init(entry: Int, tokens: Range<Int>, bytes: Range<Int>) {
        self.entry = entry
        self.tokens = tokens
        self.bytes = bytes
    }
}

extension LexiconMatcher {
    /// Every match in a tokenised text, with its entry and position, in the order of ``match(_:)``'s
    /// hits (by first token, then entry), but without the flags.
    ///
    /// This is plain dictionary matching: tokens and sentence boundaries (a phrase never crosses a
    /// sentence) are all it needs, so callers that want no negation, quote or context flags skip the
    /// quote analysis. The spans are exactly those behind ``match(_:)``'s hits.
    public func spans(in text: TokenizedText, sentences: [Sentence]) -> [LexiconSpan] {
        var sentenceOf = [Int32](repeating: 0, count: text.tokens.count)
        sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
            for (index, sentence) in sentences.enumerated() {
                for t in sentence.tokens { sentenceOf[t] = Int32(index) }
            }
        }
        let (frames, actors, negators) = sentenceOf.withUnsafeBufferPointer { core.findSpans(text, sentenceOf: $0) }
        return CompiledMatcher.ordered(frames: frames, actors: actors, negators: negators)
    }

    /// The category of a span's entry.
    public func category(of span: LexiconSpan) -> String { core.categories[span.entry] }
}
