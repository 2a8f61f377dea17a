/// The first-token candidates of every token of one text, in the three tables of a matcher.
///
/// Made once per text from the matcher's ``CandidateCache`` (one probe per token, the tables
/// walked only for types not seen before) and read by each table's scan. Per token, `perToken`
/// packs the arena offset of its candidates (low 32 bits) and their counts: frames (16 bits),
/// actors and negators (8 bits each); 0 means no candidates, `UInt64.max` that the type has too
/// many to cache (the scan then asks the table).
struct FirstCandidates {
    /// The tables of a ``CompiledMatcher``.
    enum Table { case frames, actors, negators }

    let perToken: UnsafeBufferPointer<UInt64>
    let arena: UnsafePointer<Int32>

    /// Marks a token whose candidates were not cached.
    static let uncached = UInt64.max

    /// Packs a cache slot for `perToken` (0 when it has no candidates).
    @inline(__always)
    static func pack(_ slot: CandidateCache.Slot) -> UInt64 {
        let counts = UInt64(slot.frames) | UInt64(slot.actors) << 16 | UInt64(slot.negators) << 24
        return counts == 0 ? 0 : UInt64(slot.start) | counts << 32
    }

    /// The arena range of token `index`'s candidates in `table`; nil when they were not cached.
    @inline(__always)
    func range(of index: Int, in table: Table) -> Range<Int>? {
        let packed = perToken[index]
        if packed == 0 { return 0..<0 }
        if packed == FirstCandidates.uncached { return nil }
        let start = Int(packed & 0xFFFF_FFFF)
        let frames = Int(packed >> 32 & 0xFFFF), actors = Int(packed >> 48 & 0xFF), negators = Int(packed >> 56)
        switch table {
        case .frames: return start..<(start + frames)
        case .actors: return (start + frames)..<(start + frames + actors)
        case .negators: return (start + frames + actors)..<(start + frames + actors + negators)
        }
    }
}

extension CompiledMatcher {
    /// Looks up (or computes and caches) the first-token candidates of every word, elision and
    /// number token of `text`.
    func firstTokenCandidates(_ text: TokenizedText, _ cache: CandidateCache) -> [UInt64] {
        var perToken = [UInt64](repeating: 0, count: text.tokens.count)
        var ids = IDBuffer(capacity: 64)
        perToken.withUnsafeMutableBufferPointer { perToken in
        text.folded.withUnsafeBufferPointer { folded in
        text.tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<tokens.count {
                let token = tokens[i]
                guard token.kind == .word || token.kind == .elision || token.kind == .number else { continue }
                if let slot = cache.lookup(token.key) {
                    perToken[i] = FirstCandidates.pack(slot)
                    continue
                }
                ids.removeAll()
                let bytes = UnsafeBufferPointer(rebasing: folded[Int(token.foldedStart)..<Int(token.foldedEnd)])
                frames.candidates(key: token.key, bytes: bytes, into: &ids)
                let frameCount = ids.count
                actors.candidates(key: token.key, bytes: bytes, into: &ids)
                let actorCount = ids.count - frameCount
                negators.candidates(key: token.key, bytes: bytes, into: &ids)
                let negatorCount = ids.count - frameCount - actorCount
                if let slot = cache.insert(token.key, ids: ids, frames: frameCount, actors: actorCount, negators: negatorCount) {
                    perToken[i] = FirstCandidates.pack(slot)
                } else {
                    perToken[i] = FirstCandidates.uncached
                }
            }
        }
        }
        }
        return perToken
    }
}
