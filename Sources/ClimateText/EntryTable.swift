/// Look-up tables from a token to the patterns whose first token matches it.
///
/// Exact first tokens and prefix globs are found in one walk of a byte trie over the token's folded
/// bytes; suffix globs by the hashes of the token's suffixes of the lengths that occur; infix globs by substring search;
/// other globs by direct matching. Built once per lexicon and shared read-only across threads.
struct EntryTable: Sendable {
    private var exactSource: [[UInt8]: [Int32]] = [:]
    private var prefixSource: [[UInt8]: [Int32]] = [:]
    private var suffixSource: [UInt64: [Int32]] = [:]
    private var words = FirstTokenTrie(exact: [:], prefix: [:])
    private var suffix = FlatKeyTable([:])
    private(set) var suffixLengths: [Int] = []
    private(set) var infix: [(needle: [UInt8], entries: [Int32])] = []
    private(set) var general: [(glob: GlobPattern, entries: [Int32])] = []

    var isEmpty: Bool { words.isEmpty && suffix.isEmpty && infix.isEmpty && general.isEmpty }

    /// Indexes pattern `index` by its first token.
    mutating func add(_ first: PatternToken, entry index: Int32) {
        switch first {
        case .exact(let word):
            exactSource[Array(word.utf8), default: []].append(index)
        case .glob(let glob):
            switch glob.shape {
            case .prefix(let p):
                prefixSource[Array(p.utf8), default: []].append(index)
            case .suffix(let s):
                suffixSource[FNV1a.hash(s), default: []].append(index)
                if !suffixLengths.contains(s.utf8.count) { suffixLengths.append(s.utf8.count); suffixLengths.sort() }
            case .infix(let i):
                if let k = infix.firstIndex(where: { $0.needle == Array(i.utf8) }) { infix[k].entries.append(index) } else { infix.append((Array(i.utf8), [index])) }
            case .general:
                general.append((glob, [index]))
            }
        }
    }

    /// Freezes the tables for look-ups (call once after the last `add`).
    mutating func finish() {
        words = FirstTokenTrie(exact: exactSource, prefix: prefixSource)
        suffix = FlatKeyTable(suffixSource)
        exactSource = [:]
        prefixSource = [:]
        suffixSource = [:]
    }

    /// Appends every pattern whose first token matches the folded token `bytes` (key `key`) to `out`.
    @inline(__always)
    func candidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        words.candidates(bytes, into: &out)
        if !suffixLengths.isEmpty { suffixCandidates(bytes, into: &out) }
        if !infix.isEmpty {
            for (needle, entries) in infix where needle.count <= bytes.count && EntryTable.contains(bytes, needle) {
                for id in entries { out.append(id) }
            }
        }
        if !general.isEmpty {
            for (glob, entries) in general where glob.matches(bytes: bytes) { for id in entries { out.append(id) } }
        }
    }

    private func suffixCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        for length in suffixLengths {
            guard length <= bytes.count else { break }
            var h = FNV1a.offset
            for i in (bytes.count - length)..<bytes.count { h = (h ^ UInt64(bytes[i])) &* FNV1a.prime }
            suffix.lookup(h, into: &out)
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
