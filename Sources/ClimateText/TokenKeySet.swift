/// A set of token keys (``TokenKey``) for hot loops: open addressing over the keys' own low bits.
///
/// Token keys are already well mixed, so unlike `Set<UInt64>` (seeded SipHash per look-up) a
/// membership test is one masked index and usually one comparison. Built once, then read-only.
public struct TokenKeySet: Sendable, ExpressibleByArrayLiteral {
    private let slots: [UInt64]
    private let mask: Int
    /// Whether the key 0 (stored nowhere, since 0 marks an empty slot) is a member.
    private let hasZero: Bool
    public let count: Int

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Set(keys)
        var capacity = 8
        while capacity < unique.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for key in unique where key != 0 {
            var index = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[index] != 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = key
        }
        self.slots = slots
        mask = capacity - 1
        hasZero = unique.contains(0)
        count = unique.count
    }

    public init(arrayLiteral keys: UInt64...) { self.init(keys) }

    /// The keys of strings (their UTF-8 bytes hashed with ``TokenKey``).
    public init<S: Sequence>(hashing words: S) where S.Element == String { self.init(words.map { TokenKey.hash($0) }) }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                if slot == key { return true }
                if slot == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }
}
