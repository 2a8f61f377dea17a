/// One table's leftmost-longest scan over the tokens of a text: the hot loop of ``CompiledMatcher``.
///
/// At each token the longest matching pattern wins and the scan resumes after it; entries with the
/// same span all produce spans. The common cases stay in a small loop: a token without candidates
/// is passed over, and one whose only candidate is a single-word pattern becomes its span at once.
/// Everything else (several candidates, phrases, the parts of a hyphenated word) goes through
/// ``resolve(_:)``.
struct SpanScanner: ~Copyable {
    let matcher: CompiledMatcher
    let table: EntryTable
    let which: FirstCandidates.Table
    let text: TokenizedText
    let tokens: UnsafeBufferPointer<Token>
    let folded: UnsafeBufferPointer<UInt8>
    let sentenceOf: UnsafeBufferPointer<Int32>
    let firsts: FirstCandidates
    let patternEntry: UnsafeBufferPointer<Int32>
    let patternLength: UnsafeBufferPointer<Int32>
    /// The spans found, in token order.
    var spans: [LexiconSpan] = []
    private var candidates = IDBuffer(capacity: 64)
    private var best = IDBuffer(capacity: 16)

    init(matcher: CompiledMatcher, table: EntryTable, which: FirstCandidates.Table, text: TokenizedText,
         tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, sentenceOf: UnsafeBufferPointer<Int32>,
         firsts: FirstCandidates, patternEntry: UnsafeBufferPointer<Int32>, patternLength: UnsafeBufferPointer<Int32>) {
        self.matcher = matcher
        self.table = table
        self.which = which
        self.text = text
        self.tokens = tokens
        self.folded = folded
        self.sentenceOf = sentenceOf
        self.firsts = firsts
        self.patternEntry = patternEntry
        self.patternLength = patternLength
    }

    mutating func run() {
        let perToken = firsts.perToken
        var i = 0
        while i < tokens.count {
            let packed = perToken[i]
            let count = FirstCandidates.count(packed, in: which)
            if count == 0, packed != FirstCandidates.uncached {
                i = tokens[i].isHyphenated ? resolve(i) : i + 1
                continue
            }
            if count == 1, FirstCandidates.isInline(packed) {
                let pattern = FirstCandidates.inlineID(packed)
                if patternLength[pattern] == 1 {
                    spans.append(LexiconSpan(entry: Int(patternEntry[pattern]), tokens: i..<(i + 1), bytes: tokens[i].range))
                    i += 1
                    continue
                }
            }
            i = resolve(i)
        }
    }

    /// Finds the longest match at token `i` (or the matches of its hyphen-separated parts) and
    /// returns the token to continue at.
    @inline(never)
    mutating func resolve(_ i: Int) -> Int {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .elision || token.kind == .number else { return i + 1 }
        let cached = firsts.list(of: i, in: which)
        if cached == nil {  // a type with too many candidates to cache
            candidates.removeAll()
            let bytes = UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
            table.candidates(key: token.key, bytes: bytes, into: &candidates)
        }
        var bestEnd = -1
        best.removeAll()
        let candidateCount = cached?.count ?? candidates.count
        for c in 0..<candidateCount {
            let pattern = cached.map { firsts.candidate(c, of: $0) } ?? Int(candidates[c])
            let entry = patternEntry[pattern]
            guard let end = patternLength[pattern] == 1 ? i + 1
                    : phraseEnd(pattern, from: i, gap: Int(matcher.entryGap[Int(entry)]))
            else { continue }
            if end > bestEnd { bestEnd = end; best.removeAll() }
            if end == bestEnd, !best.contains(entry) { best.append(entry) }
        }
        if bestEnd > i {
            let range = Int(token.start)..<Int(tokens[bestEnd - 1].end)
            // An ignored span wins a tie of equal length (`VluchtelingenWerk` vs `*vluchteling*`).
            if best.count > 1, matcher.anyIgnore {
                var hasIgnored = false
                for k in 0..<best.count where matcher.isIgnore[Int(best[k])] { hasIgnored = true }
                if hasIgnored { best.filter { matcher.isIgnore[Int($0)] } }
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
        text.bytes.withUnsafeBufferPointer { bytes in
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

    /// Spans for one part of token `i`: its single-word patterns, each entry once.
    private mutating func matchPart(_ folded: [UInt8], range: Range<Int>, token i: Int) {
        candidates.removeAll()
        folded.withUnsafeBufferPointer { partBytes in
            table.candidates(key: TokenKey.hash(partBytes), bytes: partBytes, into: &candidates)
        }
        best.removeAll()  // the entries found, in candidate order
        for c in 0..<candidates.count where patternLength[Int(candidates[c])] == 1 {
            let entry = patternEntry[Int(candidates[c])]
            if !best.contains(entry) { best.append(entry) }
        }
        for k in 0..<best.count { spans.append(LexiconSpan(entry: Int(best[k]), tokens: i..<(i + 1), bytes: range)) }
    }

    /// End (exclusive token index) of a phrase match starting at `start`, or nil. Exact tokens are
    /// compared by key; globs by their folded text. A phrase never crosses a sentence boundary.
    private func phraseEnd(_ pattern: Int, from start: Int, gap: Int) -> Int? {
        let keyStart = Int(matcher.patternKeyStart[pattern])
        let length = Int(patternLength[pattern])
        let sentence = sentenceOf[start]
        var last = start
        for position in 1..<length {
            var matched = false
            var k = last + 1
            let key = matcher.patternKeys[keyStart + position]
            let isGlob = matcher.patternKeyIsGlob[keyStart + position]
            while k <= last + 1 + gap, k < tokens.count, sentenceOf[k] == sentence {
                if !isGlob {
                    if tokens[k].key == key { matched = true; break }
                } else if matcher.patterns[pattern].tokens[position].matches(text.foldedForm(k)) {
                    matched = true; break
                }
                k += 1
            }
            guard matched else { return nil }
            last = k
        }
        return last + 1
    }
}
