/// Classifies element signatures with the `NameVocabulary`, caching results per page.
///
/// All substring patterns are indexed by their first two bytes in a flat 64 K table, so a
/// class/id word is scanned once with one array look-up per position instead of being compared
/// with every pattern.
struct NameMatcher {
    /// What a signature says about its element.
    struct Verdict {
        /// Rank of the best article-body name (lower is stronger), or nil.
        var bodyRank: Int?
        /// A main-content landmark word.
        var isMain = false
        /// A boilerplate name (navigation, sharing, comments, related, ads ...).
        var isBoilerplate = false
        /// A comment-section name (never an article container).
        var isComment = false
        /// A lead / standfirst name (`intro`, `summary`, `chapo` ...).
        var isLead = false
    }

    private var cache: [String: Verdict] = [:]

    mutating func verdict(_ signature: String) -> Verdict {
        if let known = cache[signature] { return known }
        let result = Self.classify(signature)
        cache[signature] = result
        return result
    }

    private enum Kind { case body(Int), boilerplate, lead, comment, leader, safe }

    private struct Pattern { let bytes: [UInt8]; let kind: Kind }

    private static let patterns: [Pattern] = {
        var list: [Pattern] = []
        for (rank, name) in NameVocabulary.bodyNames.enumerated() { list.append(Pattern(bytes: Array(name.utf8), kind: .body(rank))) }
        for name in NameVocabulary.boilerplateSubstrings { list.append(Pattern(bytes: Array(name.utf8), kind: .boilerplate)) }
        for name in NameVocabulary.leadNames { list.append(Pattern(bytes: Array(name.utf8), kind: .lead)) }
        for name in NameVocabulary.safeWords { list.append(Pattern(bytes: Array(name.utf8), kind: .safe)) }
        list.append(Pattern(bytes: Array("comment".utf8), kind: .comment))
        list.append(Pattern(bytes: Array("leader".utf8), kind: .leader))
        return list
    }()

    /// For each first-two-bytes key: the range of `order` holding the patterns starting so.
    private static let table: (starts: [Int32], order: [Int32]) = {
        var buckets = [[Int32]](repeating: [], count: 65_536)
        for (i, pattern) in patterns.enumerated() {
            buckets[Int(pattern.bytes[0]) << 8 | Int(pattern.bytes[1])].append(Int32(i))
        }
        var starts = [Int32](repeating: 0, count: 65_537)
        var order: [Int32] = []
        for key in 0..<65_536 {
            starts[key] = Int32(order.count)
            order.append(contentsOf: buckets[key])
        }
        starts[65_536] = Int32(order.count)
        return (starts, order)
    }()

    static func classify(_ signature: String) -> Verdict {
        var verdict = Verdict()
        let starts = table.starts
        let order = table.order
        for word in signature.split(separator: " ") {
            let bytes = Array(word.utf8)
            if NameVocabulary.mainWords.contains(String(word)) { verdict.isMain = true }
            var boilerplate = false, lead = false, leader = false, safe = false
            if bytes.count >= 2 {
                for start in 0..<(bytes.count - 1) {
                    let key = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                    var slot = Int(starts[key])
                    let end = Int(starts[key + 1])
                    while slot < end {
                        let pattern = patterns[Int(order[slot])]
                        slot += 1
                        guard matches(pattern.bytes, bytes, at: start) else { continue }
                        switch pattern.kind {
                        case .body(let rank): verdict.bodyRank = min(verdict.bodyRank ?? rank, rank)
                        case .boilerplate: boilerplate = true
                        case .lead: lead = true
                        case .comment: verdict.isComment = true
                        case .leader: leader = true
                        case .safe: safe = true
                        }
                    }
                }
            }
            if NameVocabulary.boilerplateWords.contains(String(word)) { boilerplate = true }
            if !boilerplate, let last = word.split(whereSeparator: { $0 == "-" || $0 == "_" }).last,
                NameVocabulary.boilerplateTokens.contains(String(last)) {
                boilerplate = true
            }
            let isLead = lead && !leader
            if isLead { verdict.isLead = true }
            if verdict.isComment { boilerplate = true }
            if boilerplate, !isLead, !safe { verdict.isBoilerplate = true }
        }
        if verdict.isComment { verdict.bodyRank = nil }
        return verdict
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        var k = 2
        while k < pattern.count {
            if bytes[start + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }
}
