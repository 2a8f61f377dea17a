/// Classifies element signatures with the `NameVocabulary`, caching results per page.
///
/// Substring patterns are indexed by their first two bytes, so a word is scanned once with a
/// table look-up per position instead of being compared with every pattern.
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
    }

    private var cache: [String: Verdict] = [:]

    mutating func verdict(_ signature: String) -> Verdict {
        if let known = cache[signature] { return known }
        let result = Self.classify(signature)
        cache[signature] = result
        return result
    }

    private struct Pattern { let bytes: [UInt8]; let body: Int?; let boilerplate: Bool }

    private static let patterns: [Pattern] = {
        var list: [Pattern] = []
        for (rank, name) in NameVocabulary.bodyNames.enumerated() { list.append(Pattern(bytes: Array(name.utf8), body: rank, boilerplate: false)) }
        for name in NameVocabulary.boilerplateSubstrings { list.append(Pattern(bytes: Array(name.utf8), body: nil, boilerplate: true)) }
        return list
    }()

    /// Pattern indices by their first two bytes.
    private static let index: [UInt16: [Int]] = {
        var table: [UInt16: [Int]] = [:]
        for (i, pattern) in patterns.enumerated() {
            let key = UInt16(pattern.bytes[0]) << 8 | UInt16(pattern.bytes[1])
            table[key, default: []].append(i)
        }
        return table
    }()

    private static let safe: [[UInt8]] = NameVocabulary.safeWords.map { Array($0.utf8) }
    private static let comment: [UInt8] = Array("comment".utf8)

    static func classify(_ signature: String) -> Verdict {
        var verdict = Verdict()
        for word in signature.split(separator: " ") {
            let bytes = Array(word.utf8)
            if NameVocabulary.mainWords.contains(String(word)) { verdict.isMain = true }
            if find(comment, in: bytes) { verdict.isComment = true }
            var boilerplate = false
            if bytes.count >= 2 {
                for start in 0..<(bytes.count - 1) {
                    let key = UInt16(bytes[start]) << 8 | UInt16(bytes[start + 1])
                    guard let candidates = index[key] else { continue }
                    for candidate in candidates where matches(patterns[candidate].bytes, bytes, at: start) {
                        let pattern = patterns[candidate]
                        if let rank = pattern.body { verdict.bodyRank = min(verdict.bodyRank ?? rank, rank) }
                        if pattern.boilerplate { boilerplate = true }
                    }
                }
            }
            if NameVocabulary.boilerplateWords.contains(String(word)) { boilerplate = true }
            if !boilerplate, let last = word.split(whereSeparator: { $0 == "-" || $0 == "_" }).last,
                NameVocabulary.boilerplateTokens.contains(String(last)) {
                boilerplate = true
            }
            let lead = NameVocabulary.leadNames.contains { word.contains($0) } && !word.contains("leader")
            if boilerplate, !lead, !safe.contains(where: { find($0, in: bytes) }) { verdict.isBoilerplate = true }
        }
        if verdict.isComment { verdict.bodyRank = nil }
        return verdict
    }

    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        for k in 2..<pattern.count where bytes[start + k] != pattern[k] { return false }
        return true
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        guard pattern.count <= bytes.count else { return false }
        for start in 0...(bytes.count - pattern.count) where matches(pattern, bytes, at: start) && bytes[start] == pattern[0]
            && bytes[start + 1] == pattern[1] {
            return true
        }
        return false
    }
}
