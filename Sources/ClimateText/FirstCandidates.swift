/// The first-token candidates of every token of one text, in the three tables of a matcher.
///
/// Made once per text from the matcher's ``CandidateCache`` (one probe per token, the tables
/// walked only for types not seen before) and read by each table's scan. Per token, `perToken`
/// packs the arena offset of its candidates, or the candidate itself when there is one (low 32
/// bits), and their counts: frames (16 bits), actors and negators (8 bits each); 0 means no
/// candidates, `UInt64.max` that the type has too many to cache (the scan then asks the table).
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

    /// How many candidates `packed` (a `perToken` value) has in `table` (0 when uncached).
    @inline(__always)
    static func count(_ packed: UInt64, in table: Table) -> Int {
        if packed == uncached { return 0 }
        switch table {
        case .frames: return Int(packed >> 32 & 0xFFFF)
        case .actors: return Int(packed >> 48 & 0xFF)
        case .negators: return Int(packed >> 56)
        }
    }

    /// Whether `packed` holds its one candidate inline (then ``inlineID(_:)`` is it).
    @inline(__always)
    static func isInline(_ packed: UInt64) -> Bool {
        (packed >> 32 & 0xFFFF) + (packed >> 48 & 0xFF) + (packed >> 56) == 1
    }

    @inline(__always)
    static func inlineID(_ packed: UInt64) -> Int { Int(packed & 0xFFFF_FFFF) }

    /// Token `index`'s candidates in `table`: `count` ids from `arena[start...]`, or, when `inline`,
    /// the one id `start` itself; nil when they were not cached.
    @inline(__always)
    func list(of index: Int, in table: Table) -> (start: Int, count: Int, inline: Bool)? {
        let packed = perToken[index]
        if packed == 0 { return (0, 0, false) }
        if packed == FirstCandidates.uncached { return nil }
        let start = Int(packed & 0xFFFF_FFFF)
        let frames = Int(packed >> 32 & 0xFFFF), actors = Int(packed >> 48 & 0xFF), negators = Int(packed >> 56)
        if frames + actors + negators == 1 {
            let count = switch table { case .frames: frames; case .actors: actors; case .negators: negators }
            return (start, count, true)
        }
        switch table {
        case .frames: return (start, frames, false)
        case .actors: return (start + frames, actors, false)
        case .negators: return (start + frames + actors, negators, false)
        }
    }

    /// Candidate `k` of a list from ``list(of:in:)``.
    @inline(__always)
    func candidate(_ k: Int, of list: (start: Int, count: Int, inline: Bool)) -> Int {
        list.inline ? list.start : Int(arena[list.start + k])
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

