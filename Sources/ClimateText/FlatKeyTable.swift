/// An open-addressing hash table from 64-bit token keys to lists of small integers.
///
/// Token keys are already well-mixed hashes (``TokenKey``), so the table uses them directly (no second
/// hashing, unlike `Dictionary`, whose seeded SipHash dominated matching time). Keys are stored in
/// a power-of-two array with linear probing; each slot points at a run of values. Built once,
/// then read-only (safe to share across threads); a plain value over raw memory, so a look-up
/// retains nothing. Its owner frees it once (``free()``).
struct FlatKeyTable: @unchecked Sendable {  // immutable raw memory, freed by the owner
    private let keys: FlatList<UInt64>
    private let starts: FlatList<Int32>
    private let counts: FlatList<Int32>
    private let values: FlatList<Int32>
    private let mask: Int

    init(_ source: [UInt64: [Int32]]) {
        var capacity = 16
        while capacity < source.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [Int32](repeating: 0, count: capacity), counts = [Int32](repeating: 0, count: capacity)
        var flat: [Int32] = []
        for (key, list) in source.sorted(by: { $0.key < $1.key }) {
            let stored = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: stored) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = stored
            starts[slot] = Int32(flat.count)
            counts[slot] = Int32(list.count)
            flat.append(contentsOf: list)
        }
        self.keys = FlatList(keys)
        self.starts = FlatList(starts)
        self.counts = FlatList(counts)
        values = FlatList(flat)
    }

    /// Frees the table's memory.
    func free() {
        keys.free()
        starts.free()
        counts.free()
        values.free()
    }

    var isEmpty: Bool { values.count == 0 }

    /// Appends the values stored under `key` to `out`.
    @inline(__always)
    func lookup(_ key: UInt64, into out: inout IDBuffer) {
        let stored = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: stored) & mask
        while true {
            let k = keys.items[slot]
            if k == 0 { return }
            if k == stored {
                let start = Int(starts.items[slot]), count = Int(counts.items[slot])
                for i in start..<(start + count) { out.append(values.items[i]) }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
