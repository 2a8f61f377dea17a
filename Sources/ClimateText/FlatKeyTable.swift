/// An open-addressing hash table from 64-bit token keys to lists of small integers.
///
/// Token keys are already well-mixed hashes (``TokenKey``), so the table uses them directly (no second
/// hashing, unlike `Dictionary`, whose seeded SipHash dominated matching time). Keys are stored in
/// a power-of-two array with linear probing; each slot points at a run of values. Built once,
/// then read-only (safe to share across threads).
struct FlatKeyTable: Sendable {
    private var keys: [UInt64]
    private var starts: [Int32]
    private var counts: [Int32]
    private var values: [Int32]
    private let mask: Int

    /// Builds the table from a dictionary of key → values.
    init(_ source: [UInt64: [Int32]]) {
        var capacity = 16
        while capacity < source.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        starts = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        values = []
        for (key, list) in source.sorted(by: { $0.key < $1.key }) {
            let stored = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: stored) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = stored
            starts[slot] = Int32(values.count)
            counts[slot] = Int32(list.count)
            values.append(contentsOf: list)
        }
    }

    var isEmpty: Bool { values.isEmpty }

    /// Appends the values stored under `key` to `out`.
    @inline(__always)
    func lookup(_ key: UInt64, into out: inout IDBuffer) {
        let stored = key == 0 ? 1 : key
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: stored) & mask
            while true {
                let k = keys[slot]
                if k == 0 { return }
                if k == stored {
                    let start = Int(starts[slot]), count = Int(counts[slot])
                    values.withUnsafeBufferPointer { v in for i in start..<(start + count) { out.append(v[i]) } }
                    return
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
