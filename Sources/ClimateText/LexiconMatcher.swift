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
    public let lexicon: Lexicon
    private let frames: EntryTable
    private let actors: EntryTable
    private let negators: EntryTable
    /// Pattern variants: entry index and tokens (entries, plus hyphen-joined phrase variants).
    private let patterns: [(entry: Int, tokens: [PatternToken])]

    /// Categories besides `actor.*` whose hits give migration context (the people of the story).
    public let contextAnchors: Set<String>

    public init(lexicon: Lexicon, contextAnchors: Set<String> = ["testimony.witness_noun"]) {
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
        var frames = EntryTable(), actors = EntryTable(), negators = EntryTable()
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
        self.frames = frames
        self.actors = actors
        self.negators = negators
        self.patterns = patterns
    }

    /// All hits in the text: frame cues, actor nouns and negators, ordered by position.
    public func match(_ analysis: TextAnalysis) -> [LexiconHit] {
        let frameSpans = scan(frames, analysis)
        // Actor nouns inside an ignored span (`bird migration`, `Refugee Council`) are not anchors.
        let ignored = frameSpans.filter { lexicon.entries[$0.entry].category.hasPrefix("ignore.") }.map(\.tokens)
        let actorSpans = scan(actors, analysis).filter { span in !ignored.contains { $0.overlaps(span.tokens) } }
        // A negator inside a longer match (`sin` in `sin papeles`, `sans` in `Médecins sans Frontières`)
        // is part of that expression, not a negation.
        let phrases = (frameSpans + actorSpans).filter { $0.tokens.count > 1 }.map(\.tokens)
        let negatorSpans = scan(negators, analysis).filter { n in !phrases.contains { $0.overlaps(n.tokens) } }
        let negatorStarts = negatorSpans.map(\.tokens.lowerBound)
        let anchorStarts = (actorSpans + frameSpans.filter { contextAnchors.contains(lexicon.entries[$0.entry].category) })
            .map(\.tokens.lowerBound).sorted()
        var hits: [LexiconHit] = []
        hits.reserveCapacity(negatorSpans.count + actorSpans.count + frameSpans.count)
        for span in negatorSpans + actorSpans + frameSpans {
            let entry = lexicon.entries[span.entry]
            let first = span.tokens.lowerBound
            let sentence = Int(analysis.sentenceOfToken[first])
            let negated = entry.category != "negator" && isNegated(first, sentence, negatorStarts, analysis)
            let held = entry.context == .none || hasActor(near: span.tokens, sentence, anchorStarts, analysis)
            hits.append(LexiconHit(entry: span.entry, category: entry.category, tokens: span.tokens, bytes: span.bytes,
                                   sentence: sentence, negated: negated, inQuote: analysis.quoteOfToken[first] >= 0,
                                   contextHeld: held))
        }
        hits.sort { ($0.tokens.lowerBound, $0.category) < ($1.tokens.lowerBound, $1.category) }
        return hits
    }

    // MARK: Scanning

    struct Span { var entry: Int; var tokens: Range<Int>; var bytes: Range<Int> }

    private func scan(_ table: EntryTable, _ analysis: TextAnalysis) -> [Span] {
        guard !table.isEmpty else { return [] }
        let text = analysis.tokenized
        let tokens = text.tokens
        var spans: [Span] = []
        text.folded.withUnsafeBufferPointer { folded in
            var i = 0
            var best: [Int] = []
            while i < tokens.count {
                let token = tokens[i]
                guard token.kind == .word || token.kind == .elision || token.kind == .number else { i += 1; continue }
                var bestEnd = -1
                best.removeAll(keepingCapacity: true)
                let bytes = UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
                table.candidates(key: token.key, bytes: bytes) { id in
                    let pattern = patterns[Int(id)]
                    let end = pattern.tokens.count == 1 ? i + 1 : phraseEnd(pattern.tokens, from: i, gap: lexicon.entries[pattern.entry].gap, analysis)
                    guard let end else { return }
                    if end > bestEnd { bestEnd = end; best.removeAll(keepingCapacity: true) }
                    if end == bestEnd, !best.contains(pattern.entry) { best.append(pattern.entry) }
                }
                if bestEnd > i {
                    let range = Int(token.start)..<Int(tokens[bestEnd - 1].end)
                    // An ignored span wins a tie of equal length (`VluchtelingenWerk` vs `*vluchteling*`).
                    if best.contains(where: { lexicon.entries[$0].category.hasPrefix("ignore.") }) {
                        best.removeAll { !lexicon.entries[$0].category.hasPrefix("ignore.") }
                    }
                    for entry in best { spans.append(Span(entry: entry, tokens: i..<bestEnd, bytes: range)) }
                    i = bestEnd
                    continue
                }
                if token.isHyphenated {
                    for part in text.parts(of: i) {
                        var found: [Int] = []
                        Array(part.folded.utf8).withUnsafeBufferPointer { partBytes in
                            table.candidates(key: part.key, bytes: partBytes) { id in
                                let pattern = patterns[Int(id)]
                                if pattern.tokens.count == 1, !found.contains(pattern.entry) { found.append(pattern.entry) }
                            }
                        }
                        for entry in found { spans.append(Span(entry: entry, tokens: i..<(i + 1), bytes: part.range)) }
                    }
                }
                i += 1
            }
        }
        return spans
    }

    /// End (exclusive token index) of a phrase match starting at `start`, or nil.
    private func phraseEnd(_ pattern: [PatternToken], from start: Int, gap: Int, _ analysis: TextAnalysis) -> Int? {
        let text = analysis.tokenized
        let sentence = analysis.sentenceOfToken[start]
        var last = start
        for next in pattern.dropFirst() {
            var matched = false
            var k = last + 1
            while k <= last + 1 + gap, k < text.tokens.count, analysis.sentenceOfToken[k] == sentence {
                if next.matches(text.foldedForm(k)) { matched = true; break }
                k += 1
            }
            guard matched else { return nil }
            last = k
        }
        return last + 1
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
