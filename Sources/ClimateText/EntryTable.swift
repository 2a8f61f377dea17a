/// Look-up tables from a token to the patterns whose first token matches it.
///
/// Exact first tokens and prefix globs are found in one walk of a byte trie over the token's folded
/// bytes; suffix globs by the hashes of the token's suffixes of the lengths that occur; infix globs by substring search;
/// other globs by direct matching. Built once per lexicon and shared read-only across threads: a
/// class, so the hot loops read it in place (copying a struct of arrays retains each array).
final class EntryTable: @unchecked Sendable {  // mutated only while being built, then read-only
    private var exactSource: [[UInt8]: [Int32]] = [:]
    private var prefixSource: [[UInt8]: [Int32]] = [:]
    private var suffixSource: [UInt64: [Int32]] = [:]
    private var words = FirstTokenTrie(exact: [:], prefix: [:])
    private var suffix = FlatKeyTable([:])
    private(set) var suffixLengths: [Int] = []
    private var infixSource: [(needle: [UInt8], entries: [Int32])] = []
    private var generalSource: [(glob: GlobPattern, entries: [Int32])] = []
    /// Infix needles flattened for the hot loop (no reference-counted elements to copy per token):
    /// needle `k` is `infixBytes[infixNeedles[k].start ..< +length]`, its ids `infixIDs[idStart ..< +idCount]`.
    private var infixBytes: [UInt8] = []
    private var infixNeedles: [InfixNeedle] = []
    private var infixIDs: [Int32] = []
    /// Other globs flattened the same way (their pattern bytes, `*` and `?` included).
    private var generalBytes: [UInt8] = []
    private var generalGlobs: [InfixNeedle] = []
    private var generalIDs: [Int32] = []

    /// Where one needle (or glob) and its pattern ids sit in the flat arrays.
    struct InfixNeedle { var start: Int32; var length: Int32; var idStart: Int32; var idCount: Int32 }

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
                if !suffixLengths.contains(s.utf8.count) { suffixLengths.append(s.utf8.count); suffixLengths.sort() }
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
        defer {
            hasSuffixes = !suffixLengths.isEmpty
            hasInfixes = !infixNeedles.isEmpty
            hasGeneral = !generalGlobs.isEmpty
            isEmpty = words.isEmpty && suffix.isEmpty && !hasInfixes && !hasGeneral
        }
        words = FirstTokenTrie(exact: exactSource, prefix: prefixSource)
        suffix = FlatKeyTable(suffixSource)
        for (needle, entries) in infixSource {
            infixNeedles.append(InfixNeedle(start: Int32(infixBytes.count), length: Int32(needle.count),
                                            idStart: Int32(infixIDs.count), idCount: Int32(entries.count)))
            infixBytes += needle
            infixIDs += entries
        }
        infixSource = []
        for (glob, entries) in generalSource {
            generalGlobs.append(InfixNeedle(start: Int32(generalBytes.count), length: Int32(glob.utf8.count),
                                            idStart: Int32(generalIDs.count), idCount: Int32(entries.count)))
            generalBytes += glob.utf8
            generalIDs += entries
        }
        generalSource = []
        exactSource = [:]
        prefixSource = [:]
        suffixSource = [:]
    }

    /// Appends every pattern whose first token matches the folded token `bytes` (key `key`) to `out`.
    @inline(__always)
    func candidates(key: UInt64, bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        unowned(unsafe) let words = self.words  // no retain per look-up: this table owns the trie
        words.candidates(bytes, into: &out)
        if hasSuffixes { suffixCandidates(bytes, into: &out) }
        if hasInfixes { infixCandidates(bytes, into: &out) }
        if hasGeneral { generalCandidates(bytes, into: &out) }
    }

    private func generalCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        generalGlobs.withUnsafeBufferPointer { globs in
        generalBytes.withUnsafeBufferPointer { patternBytes in
        generalIDs.withUnsafeBufferPointer { ids in
            for glob in globs {
                let start = Int(glob.start)
                let pattern = UnsafeBufferPointer(rebasing: patternBytes[start..<(start + Int(glob.length))])
                guard GlobPattern.matches(pattern: pattern, token: bytes) else { continue }
                for k in Int(glob.idStart)..<Int(glob.idStart + glob.idCount) { out.append(ids[k]) }
            }
        }
        }
        }
    }

    private func infixCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        infixNeedles.withUnsafeBufferPointer { needles in
        infixBytes.withUnsafeBufferPointer { needleBytes in
        infixIDs.withUnsafeBufferPointer { ids in
            for needle in needles where Int(needle.length) <= bytes.count {
                let start = Int(needle.start)
                let slice = UnsafeBufferPointer(rebasing: needleBytes[start..<(start + Int(needle.length))])
                guard EntryTable.contains(bytes, slice) else { continue }
                for k in Int(needle.idStart)..<Int(needle.idStart + needle.idCount) { out.append(ids[k]) }
            }
        }
        }
        }
    }

    private func suffixCandidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        for k in suffixLengths.indices {
            let length = suffixLengths[k]
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
