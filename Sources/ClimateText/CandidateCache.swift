import CClimateSupport
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A memo of the first-token candidates of each token type seen, shared by the threads of a matcher.
///
/// Text is Zipfian: a few thousand types make up most tokens, so a token's candidates (a trie walk
/// plus suffix, infix and glob checks in three tables) are computed once per type and then read
/// back with one hash probe. Entries are keyed by the token's 64-bit folded key, the identity the
/// matcher already uses for phrase tokens; each holds a ``CandidateList`` value whose lists sit in
/// one arena. One cache serves all threads (no type is computed twice, and the memory is not
/// doubled): reads take no lock, inserts take one. A published table changes only by filling empty
/// slots, the list before the key (release order; readers load keys with acquire order). A full
/// table is replaced by a bigger one and kept, since readers may still hold it (complete for what
/// it has); the arena grows the same way. All are freed with the cache. Above ``maxTypes`` types
/// nothing more is cached (the scan then asks the tables).
final class CandidateCache: @unchecked Sendable {  // shared state: raw memory published with release order
    /// One slot (16 bytes); `key` 0 marks an empty slot.
    struct Slot {
        var key: UInt64 = 0
        var list: UInt64 = 0
    }

    /// A table: its slots and mask (power of two minus one).
    struct Table {
        let slots: UnsafeMutablePointer<Slot>
        let mask: Int

        /// The list cached for `key` (not 0), or nil.
        @inline(__always)
        func lookup(_ key: UInt64) -> UInt64? {
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots + index
                let stored = UnsafeMutableRawPointer(slot).withMemoryRebound(to: UInt64.self, capacity: 2) { climate_load_acquire_u64($0) }
                if stored == key { return slot.pointee.list }
                if stored == 0 { return nil }
                index = (index + 1) & mask
            }
        }

        /// Asks the processor to fetch the slot where a look-up of `key` starts.
        @inline(__always)
        func prefetch(_ key: UInt64) { climate_prefetch(slots + (Int(truncatingIfNeeded: key) & mask)) }
    }

    /// What only the inserting thread touches (under the lock).
    private struct WriterState {
        var count = 0
        var arenaCount = 0
        var arenaCapacity = 1 << 12
        /// Every table and arena allocated (the current ones last), freed with the cache.
        var tables: [UnsafeMutablePointer<Table>] = []
        var arenas: [UnsafeMutablePointer<Int32>] = []
    }

    /// Cells holding the current table and arena (read with acquire, written with release order).
    private let tableCell: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private let arenaCell: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private let writer: SpinLocked<WriterState>

    /// The most types cached: 2^19 slots (8 MB) and their lists at most.
    static let maxTypes = 3 << 17

    init() {
        var state = WriterState()
        let table = CandidateCache.makeTable(capacity: 1 << 16)
        let arena = UnsafeMutablePointer<Int32>.allocate(capacity: state.arenaCapacity)
        state.tables = [table]
        state.arenas = [arena]
        tableCell = .allocate(capacity: 1)
        tableCell.initialize(to: UnsafeMutableRawPointer(table))
        arenaCell = .allocate(capacity: 1)
        arenaCell.initialize(to: UnsafeMutableRawPointer(arena))
        writer = SpinLocked(state)
    }

    deinit {
        writer.withLock { state in
            for table in state.tables { table.pointee.slots.deallocate(); table.deallocate() }
            for arena in state.arenas { arena.deallocate() }
        }
        tableCell.deallocate()
        arenaCell.deallocate()
    }

    /// The current table (a reader may keep it for a whole text).
    @inline(__always)
    var table: Table {
        UnsafeRawPointer(climate_load_acquire_pointer(tableCell)!).assumingMemoryBound(to: Table.self).pointee
    }

    /// The current arena of lists (load it after the list that points into it).
    @inline(__always)
    var arena: UnsafePointer<Int32> {
        UnsafeRawPointer(climate_load_acquire_pointer(arenaCell)!).assumingMemoryBound(to: Int32.self)
    }

    /// The stored form of a key (0 marks empty slots).
    @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// Caches the candidates of a type and returns its ``CandidateList`` value: `items` holds the
    /// frames list, then the actors and negators lists; `resolved` marks lists of entries.
    func insert(_ key: UInt64, items: borrowing IDBuffer, counts: (Int, Int, Int), resolved: (Bool, Bool, Bool)) -> UInt64 {
        let stored = CandidateCache.stored(key)
        let total = counts.0 + counts.1 + counts.2
        return writer.withLock { state -> UInt64 in
            // No second look-up: when another thread inserted the same type meanwhile, the duplicate
            // slot holds the same list (look-ups find the first), which is harmless.
            var current = table
            guard CandidateList.fits(counts), state.count < CandidateCache.maxTypes else { return CandidateList.uncached }
            var start: UInt32 = 0
            if total == 1 {
                start = UInt32(bitPattern: items[0])  // one item: kept in the value, no arena read later
            } else if total > 1 {
                var arena = UnsafeMutablePointer(mutating: self.arena)
                if state.arenaCount + total > state.arenaCapacity {
                    var capacity = state.arenaCapacity * 2
                    while capacity < state.arenaCount + total { capacity *= 2 }
                    let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
                    bigger.initialize(from: arena, count: state.arenaCount)
                    state.arenas.append(bigger)
                    state.arenaCapacity = capacity
                    arena = bigger
                }
                for k in 0..<total { arena[state.arenaCount + k] = items[k] }
                climate_store_release_pointer(arenaCell, UnsafeMutableRawPointer(arena))
                start = UInt32(state.arenaCount)
                state.arenaCount += total
            }
            let list = CandidateList.make(start: start, counts: counts, resolved: resolved)
            if (state.count + 1) * 4 > (current.mask + 1) * 3 {
                current = grow(current, &state)
            }
            var index = Int(truncatingIfNeeded: stored) & current.mask
            while current.slots[index].key != 0 { index = (index + 1) & current.mask }
            current.slots[index].list = list
            UnsafeMutableRawPointer(current.slots + index).withMemoryRebound(to: UInt64.self, capacity: 2) {
                climate_store_release_u64($0, stored)
            }
            state.count += 1
            return list
        }
    }

    /// Publishes a table twice the size holding every entry of `old` (which stays allocated).
    private func grow(_ old: Table, _ state: inout WriterState) -> Table {
        let box = CandidateCache.makeTable(capacity: (old.mask + 1) * 2)
        let bigger = box.pointee
        for k in 0...old.mask where old.slots[k].key != 0 {
            var index = Int(truncatingIfNeeded: old.slots[k].key) & bigger.mask
            while bigger.slots[index].key != 0 { index = (index + 1) & bigger.mask }
            bigger.slots[index] = old.slots[k]
        }
        state.tables.append(box)
        climate_store_release_pointer(tableCell, UnsafeMutableRawPointer(box))
        return bigger
    }

    private static func makeTable(capacity: Int) -> UnsafeMutablePointer<Table> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        let box = UnsafeMutablePointer<Table>.allocate(capacity: 1)
        box.initialize(to: Table(slots: slots, mask: capacity - 1))
        return box
    }
}

/// A value behind a spin lock, for critical sections of a few hundred nanoseconds taken often by
/// two or more threads: a futex-based mutex puts a waiter to sleep (a system call each way), which
/// costs more than the section; this spins with the `pause` hint and yields after a while.
final class SpinLocked<Value>: @unchecked Sendable {  // `value` is touched only with the flag held
    private let flag = Atomic<Int>(0)
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        var spins = 0
        while !flag.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged {
            while flag.load(ordering: .relaxed) != 0 {
                spins += 1
                if spins & 63 == 0 { sched_yield() } else { climate_pause() }
            }
        }
        defer { flag.store(0, ordering: .releasing) }
        return body(&value)
    }
}
