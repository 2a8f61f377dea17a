import Foundation

/// Groups articles into duplicate clusters with stable, order-independent ids.
///
/// Two articles are joined when they have the same ``ContentHash`` (and at least
/// ``NearDuplicate/minimumWords`` words, i.e. a signature) or when ``NearDuplicate`` calls
/// them near duplicates; clusters are the connected components of those links (so a chain
/// A≈B≈C is one cluster even if A and C alone would not be). A cluster's id is the smallest
/// article id in it, its representative the earliest-published member (ties and missing dates:
/// smallest id). Every article belongs to exactly one cluster; singletons have their own id.
/// The result depends only on the set of inputs, never on their order.
///
/// ## Topics
/// - ``Item``
/// - ``Cluster``
/// - ``clusters(_:)``
public struct Clusterer: Sendable {
    /// What the clusterer needs of one article.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var contentHash: String
        public var signature: MinHashSignature?
        public var published: Date?

        public init(id: String, contentHash: String, signature: MinHashSignature?, published: Date? = nil) {
            self.id = id
            self.contentHash = contentHash
            self.signature = signature
            self.published = published
        }
    }

    /// One cluster: its id, its representative and its members (sorted by id).
    public struct Cluster: Sendable, Hashable {
        public var id: String
        public var representative: String
        public var members: [String]
    }

    public var rule: NearDuplicate

    public init(rule: NearDuplicate = .standard) { self.rule = rule }

    /// The clusters of `items`, sorted by id. Duplicate item ids are merged (first wins).
    public func clusters(_ items: [Item]) -> [Cluster] {
        var seen = Set<String>()
        let sorted = items.sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        var forest = UnionFind(count: sorted.count)
        var byHash: [String: Int] = [:]
        var buckets: [UInt64: [Int]] = [:]
        for (index, item) in sorted.enumerated() {
            guard let signature = item.signature else { continue }
            if let first = byHash[item.contentHash] { forest.union(first, index) } else { byHash[item.contentHash] = index }
            for key in rule.bandKeys(signature) { buckets[key, default: []].append(index) }
        }
        for key in buckets.keys.sorted() {
            guard let bucket = buckets[key], bucket.count > 1 else { continue }
            for (position, first) in bucket.enumerated() {
                for second in bucket[(position + 1)...] where forest.find(first) != forest.find(second) {
                    if let a = sorted[first].signature, let b = sorted[second].signature, rule.isNearDuplicate(a, b) {
                        forest.union(first, second)
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in sorted.indices { groups[forest.find(index), default: []].append(index) }
        return groups.values.map { indices in
            let members = indices.map { sorted[$0].id }
            let representative = indices.min { lhs, rhs in
                switch (sorted[lhs].published, sorted[rhs].published) {
                case let (l?, r?) where l != r: return l < r
                case (.some, nil): return true
                case (nil, .some): return false
                default: return sorted[lhs].id < sorted[rhs].id
                }
            } ?? indices[0]
            return Cluster(id: members[0], representative: sorted[representative].id, members: members)
        }.sorted { $0.id < $1.id }
    }
}

/// Disjoint sets over `0..<count` with path halving and union by index (smaller root wins).
struct UnionFind: Sendable {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func union(_ first: Int, _ second: Int) {
        let a = find(first), b = find(second)
        if a == b { return }
        if a < b { parent[b] = a } else { parent[a] = b }
    }
}
