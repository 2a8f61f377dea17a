/// Matches a compiled lexicon against analysed text in one pass per table.
///
/// Three tables are matched: frame cues (every category except `actor.*` and `negator`), actor nouns
/// (`actor.*`, the migration-context anchors, with `contextAnchors` such as survivors and relatives)
/// and negators. Actor nouns inside an `ignore.*` span (`bird migration`) are dropped. Within a table matching is leftmost-
/// longest and non-overlapping: at each token the longest matching pattern wins (a phrase beats a
/// word, so `humanitarian crisis` or `Missing Migrants Project` hide the `crisis`/`missing` inside
/// them); entries with the same span in several categories all produce hits. A hyphenated token
/// that matches nothing whole is tried part by part (`anti-migrant` → `migrant`), and two-or-more
/// word phrases also match their hyphenated spelling (`asylum seeker*` ~ `asylum-seekers`).
/// Each hit records its sentence, whether a negator stands within the negation window before it,
/// whether it is inside a quotation and whether its context condition held.
public struct LexiconMatcher: Sendable {
    /// The compiled tables, behind one reference: copying a matcher (a dictionary look-up per
    /// article) retains one object instead of every table.
    let core: CompiledMatcher

    public var lexicon: Lexicon { core.lexicon }
    /// Categories besides `actor.*` whose hits give migration context (the people of the story).
    public var contextAnchors: Set<String> { core.contextAnchors }

    public init(lexicon: Lexicon, contextAnchors: Set<String> = ["testimony.witness_noun"]) {
        core = CompiledMatcher(lexicon: lexicon, contextAnchors: contextAnchors)
    }

    /// All hits in the text: frame cues, actor nouns and negators, ordered by position.
    public func match(_ analysis: TextAnalysis) -> [LexiconHit] { core.match(analysis) }
}

/// The immutable compiled tables of a ``LexiconMatcher`` (shared read-only across threads).
final class CompiledMatcher: Sendable {
    let lexicon: Lexicon
    let frames: EntryTable
    let actors: EntryTable
    let negators: EntryTable
    /// The patterns (entries, plus hyphen-joined phrase variants) and per-entry flags in flat memory:
    /// the hot loops read them without retaining arrays (freed with the matcher).
    let flat: FlatPatterns
    /// The memo of each token type's first-token candidates in the three tables (shared by threads).
    let candidateCache = CandidateCache()
    /// Per entry: flags computed once (string comparisons are too slow for the hot loop; whether an
    /// entry is ignored is in `flat`).
    private let needsContext: [Bool]
    private let isNegatorEntry: [Bool]
    private let isAnchor: [Bool]
    /// Whether any entry has a context condition (else anchors need not be collected).
    private let hasContextEntries: Bool
    /// Whether any entry is an `ignore.*` entry.
    let anyIgnore: Bool
    /// Per entry: its category.
    let categories: [String]

    let contextAnchors: Set<String>

    init(lexicon: Lexicon, contextAnchors: Set<String>) {
        self.lexicon = lexicon
        self.contextAnchors = contextAnchors
        var patterns: [(entry: Int, tokens: [PatternToken])] = []
        for (index, entry) in lexicon.entries.enumerated() {
            patterns.append((index, entry.tokens))
            if entry.tokens.count > 1, entry.gap == 0, entry.tokens.dropLast().allSatisfy({ !$0.isGlob }) {
                let joined = entry.tokens.map { token -> String in
                    switch token { case .exact(let w): w; case .glob(let g): g.text }
                }.joined(separator: "-")
                if let last = entry.tokens.last, last.isGlob, let glob = GlobPattern(joined) {
                    patterns.append((index, [.glob(glob)]))
                } else if !(entry.tokens.last?.isGlob ?? false) {
                    patterns.append((index, [.exact(joined)]))
                }
            }
        }
        let frames = EntryTable(), actors = EntryTable(), negators = EntryTable()
        for (id, pattern) in patterns.enumerated() {
            let category = lexicon.entries[pattern.entry].category
            if category.hasPrefix("actor.") {
                actors.add(pattern.tokens[0], entry: Int32(id))
            } else if category == "negator" {
                negators.add(pattern.tokens[0], entry: Int32(id))
            } else {
                frames.add(pattern.tokens[0], entry: Int32(id))
            }
        }
        let isIgnore = lexicon.entries.map { $0.category.hasPrefix("ignore.") }
        isAnchor = lexicon.entries.map { contextAnchors.contains($0.category) }
        needsContext = lexicon.entries.map { $0.context != .none }
        isNegatorEntry = lexicon.entries.map { $0.category == "negator" }
        hasContextEntries = needsContext.contains(true)
        anyIgnore = isIgnore.contains(true)
        categories = lexicon.entries.map(\.category)
        flat = FlatPatterns(patterns: patterns, isIgnore: isIgnore, gaps: lexicon.entries.map { Int32($0.gap) })
        frames.finish()
        actors.finish()
        negators.finish()
        self.frames = frames
        self.actors = actors
        self.negators = negators
    }

    deinit { flat.free() }

    func match(_ analysis: TextAnalysis) -> [LexiconHit] {
        let (frameSpans, actorSpans, negatorSpans, inEntryOrder) = findSpans(analysis.tokenized, sentences: analysis.sentences)
        let negatorStarts = negatorSpans.map(\.tokens.lowerBound)
        // Anchors matter only to entries with a context condition.
        let anchorStarts = hasContextEntries
            ? (actorSpans + frameSpans.filter { isAnchor[$0.entry] }).map(\.tokens.lowerBound).sorted() : []
        // Hits are made in their final order (spans are plain values: sorting them copies no strings).
        let spans = CompiledMatcher.ordered(frames: frameSpans, actors: actorSpans, negators: negatorSpans, inEntryOrder: inEntryOrder)
        var hits: [LexiconHit] = []
        hits.reserveCapacity(spans.count)
        for span in spans {
            let first = span.tokens.lowerBound
            let sentence = Int(analysis.sentenceOfToken[first])
            let negated = !negatorStarts.isEmpty && !isNegatorEntry[span.entry] && isNegated(first, sentence, negatorStarts, analysis)
            let held = !needsContext[span.entry] || hasActor(near: span.tokens, sentence, anchorStarts, analysis)
            hits.append(LexiconHit(entry: span.entry, category: categories[span.entry], tokens: span.tokens,
                                   bytes: span.bytes, sentence: sentence, negated: negated,
                                   inQuote: analysis.quoteOfToken[first] >= 0, contextHeld: held))
        }
        return hits
    }

    // MARK: Scanning

    typealias Span = LexiconSpan

    /// The spans of the three tables: frame cues, actor nouns outside ignored spans, and negators
    /// that are not part of a longer match (each table's spans in token order), and whether the spans
    /// of each token are also in entry order in every table.
    /// `splitter` (with empty `sentences`): sentence boundaries are decided only where a phrase could cross one.
    func findSpans(_ text: TokenizedText, sentences: [Sentence], splitter: UnsafePointer<SentenceSplitter>? = nil)
        -> (frames: [Span], actors: [Span], negators: [Span], inEntryOrder: Bool) {
        guard !(frames.isEmpty && actors.isEmpty && negators.isEmpty) else { return ([], [], [], true) }
        let cache = candidateCache
        // The frames scan probes every word; the lists are kept for the other tables when they have entries.
        let others = !actors.isEmpty || !negators.isEmpty
        var perToken = [UInt64](repeating: 0, count: others ? text.tokens.count : 0)
        return perToken.withUnsafeMutableBufferPointer { perToken in
            let frameScan = scan(.frames, text, sentences, splitter, cache, perToken, probes: true, records: others)
            let actorScan = actors.isEmpty ? (spans: [Span](), inEntryOrder: true) : scan(.actors, text, sentences, splitter, cache, perToken, probes: false, records: false)
            var actorSpans = actorScan.spans
            if !actorSpans.isEmpty {
                // Actor nouns inside an ignored span (`bird migration`, `Refugee Council`) are not anchors.
                let ignored = frameScan.spans.filter { flat.isIgnore.items[$0.entry] }.map(\.tokens)
                if !ignored.isEmpty { actorSpans.removeAll { span in ignored.contains { $0.overlaps(span.tokens) } } }
            }
            let negatorScan = negators.isEmpty ? (spans: [Span](), inEntryOrder: true) : scan(.negators, text, sentences, splitter, cache, perToken, probes: false, records: false)
            var negatorSpans = negatorScan.spans
            if !negatorSpans.isEmpty {
                // A negator inside a longer match (`sin` in `sin papeles`, `sans` in `Médecins sans Frontières`)
                // is part of that expression, not a negation.
                let phrases = (frameScan.spans + actorSpans).filter { $0.tokens.count > 1 }.map(\.tokens)
                if !phrases.isEmpty { negatorSpans.removeAll { n in phrases.contains { $0.overlaps(n.tokens) } } }
            }
            return (frameScan.spans, actorSpans, negatorSpans, frameScan.inEntryOrder && actorScan.inEntryOrder && negatorScan.inEntryOrder)
        }
    }

    private func scan(_ which: CandidateList.Table, _ text: TokenizedText, _ sentences: [Sentence], _ splitter: UnsafePointer<SentenceSplitter>?,
                      _ cache: CandidateCache, _ perToken: UnsafeMutableBufferPointer<UInt64>, probes: Bool,
                      records: Bool) -> (spans: [Span], inEntryOrder: Bool) {
        withUnsafePointer(to: text) { textPointer in
        sentences.withUnsafeBufferPointer { sentences in
        text.folded.withUnsafeBufferPointer { folded in
        text.tokens.withUnsafeBufferPointer { tokens in
            var scanner = SpanScanner(matcher: self, which: which, cache: cache, text: textPointer, tokens: tokens, folded: folded,
                                      sentences: sentences, splitter: splitter, perToken: perToken, probes: probes, records: records)
            scanner.run()
            return (scanner.spans, scanner.inEntryOrder)
        }
        }
        }
        }
    }

    // MARK: Flags

    private func isNegated(_ token: Int, _ sentence: Int, _ negators: [Int], _ analysis: TextAnalysis) -> Bool {
        let window = lexicon.settings.negationWindow
        for n in negators where n < token && n >= token - window && Int(analysis.sentenceOfToken[n]) == sentence { return true }
        return false
    }

    private func hasActor(near range: Range<Int>, _ sentence: Int, _ actors: [Int], _ analysis: TextAnalysis) -> Bool {
        let window = lexicon.settings.contextWindow
        for a in actors {
            if Int(analysis.sentenceOfToken[a]) == sentence { return true }
            if a >= range.lowerBound - window && a < range.upperBound + window { return true }
        }
        return false
    }
}
