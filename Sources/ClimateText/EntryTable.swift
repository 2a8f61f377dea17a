/// Look-up tables from a token to the entries whose first pattern token matches it.
///
/// Exact first tokens are found by the token's 64-bit key; prefix and suffix globs by the hashes of
/// the token's prefixes and suffixes of the lengths that occur; infix globs by substring search;
/// other globs by direct matching. Built once per lexicon and shared read-only across threads.
struct EntryTable: Sendable {
    private(set) var exact: [UInt64: [Int32]] = [:]
    private(set) var prefix: [UInt64: [Int32]] = [:]
    private(set) var prefixLengths: [Int] = []
    private(set) var suffix: [UInt64: [Int32]] = [:]
    private(set) var suffixLengths: [Int] = []
    private(set) var infix: [(needle: [UInt8], entries: [Int32])] = []
    private(set) var general: [(glob: GlobPattern, entries: [Int32])] = []

    var isEmpty: Bool { exact.isEmpty && prefix.isEmpty && suffix.isEmpty && infix.isEmpty && general.isEmpty }

    /// Indexes entry `index` by its first token.
    mutating func add(_ first: PatternToken, entry index: Int32) {
        switch first {
        case .exact(let word):
            exact[FNV1a.hash(word), default: []].append(index)
        case .glob(let glob):
            switch glob.shape {
            case .prefix(let p):
                prefix[FNV1a.hash(p), default: []].append(index)
                if !prefixLengths.contains(p.utf8.count) { prefixLengths.append(p.utf8.count); prefixLengths.sort() }
            case .suffix(let s):
                suffix[FNV1a.hash(s), default: []].append(index)
                if !suffixLengths.contains(s.utf8.count) { suffixLengths.append(s.utf8.count); suffixLengths.sort() }
            case .infix(let i):
                if let k = infix.firstIndex(where: { $0.needle == Array(i.utf8) }) { infix[k].entries.append(index) } else { infix.append((Array(i.utf8), [index])) }
            case .general:
                general.append((glob, [index]))
            }
        }
    }

    /// Calls `body` with every entry whose first token matches the folded token `bytes` (key `key`).
    @inline(__always)
    func candidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        if let hit = exact[key] { for e in hit { body(e) } }
        if !prefixLengths.isEmpty {
            var h = FNV1a.offset
            var next = 0
            for (i, b) in bytes.enumerated() {
                h = (h ^ UInt64(b)) &* FNV1a.prime
                if i + 1 == prefixLengths[next] {
                    if let hit = prefix[h] { for e in hit { body(e) } }
                    next += 1
                    if next == prefixLengths.count { break }
                }
            }
        }
        for length in suffixLengths {
            guard length <= bytes.count else { break }
            var h = FNV1a.offset
            for b in bytes[(bytes.count - length)...] { h = (h ^ UInt64(b)) &* FNV1a.prime }
            if let hit = suffix[h] { for e in hit { body(e) } }
        }
        for (needle, entries) in infix where needle.count <= bytes.count && EntryTable.contains(bytes, needle) {
            for e in entries { body(e) }
        }
        if !general.isEmpty {
            let text = String(decoding: bytes, as: UTF8.self)
            for (glob, entries) in general where glob.matches(text) { for e in entries { body(e) } }
        }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n <= h, let first = needle.first else { return n == 0 }
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var j = 1
                while j < n, haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
