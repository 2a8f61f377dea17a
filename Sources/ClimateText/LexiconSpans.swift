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
    /// `sentences` are those of ``SentenceSplitter`` (in order, covering every token).
    public func spans(in text: TokenizedText, sentences: [Sentence]) -> [LexiconSpan] {
        let (frames, actors, negators, inEntryOrder) = core.findSpans(text, sentences: sentences)
        return CompiledMatcher.ordered(frames: frames, actors: actors, negators: negators, inEntryOrder: inEntryOrder)
    }

    /// The spans of ``spans(in:sentences:)`` without splitting the text into sentences first:
    /// `splitter` (that of the text's language) decides only the boundaries a phrase could cross
    /// (``SentenceSplitter/nextSentenceStart(in:after:through:)``), which is all plain matching needs.
    public func spans(in text: TokenizedText, splitter: SentenceSplitter) -> [LexiconSpan] {
        guard text.boundaryCandidates != nil else { return spans(in: text, sentences: splitter.split(text)) }
        let (frames, actors, negators, inEntryOrder) = withUnsafePointer(to: splitter) { core.findSpans(text, sentences: [], splitter: $0) }
        return CompiledMatcher.ordered(frames: frames, actors: actors, negators: negators, inEntryOrder: inEntryOrder)
    }

    /// The category of a span's entry.
    public func category(of span: LexiconSpan) -> String { core.categories[span.entry] }
}

extension CompiledMatcher {
    /// The spans of the three tables in hit order: by first token, then entry, stably (negators, then
    /// actors, then frame cues, each in table order). The spans of one table come out in token order, so
    /// when one table produced them only runs with the same first token (several entries, or the parts
    /// of a hyphenated token) can be out of order: sorting those runs gives the same order as sorting all.
    /// `inEntryOrder`: each table's spans of one token are already by entry (one table then needs nothing).
    static func ordered(frames: [Span], actors: [Span], negators: [Span], inEntryOrder: Bool = false) -> [Span] {
        let tables = (negators.isEmpty ? 0 : 1) + (actors.isEmpty ? 0 : 1) + (frames.isEmpty ? 0 : 1)
        guard tables > 1 else {
            var spans = frames.isEmpty ? (actors.isEmpty ? negators : actors) : frames
            if !inEntryOrder { sortByPosition(&spans, tables: tables) { ($0.tokens.lowerBound, $0.entry) } }
            return spans
        }
        let spans = negators + actors + frames
        // A stable sort by (first token, entry) is a sort by (first token, entry, index): packed into one integer.
        guard spans.count < 1 << 20, spans.allSatisfy({ $0.tokens.lowerBound < 1 << 24 && $0.entry < 1 << 20 }) else {
            var sorted = spans
            sortByPosition(&sorted, tables: tables) { ($0.tokens.lowerBound, $0.entry) }
            return sorted
        }
        var keys = [UInt64](repeating: 0, count: spans.count)
        for k in spans.indices { keys[k] = UInt64(spans[k].tokens.lowerBound) << 40 | UInt64(spans[k].entry) << 20 | UInt64(k) }
        keys.sort()
        return keys.map { spans[Int($0 & 0xF_FFFF)] }
    }

    /// Sorts by (first token, entry), stably; with one table only runs on one token are sorted.
    static func sortByPosition<T>(_ items: inout [T], tables: Int, _ position: (T) -> (Int, Int)) {
        guard tables == 1 else {
            var sorted = true
            for k in items.indices.dropFirst() where position(items[k]) < position(items[k - 1]) { sorted = false; break }
            if !sorted { items.sort { position($0) < position($1) } }
            return
        }
        var runStart = 0
        while runStart < items.count {
            let first = position(items[runStart]).0
            var runEnd = runStart + 1
            var sorted = true
            while runEnd < items.count, position(items[runEnd]).0 == first {
                if position(items[runEnd]).1 < position(items[runEnd - 1]).1 { sorted = false }
                runEnd += 1
            }
            if !sorted {  // stable insertion sort by entry within the run (same first token)
                for k in (runStart + 1)..<runEnd {
                    var m = k
                    while m > runStart, position(items[m]).1 < position(items[m - 1]).1 { items.swapAt(m, m - 1); m -= 1 }
                }
            }
            runStart = runEnd
        }
    }
}
