/// A growable buffer of 32-bit ids for hot loops: appending and clearing are plain stores, unlike
/// `Array`, whose `removeAll(keepingCapacity:)` goes through a generic, non-inlined path.
///
/// Non-copyable, so exactly one owner frees it; used for per-token candidate lists in the matcher.
struct IDBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Int32>?
    private var capacity = 0
    private let initialCapacity: Int
    private(set) var count = 0

    /// A buffer that allocates room for `capacity` ids on its first append (most are never used).
    init(capacity: Int = 64) {
        initialCapacity = max(1, capacity)
    }

    deinit { base?.deallocate() }

    @inline(__always)
    subscript(index: Int) -> Int32 { base.unsafelyUnwrapped[index] }

    @inline(__always)
    mutating func append(_ value: Int32) {
        if count == capacity { grow() }
        base.unsafelyUnwrapped[count] = value
        count += 1
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Drops the last `k` ids.
    @inline(__always)
    mutating func removeLast(_ k: Int) { count -= k }

    /// Whether `value` is among the ids from index `from` on.
    @inline(__always)
    func contains(_ value: Int32, from: Int = 0) -> Bool {
        for k in from..<count where base.unsafelyUnwrapped[k] == value { return true }
        return false
    }

    /// Keeps only the ids from index `from` on for which `keep` holds, in order.
    mutating func filter(from: Int = 0, _ keep: (Int32) -> Bool) {
        guard let base else { return }
        var kept = from
        for k in from..<count where keep(base[k]) {
            base[kept] = base[k]
            kept += 1
        }
        count = kept
    }

    /// Sorts the ids from index `from` on ascending (insertion sort: the lists are a handful of ids).
    mutating func sort(from: Int = 0) {
        guard count - from > 1, let base else { return }
        for k in (from + 1)..<count {
            let value = base[k]
            var m = k
            while m > from, base[m - 1] > value { base[m] = base[m - 1]; m -= 1 }
            base[m] = value
        }
    }

    private mutating func grow() {
        let newCapacity = capacity == 0 ? initialCapacity : capacity * 2
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        if let base {
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = bigger
        capacity = newCapacity
    }
}
