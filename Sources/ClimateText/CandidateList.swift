/// The first-token candidates of one token type in the three tables of a matcher, packed in 64 bits.
///
/// Bits 0–31 hold the list's offset in the ``CandidateCache`` arena, or the one item itself when
/// there is exactly one; bits 32–43, 44–49 and 50–55 count the items of the frames, actors and
/// negators tables (their lists follow each other in that order); bits 56–58 mark a table's list
/// as *resolved*: all its candidates are single-word patterns, so the list holds the entries to emit
/// (distinct, sorted; never when an ignored entry ties with others) instead of pattern ids. 0 means no candidates;
/// ``uncached`` a type with more candidates than the fields count (the scan asks the tables).
enum CandidateList {
    /// The tables of a ``CompiledMatcher``.
    enum Table: Int { case frames = 0, actors, negators }

    static let uncached = UInt64.max

    /// Whether the counts fit the fields.
    static func fits(_ counts: (Int, Int, Int)) -> Bool { counts.0 < 1 << 12 && counts.1 < 1 << 6 && counts.2 < 1 << 6 }

    static func make(start: UInt32, counts: (Int, Int, Int), resolved: (Bool, Bool, Bool)) -> UInt64 {
        guard counts.0 + counts.1 + counts.2 > 0 else { return 0 }
        let flags = (resolved.0 ? 1 : 0) | (resolved.1 ? 2 : 0) | (resolved.2 ? 4 : 0)
        return UInt64(start) | UInt64(counts.0) << 32 | UInt64(counts.1) << 44 | UInt64(counts.2) << 50 | UInt64(flags) << 56
    }

    /// How many items `list` has in `table` (not for ``uncached``).
    @inline(__always)
    static func count(_ list: UInt64, _ table: Table) -> Int {
        switch table {
        case .frames: Int(truncatingIfNeeded: list >> 32 & 0xFFF)
        case .actors: Int(truncatingIfNeeded: list >> 44 & 0x3F)
        case .negators: Int(truncatingIfNeeded: list >> 50 & 0x3F)
        }
    }

    /// Whether `table`'s items are entries to emit (see ``CandidateList``).
    @inline(__always)
    static func isResolved(_ list: UInt64, _ table: Table) -> Bool { list >> (56 + UInt64(table.rawValue)) & 1 != 0 }

    /// Item `k` of `table`'s list.
    @inline(__always)
    static func item(_ list: UInt64, _ table: Table, _ k: Int, arena: UnsafePointer<Int32>) -> Int {
        let frames = count(list, .frames), actors = count(list, .actors)
        if frames + actors + count(list, .negators) == 1 { return Int(Int32(bitPattern: UInt32(truncatingIfNeeded: list))) }
        let offset = switch table { case .frames: 0; case .actors: frames; case .negators: frames + actors }
        return Int(arena[Int(truncatingIfNeeded: list & 0xFFFF_FFFF) + offset + k])
    }
}

extension CompiledMatcher {
    /// Computes and caches the candidates of a token type not in `cache` (`scratch` and `items` are
    /// work buffers) and returns its ``CandidateList`` value.
    @inline(never)
    func cacheCandidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>, in cache: CandidateCache,
                         scratch: inout IDBuffer, items: inout IDBuffer) -> UInt64 {
        items.removeAll()
        var counts = (0, 0, 0), resolved = (false, false, false)
        let patternLength = flat.length.items, patternEntry = flat.entry.items, isIgnore = flat.isIgnore.items
        do {
            for index in 0..<3 {
                scratch.removeAll()
                switch index {
                case 0 where frames.isEmpty, 1 where actors.isEmpty, 2 where negators.isEmpty: break
                case 0: frames.candidates(key: key, bytes: bytes, into: &scratch)
                case 1: actors.candidates(key: key, bytes: bytes, into: &scratch)
                default: negators.candidates(key: key, bytes: bytes, into: &scratch)
                }
                let start = items.count
                var singleWords = scratch.count > 0
                for c in 0..<scratch.count where patternLength[Int(scratch[c])] != 1 { singleWords = false; break }
                if singleWords {
                    // Single words only: the spans at this token are its distinct entries, sorted. Not
                    // when an ignored entry ties with others (the scan applies that rule itself).
                    var anyIgnored = false
                    for c in 0..<scratch.count {
                        let entry = patternEntry[Int(scratch[c])]
                        if !items.contains(entry, from: start) { items.append(entry); anyIgnored = anyIgnored || isIgnore[Int(entry)] }
                    }
                    if items.count - start > 1, anyIgnored {
                        items.removeLast(items.count - start)
                        for c in 0..<scratch.count { items.append(scratch[c]) }
                        singleWords = false
                    } else {
                        items.sort(from: start)
                    }
                } else {
                    for c in 0..<scratch.count { items.append(scratch[c]) }
                }
                let count = items.count - start
                switch index {
                case 0: counts.0 = count; resolved.0 = singleWords
                case 1: counts.1 = count; resolved.1 = singleWords
                default: counts.2 = count; resolved.2 = singleWords
                }
            }
        }
        return cache.insert(key, items: items, counts: counts, resolved: resolved)
    }
}
