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
        /// The article's own header (`article-header`, `entry-header` ...).
        var isArticleHeader = false
        /// `role="article"`.
        var isArticleRole = false
    }

    private var cache: [String: Verdict] = [:]

    mutating func verdict(_ signature: String) -> Verdict {
        if let known = cache[signature] { return known }
        let result = Self.classify(signature)
        cache[signature] = result
        return result
    }

    private enum Kind { case body(Int), boilerplate, lead, comment, leader, safe, articleHeader, articleRole, mainWord, boilerplateWord, boilerplateToken }

    private struct Pattern { let bytes: [UInt8]; let kind: Kind }

    private static let patterns: [Pattern] = {
        var list: [Pattern] = []
        for (rank, name) in NameVocabulary.bodyNames.enumerated() { list.append(Pattern(bytes: Array(name.utf8), kind: .body(rank))) }
        for name in NameVocabulary.boilerplateSubstrings { list.append(Pattern(bytes: Array(name.utf8), kind: .boilerplate)) }
        for name in NameVocabulary.leadNames { list.append(Pattern(bytes: Array(name.utf8), kind: .lead)) }
        for name in NameVocabulary.safeWords { list.append(Pattern(bytes: Array(name.utf8), kind: .safe)) }
        for name in NameVocabulary.articleHeaders { list.append(Pattern(bytes: Array(name.utf8), kind: .articleHeader)) }
        for name in NameVocabulary.mainWords where name.utf8.count >= 2 { list.append(Pattern(bytes: Array(name.utf8), kind: .mainWord)) }
        for name in NameVocabulary.boilerplateWords { list.append(Pattern(bytes: Array(name.utf8), kind: .boilerplateWord)) }
        for name in NameVocabulary.boilerplateTokens { list.append(Pattern(bytes: Array(name.utf8), kind: .boilerplateToken)) }
        list.append(Pattern(bytes: Array("comment".utf8), kind: .comment))
        list.append(Pattern(bytes: Array("role-article".utf8), kind: .articleRole))
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
        let bytes = Array(signature.utf8)
        var wordStart = 0
        while wordStart < bytes.count {
            var wordEnd = wordStart
            while wordEnd < bytes.count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
            var boilerplate = false, lead = false, leader = false, safe = false
            if wordEnd - wordStart >= 2 {
                for start in wordStart..<(wordEnd - 1) {
                    let key = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                    var slot = Int(starts[key])
                    let end = Int(starts[key + 1])
                    while slot < end {
                        let pattern = patterns[Int(order[slot])]
                        slot += 1
                        guard matches(pattern.bytes, bytes, at: start, end: wordEnd) else { continue }
                        let patternEnd = start + pattern.bytes.count
                        switch pattern.kind {
                        case .body(let rank): verdict.bodyRank = min(verdict.bodyRank ?? rank, rank)
                        case .boilerplate: boilerplate = true
                        case .lead: lead = true
                        case .comment: verdict.isComment = true
                        case .leader: leader = true
                        case .safe: safe = true
                        case .articleHeader: verdict.isArticleHeader = true
                        case .articleRole:
                            if start == wordStart && patternEnd == wordEnd { verdict.isArticleRole = true }
                        case .mainWord:
                            if start == wordStart && patternEnd == wordEnd { verdict.isMain = true }
                        case .boilerplateWord:
                            if start == wordStart && patternEnd == wordEnd { boilerplate = true }
                        case .boilerplateToken:
                            // The last token of the word (after `-` or `_`), or the whole word.
                            if patternEnd == wordEnd, start == wordStart || bytes[start - 1] == 0x2D || bytes[start - 1] == 0x5F {
                                boilerplate = true
                            }
                        }
                    }
                }
            }
            let isLead = lead && !leader
            if isLead { verdict.isLead = true }
            if verdict.isComment { boilerplate = true }
            if boilerplate, !isLead, !safe { verdict.isBoilerplate = true }
            wordStart = wordEnd + 1
        }
        if verdict.isComment { verdict.bodyRank = nil }
        return verdict
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        guard start + pattern.count <= end else { return false }
        var k = 2
        while k < pattern.count {
            if bytes[start + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }
}
