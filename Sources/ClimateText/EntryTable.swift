/// Look-up tables from a token to the patterns whose first token matches it.
///
/// Exact first tokens and prefix globs are found in one walk of a byte trie over the token's folded
/// bytes; suffix globs by the hashes of the token's suffixes of the lengths that occur; infix globs by substring search;
/// other globs by direct matching. Built once per lexicon and shared read-only across threads: a
/// class owning flat memory (plain values over raw memory, freed with it), so look-ups retain nothing.
final class EntryTable: @unchecked Sendable {  // mutated only while being built, then read-only
    private var exactSource: [[UInt8]: [Int32]] = [:]
    private var prefixSource: [[UInt8]: [Int32]] = [:]
    private var suffixSource: [UInt64: [Int32]] = [:]
    private var words = FirstTokenTrie(exact: [:], prefix: [:])
    private var suffix = FlatKeyTable([:])
    /// The lengths of the suffix globs, ascending (while building).
    private var suffixLengthList: [Int] = []
    private var infixSource: [(needle: [UInt8], entries: [Int32])] = []
    private var generalSource: [(glob: GlobPattern, entries: [Int32])] = []
    /// What the look-ups read, in flat memory set by ``finish()`` (no array to retain per token):
    /// the suffix lengths; the infix needles (needle `k` is `infix.bytes[needles[k].start ..< +length]`,
    /// its ids `infix.ids[idStart ..< +idCount]`); other globs the same way (their pattern bytes,
    /// `*` and `?` included).
    private var suffixLengths = FlatList<Int>([])
    private var infix = FlatNeedles([])
    private var general = FlatNeedles([])

    /// Whether no pattern was added (set by ``finish()``).
    private(set) var isEmpty = true

    /// Indexes pattern `index` by its first token.
    func add(_ first: PatternToken, entry index: Int32) {
        switch first {
        case .exact(let word):
            exactSource[Array(word.utf8), default: []].append(index)
        case .glob(let glob):
            switch glob.shape {
            case .prefix(let p):
                prefixSource[Array(p.utf8), default: []].append(index)
            case .suffix(let s):
                suffixSource[TokenKey.hash(s), default: []].append(index)
                if !suffixLengthList.contains(s.utf8.count) { suffixLengthList.append(s.utf8.count); suffixLengthList.sort() }
            case .infix(let i):
                if let k = infixSource.firstIndex(where: { $0.needle == Array(i.utf8) }) {
                    infixSource[k].entries.append(index)
                } else {
                    infixSource.append((Array(i.utf8), [index]))
                }
            case .general:
                generalSource.append((glob, [index]))
            }
        }
    }

    /// Which glob kinds the table has (set by ``finish()``; flags, so a look-up reads no array).
    private var hasSuffixes = false, hasInfixes = false, hasGeneral = false

    /// Freezes the tables for look-ups (call once after the last `add`).
    func finish() {
        words.free()
        words = FirstTokenTrie(exact: exactSource, prefix: prefixSource)
        suffix.free()
        suffix = FlatKeyTable(suffixSource)
        suffixLengths.free()
        suffixLengths = FlatList(suffixLengthList)
        infix.free()
        infix = FlatNeedles(infixSource)
        general.free()
        general = FlatNeedles(generalSource.map { (Array($0.glob.utf8), $0.entries) })
        hasSuffixes = suffixLengths.count > 0
        hasInfixes = infix.count > 0
        hasGeneral = general.count > 0
        isEmpty = words.isEmpty && suffix.isEmpty && !hasInfixes && !hasGeneral
        infixSource = []
        generalSource = []
        exactSource = [:]
        prefixSource = [:]
        suffixSource = [:]
    }

    deinit {
        words.free()
        suffix.free()
        suffixLengths.free()
        infix.free()
        general.free()
    }

    /// Appends every pattern whose first token matches the folded token `bytes` (key `key`) to `out`.
    @inline(__always)
    func candidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        words.candidates(bytes, into: &out)  // plain values over raw memory: nothing is retained
        if hasSuffixes { suffixCandidates(bytes, into: &out) }
        if hasInfixes { infixCandidates(bytes, into: &out) }
        if hasGeneral { generalCandidates(bytes, into: &out) }
    }

    private func generalCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        let general = self.general
        for k in 0..<general.count {
            let glob = general.needles.items[k]
            let pattern = UnsafeBufferPointer(start: general.bytes.items + Int(glob.start), count: Int(glob.length))
            guard GlobPattern.matches(pattern: pattern, token: bytes) else { continue }
            for id in Int(glob.idStart)..<Int(glob.idStart + glob.idCount) { out.append(general.ids.items[id]) }
        }
    }

    private func infixCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        let infix = self.infix
        for k in 0..<infix.count where Int(infix.needles.items[k].length) <= bytes.count {
            let needle = infix.needles.items[k]
            guard EntryTable.contains(bytes, UnsafeBufferPointer(start: infix.bytes.items + Int(needle.start), count: Int(needle.length))) else { continue }
            for id in Int(needle.idStart)..<Int(needle.idStart + needle.idCount) { out.append(infix.ids.items[id]) }
        }
    }

    private func suffixCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        let lengths = suffixLengths
        for k in 0..<lengths.count {
            let length = lengths.items[k]
            guard length <= bytes.count else { break }
            suffix.lookup(TokenKey.hash(bytes.baseAddress! + (bytes.count - length), count: length), into: &out)
        }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
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
