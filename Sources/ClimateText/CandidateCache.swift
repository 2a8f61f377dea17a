#if canImport(Glibc)
import Glibc
#endif
import CClimateSupport
import Synchronization

/// A memo of the first-token candidates of each token type seen, for one compiled matcher.
///
/// Text is Zipfian: a few thousand types make up most tokens, so a token's candidates (a trie walk
/// plus suffix, infix and glob checks in three tables) are computed once per type and then read
/// back with one hash probe. Entries are keyed by the token's 64-bit folded key, the identity the
/// matcher already uses for phrase tokens; each holds a ``CandidateList`` value whose lists sit in
/// one arena. Not thread-safe: a ``CandidateCachePool`` hands each cache to one thread at a time.
final class CandidateCache: @unchecked Sendable {  // one thread at a time, lent by the pool
    /// One slot of the open-addressing table (16 bytes); `key` 0 marks an empty slot.
    struct Slot {
        var key: UInt64 = 0
        var list: UInt64 = 0
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    private(set) var count = 0
    /// The lists of every cached type (moves when it grows: read it after each insert).
    private(set) var arena: UnsafeMutablePointer<Int32>
    private(set) var arenaCount = 0
    private var arenaCapacity: Int

    /// Above this many types the cache is emptied before the next text (bounds its memory: ~4 MB of
    /// slots plus the lists).
    static let maxTypes = 1 << 17

    init() {
        mask = (1 << 12) - 1
        slots = .allocate(capacity: mask + 1)
        slots.initialize(repeating: Slot(), count: mask + 1)
        arenaCapacity = 1 << 12
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    /// Empties the cache when it has grown past ``maxTypes`` (call between texts, never while the
    /// lists found for a text are in use).
    func trim() {
        guard count > CandidateCache.maxTypes else { return }
        slots.update(repeating: Slot(), count: mask + 1)
        count = 0
        arenaCount = 0
    }

    /// Asks the processor to fetch the slot where a look-up of `key` starts (a few tokens ahead).
    @inline(__always)
    func prefetch(_ key: UInt64) {
        climate_prefetch(slots + (Int(truncatingIfNeeded: key == 0 ? 1 : key) & mask))
    }

    /// The ``CandidateList`` cached for `key`, or nil.
    @inline(__always)
    func lookup(_ key: UInt64) -> UInt64? {
        let stored = key == 0 ? 1 : key
        var index = Int(truncatingIfNeeded: stored) & mask
        while true {
            let slot = slots[index]
            if slot.key == stored { return slot.list }
            if slot.key == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Caches the candidates of a type and returns its ``CandidateList`` value: `items` holds the
    /// frames list, then the actors and negators lists; `resolved` marks lists of entries.
    func insert(_ key: UInt64, items: borrowing IDBuffer, counts: (Int, Int, Int), resolved: (Bool, Bool, Bool)) -> UInt64 {
        let total = counts.0 + counts.1 + counts.2
        var list = CandidateList.uncached
        if CandidateList.fits(counts) {
            var start: UInt32 = 0
            if total == 1 {
                start = UInt32(bitPattern: items[0])  // one item: kept in the value, no arena read later
            } else if total > 1 {
                if arenaCount + total > arenaCapacity { growArena(to: arenaCount + total) }
                for k in 0..<total { arena[arenaCount + k] = items[k] }
                start = UInt32(arenaCount)
                arenaCount += total
            }
            list = CandidateList.make(start: start, counts: counts, resolved: resolved)
        }
        if (count + 1) * 4 > (mask + 1) * 3 { grow() }
        let stored = key == 0 ? 1 : key
        var index = Int(truncatingIfNeeded: stored) & mask
        while slots[index].key != 0 { index = (index + 1) & mask }
        slots[index] = Slot(key: stored, list: list)
        count += 1
        return list
    }

    private func grow() {
        let old = slots, oldCapacity = mask + 1
        mask = oldCapacity * 2 - 1
        slots = .allocate(capacity: mask + 1)
        slots.initialize(repeating: Slot(), count: mask + 1)
        for k in 0..<oldCapacity where old[k].key != 0 {
            var index = Int(truncatingIfNeeded: old[k].key) & mask
            while slots[index].key != 0 { index = (index + 1) & mask }
            slots[index] = old[k]
        }
        old.deallocate()
    }

    private func growArena(to needed: Int) {
        var capacity = arenaCapacity * 2
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        bigger.moveInitialize(from: arena, count: arenaCount)
        arena.deallocate()
        arena = bigger
        arenaCapacity = capacity
    }
}

/// A few ``CandidateCache``s owned by one matcher, lent to one thread at a time.
///
/// A thread takes the first cache it can lock without waiting (starting from a slot picked by its
/// thread id, so threads rarely meet), so threads share warm caches and never block each other; the
/// caches are freed with the matcher.
final class CandidateCachePool: Sendable {
    private final class Entry: Sendable {
        let cache = Mutex<CandidateCache?>(nil)
    }

    private let entries: [Entry]

    /// A pool of `size` caches (default: one per core, plus one).
    init(size: Int = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) + 1) { entries = (0..<max(1, size)).map { _ in Entry() } }

    /// Runs `body` with a cache no other thread is using (a fresh one when all are busy).
    func withCache<R>(_ body: (CandidateCache) -> R) -> R {
        let first = Int(truncatingIfNeeded: UInt(pthread_self()) >> 12)
        for offset in 0..<entries.count {
            let entry = entries[(first + offset) % entries.count]
            let result: R? = entry.cache.withLockIfAvailable { slot -> R in
                let cache: CandidateCache
                if let existing = slot { cache = existing } else { cache = CandidateCache(); slot = cache }
                cache.trim()
                return body(cache)
            }
            if let result { return result }
        }
        return body(CandidateCache())
    }
}
