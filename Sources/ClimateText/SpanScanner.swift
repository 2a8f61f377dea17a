/// One table's leftmost-longest scan over the tokens of a text: the hot loop of ``CompiledMatcher``.
///
/// At each token the longest matching pattern wins and the scan resumes after it; entries with the
/// same span all produce spans. The first scan of a text *probes*: it looks every word up in the
/// ``CandidateCache`` (computing what is missing) and, when other tables follow, records the lists
/// in `perToken` for them. The common cases stay in a small loop: a token without candidates is
/// passed over, one with a resolved list (single words only) becomes its spans at once. Everything
/// else (phrases, the parts of a hyphenated word, uncached types) goes through ``resolve(_:_:)``.
struct SpanScanner: ~Copyable {
    let matcher: CompiledMatcher
    let which: CandidateList.Table
    let cache: CandidateCache
    /// The cache's table as last seen (refreshed after each insert).
    private var table: CandidateCache.Table
    /// The text (its bytes for the parts of hyphenated words, and for sentence boundaries): a pointer,
    /// valid during the scan, so making a scanner retains none of its arrays.
    let text: UnsafePointer<TokenizedText>
    let tokens: UnsafeBufferPointer<Token>
    let folded: UnsafeBufferPointer<UInt8>
    /// The sentences (covering every token, in order): a phrase never crosses their boundaries.
    let sentences: UnsafeBufferPointer<Sentence>
    /// When there are no `sentences`: the splitter that decides the boundaries a phrase could cross.
    let splitter: UnsafePointer<SentenceSplitter>?
    /// The matcher's patterns (``FlatPatterns``), and their entries and token counts.
    let flat: FlatPatterns
    let patternEntry: UnsafePointer<Int32>
    let patternLength: UnsafePointer<Int32>
    /// The ``CandidateList`` of each token: written by a probing scan that `records`, else read.
    let perToken: UnsafeMutableBufferPointer<UInt64>
    let probes: Bool
    let records: Bool
    /// The spans found, in token order.
    var spans: [LexiconSpan] = []
    /// Whether the spans of each token are also in entry order (only the parts of a hyphenated word
    /// can break it).
    var inEntryOrder = true
    /// How many tokens ahead the cache slot of a token is prefetched.
    static let lookahead = 12
    private var candidates = IDBuffer(capacity: 64)
    private var best = IDBuffer(capacity: 16)
    private var items = IDBuffer(capacity: 16)

    init(matcher: CompiledMatcher, which: CandidateList.Table, cache: CandidateCache, text: UnsafePointer<TokenizedText>,
         tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, sentences: UnsafeBufferPointer<Sentence>,
         splitter: UnsafePointer<SentenceSplitter>?, perToken: UnsafeMutableBufferPointer<UInt64>, probes: Bool, records: Bool) {
        self.matcher = matcher
        self.which = which
        self.cache = cache
        self.table = cache.table
        self.text = text
        self.tokens = tokens
        self.folded = folded
        self.sentences = sentences
        self.splitter = splitter
        flat = matcher.flat
        patternEntry = UnsafePointer(matcher.flat.entry.items)
        patternLength = UnsafePointer(matcher.flat.length.items)
        self.perToken = perToken
        self.probes = probes
        self.records = records
    }

    mutating func run() {
        spans.reserveCapacity(tokens.count / 2)
        if probes { for k in 0..<min(SpanScanner.lookahead, tokens.count) { table.prefetch(CandidateCache.stored(tokens[k].key)) } }
        var i = 0
        while i < tokens.count {
            if probes, i + SpanScanner.lookahead < tokens.count { table.prefetch(CandidateCache.stored(tokens[i + SpanScanner.lookahead].key)) }
            let list = probes ? probe(i) : perToken[i]
            if list != CandidateList.uncached {
                let count = CandidateList.count(list, which)
                if count == 0 {
                    i = tokens[i].isHyphenated ? resolve(i, list) : i + 1
                    continue
                }
                if CandidateList.isResolved(list, which) {
                    let arena = cache.arena
                    let range = tokens[i].range
                    for k in 0..<count {
                        spans.append(LexiconSpan(entry: CandidateList.item(list, which, k, arena: arena), tokens: i..<(i + 1), bytes: range))
                    }
                    i += 1
                    continue
                }
            }
            let next = resolve(i, list)
            if records, next > i + 1 { for k in (i + 1)..<next { _ = probe(k) } }  // inside a phrase: other tables need them
            i = next
        }
    }

    /// The ``CandidateList`` of token `i` from the cache (computed and cached when missing), recorded
    /// in `perToken` when the scan `records`.
    @inline(__always)
    private mutating func probe(_ i: Int) -> UInt64 {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .elision || token.kind == .number else { return 0 }
        let list: UInt64
        if let cached = table.lookup(CandidateCache.stored(token.key)) {
            list = cached
        } else {
            let bytes = UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
            list = matcher.cacheCandidates(key: token.key, bytes: bytes, in: cache, scratch: &candidates, items: &items)
            table = cache.table  // an insert may have published a bigger table
        }
        if records { perToken[i] = list }
        return list
    }

    /// Finds the longest match at token `i` (its candidates: `list`), or the matches of its
    /// hyphen-separated parts, and returns the token to continue at.
    @inline(never)
    mutating func resolve(_ i: Int, _ list: UInt64) -> Int {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .elision || token.kind == .number else { return i + 1 }
        let fromTable = list == CandidateList.uncached
        if fromTable {  // a type with too many candidates to cache
            candidates.removeAll()
            let bytes = UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
            tableCandidates(key: token.key, bytes: bytes)
        }
        let resolved = !fromTable && CandidateList.isResolved(list, which)
        let count = fromTable ? candidates.count : CandidateList.count(list, which)
        var bestEnd = -1
        best.removeAll()
        for c in 0..<count {
            let item = fromTable ? Int(candidates[c]) : CandidateList.item(list, which, c, arena: cache.arena)
            let entry = resolved ? Int32(item) : patternEntry[item]
            guard let end = resolved || patternLength[item] == 1 ? i + 1
                    : phraseEnd(item, from: i, gap: Int(flat.gap.items[Int(entry)]))
            else { continue }
            if end > bestEnd { bestEnd = end; best.removeAll() }
            if end == bestEnd, !best.contains(entry) { best.append(entry) }
        }
        if bestEnd > i {
            let range = Int(token.start)..<Int(tokens[bestEnd - 1].end)
            // An ignored span wins a tie of equal length (`VluchtelingenWerk` vs `*vluchteling*`).
            if best.count > 1, matcher.anyIgnore {
                let isIgnore = flat.isIgnore.items  // per entry
                var hasIgnored = false
                for k in 0..<best.count where isIgnore[Int(best[k])] { hasIgnored = true }
                if hasIgnored { best.filter { isIgnore[Int($0)] } }
            }
            best.sort()  // spans of one token by entry: hits need no sorting later
            for k in 0..<best.count { spans.append(LexiconSpan(entry: Int(best[k]), tokens: i..<bestEnd, bytes: range)) }
            return bestEnd
        }
        if token.isHyphenated { matchParts(of: i) }
        return i + 1
    }

    /// Spans for the parts of a hyphenated token that match nothing whole (`anti-migrant` → `migrant`).
    ///
    /// The parts are the hyphen-separated pieces of the surface (as ``TokenizedText/parts(of:)``),
    /// folded into a scratch buffer: no strings are made.
    private mutating func matchParts(of i: Int) {
        let token = tokens[i]
        let end = Int(token.end)
        var partStart = Int(token.start), cursor = partStart
        var scratch = [UInt8]()
        scratch.reserveCapacity(Int(token.foldedEnd - token.foldedStart) + 8)
        text.pointee.bytes.withUnsafeBufferPointer { bytes in
            while cursor <= end {
                let (value, length) = cursor < end ? UTF8Scan.decode(bytes, cursor) : (0x2D, 0)
                if UTF8Scan.isHyphen(value) {
                    if cursor > partStart {
                        scratch.removeAll(keepingCapacity: true)
                        ScalarTable.appendFolded(UnsafeBufferPointer(rebasing: bytes[partStart..<cursor]), to: &scratch)
                        matchPart(scratch, range: partStart..<cursor, token: i)
                    }
                    partStart = cursor + length
                }
                if cursor == end { break }
                cursor += length
            }
        }
    }

    /// Spans for one part of token `i`: its single-word patterns, each entry once. The part's
    /// candidates come from the cache, like a token's.
    private mutating func matchPart(_ folded: [UInt8], range: Range<Int>, token i: Int) {
        let list = folded.withUnsafeBufferPointer { partBytes -> UInt64 in
            let key = TokenKey.hash(partBytes)
            return cache.table.lookup(CandidateCache.stored(key))
                ?? matcher.cacheCandidates(key: key, bytes: partBytes, in: cache, scratch: &candidates, items: &items)
        }
        best.removeAll()  // the entries found, in candidate order
        if list == CandidateList.uncached {
            candidates.removeAll()
            folded.withUnsafeBufferPointer { partBytes in tableCandidates(key: TokenKey.hash(partBytes), bytes: partBytes) }
            for c in 0..<candidates.count where patternLength[Int(candidates[c])] == 1 {
                let entry = patternEntry[Int(candidates[c])]
                if !best.contains(entry) { best.append(entry) }
            }
        } else {
            let count = CandidateList.count(list, which), resolved = CandidateList.isResolved(list, which)
            let arena = cache.arena
            for c in 0..<count {
                let item = CandidateList.item(list, which, c, arena: arena)
                guard resolved || patternLength[item] == 1 else { continue }
                let entry = resolved ? Int32(item) : patternEntry[item]
                if !best.contains(entry) { best.append(entry) }
            }
        }
        for k in 0..<best.count {
            if let last = spans.last, last.tokens.lowerBound == i, last.entry > Int(best[k]) { inEntryOrder = false }
            spans.append(LexiconSpan(entry: Int(best[k]), tokens: i..<(i + 1), bytes: range))
        }
    }

    /// A bound on a phrase from token `t` reaching at most `reach` tokens further: the start of the
    /// next sentence when it lies in that reach, else a token beyond it.
    private func sentenceLimit(from t: Int, reach: Int) -> Int {
        guard let splitter else { return sentenceEnd(containing: t) }
        return splitter.pointee.nextSentenceStart(in: text.pointee, after: t, through: t + reach) ?? tokens.count
    }

    /// The end (exclusive token index) of the sentence holding token `t` (binary search; the end
    /// of the text when no sentence holds it).
    private func sentenceEnd(containing t: Int) -> Int {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].tokens.upperBound <= t { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].tokens.lowerBound <= t ? sentences[low].tokens.upperBound : tokens.count
    }

    /// Appends the candidates of folded bytes in this scanner's table to `candidates`.
    private mutating func tableCandidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>) {
        switch which {
        case .frames: matcher.frames.candidates(key: key, bytes: bytes, into: &candidates)
        case .actors: matcher.actors.candidates(key: key, bytes: bytes, into: &candidates)
        case .negators: matcher.negators.candidates(key: key, bytes: bytes, into: &candidates)
        }
    }

    /// End (exclusive token index) of a phrase match starting at `start`, or nil. Exact tokens are
    /// compared by key; globs by their folded text. A phrase never crosses a sentence boundary.
    ///
    /// Each token of the pattern takes the first token that matches it within the gap, so the
    /// phrase stays inside the sentence exactly when its last token does: the tokens are matched
    /// first and the sentence boundary is looked for only for a phrase that matched.
    private func phraseEnd(_ pattern: Int, from start: Int, gap: Int) -> Int? {
        let flat = self.flat
        let first = Int(flat.tokenStart.items[pattern])
        let length = Int(patternLength[pattern])
        var last = start
        for position in 1..<length {
            var matched = false
            var k = last + 1
            while k <= last + 1 + gap, k < tokens.count {
                let token = tokens[k]
                if flat.token(first + position, matches: token.key, bytes: {
                    UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
                }) {
                    matched = true
                    break
                }
                k += 1
            }
            guard matched else { return nil }
            last = k
        }
        return last < sentenceLimit(from: start, reach: last - start) ? last + 1 : nil
    }
}
