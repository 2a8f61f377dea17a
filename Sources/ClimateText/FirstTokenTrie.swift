/// A byte trie over folded words and prefix globs: one walk over a token's folded bytes finds every
/// exact word equal to it and every prefix glob (`refugee*`) it starts with.
///
/// Replaces one hash probe per prefix length with a walk that usually stops after a few bytes. The
/// root has a dense 256-entry table; other nodes keep their edges sorted by byte in one flat array
/// (small enough to stay in cache: a dense table per node was mostly cache misses). Built once, then
/// read-only: the storage is immutable after `init` and safe to share across threads.
struct FirstTokenTrie: Sendable {
    private let storage: Storage

    /// Builds the trie from exact words and prefix-glob cores (folded UTF-8) with their pattern ids.
    init(exact: [[UInt8]: [Int32]], prefix: [[UInt8]: [Int32]]) {
        // Trie with dictionary children first, then flattened.
        var children: [[UInt8: Int32]] = [[:]]
        var exactValues: [[Int32]] = [[]]
        var prefixValues: [[Int32]] = [[]]
        func node(for key: [UInt8]) -> Int {
            var n = 0
            for b in key {
                if let child = children[n][b] { n = Int(child); continue }
                children.append([:]); exactValues.append([]); prefixValues.append([])
                children[n][b] = Int32(children.count - 1)
                n = children.count - 1
            }
            return n
        }
        // Sorted keys: the same trie (and candidate order) whatever the dictionary order.
        for (key, ids) in exact.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) { exactValues[node(for: key)] += ids }
        for (key, ids) in prefix.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) { prefixValues[node(for: key)] += ids }
        storage = Storage(children: children, exact: exactValues, prefix: prefixValues)
    }

    var isEmpty: Bool { storage.valueCount == 0 }

    /// Appends the ids of the prefix globs `bytes` starts with (shortest first), then of the exact
    /// words equal to `bytes`.
    @inline(__always)
    func candidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Int32]) {
        let s = storage
        guard let first = bytes.first else { return }
        var node = Int(s.root[Int(first)])
        var k = 0
        while true {
            if node == 0 { return }
            let p = s.prefixStart[node], pe = s.prefixStart[node + 1]
            if p < pe { for v in Int(p)..<Int(pe) { out.append(s.values[v]) } }
            k += 1
            if k == bytes.count { break }
            let b = UInt32(bytes[k])
            var e = Int(s.edgeStart[node])
            let end = Int(s.edgeStart[node + 1])
            node = 0
            while e < end {
                let edge = s.edges[e]
                let eb = edge >> 24
                if eb == b { node = Int(edge & 0xFF_FFFF); break }
                if eb > b { break }
                e += 1
            }
        }
        let e = s.exactStart[node], ee = s.exactStart[node + 1]
        if e < ee { for v in Int(e)..<Int(ee) { out.append(s.values[v]) } }
    }

    /// Flat, immutable storage (allocated once, freed with the last trie copy).
    private final class Storage: @unchecked Sendable {
        /// Children of the root by byte (0 = none; the root is never a child).
        let root: UnsafeMutablePointer<Int32>
        /// Per node (plus one end marker): start of its edges in `edges`.
        let edgeStart: UnsafeMutablePointer<Int32>
        /// Edges sorted by byte within a node: byte << 24 | child.
        let edges: UnsafeMutablePointer<UInt32>
        /// Per node (plus one end marker): start of its prefix-glob ids and of its exact ids in `values`.
        let prefixStart: UnsafeMutablePointer<Int32>
        let exactStart: UnsafeMutablePointer<Int32>
        let values: UnsafeMutablePointer<Int32>
        let valueCount: Int

        init(children: [[UInt8: Int32]], exact: [[Int32]], prefix: [[Int32]]) {
            let nodes = children.count
            precondition(nodes < 1 << 24, "trie too large")
            root = .allocate(capacity: 256)
            root.initialize(repeating: 0, count: 256)
            for (b, child) in children[0] { root[Int(b)] = child }
            var flatEdges: [UInt32] = []
            edgeStart = .allocate(capacity: nodes + 1)
            for n in 0..<nodes {
                edgeStart[n] = Int32(flatEdges.count)
                for (b, child) in children[n].sorted(by: { $0.key < $1.key }) { flatEdges.append(UInt32(b) << 24 | UInt32(child)) }
            }
            edgeStart[nodes] = Int32(flatEdges.count)
            edges = .allocate(capacity: max(1, flatEdges.count))
            edges.initialize(from: flatEdges, count: flatEdges.count)
            // Values: all prefix ids node by node, then all exact ids node by node.
            var flat: [Int32] = []
            prefixStart = .allocate(capacity: nodes + 1)
            exactStart = .allocate(capacity: nodes + 1)
            for n in 0..<nodes { prefixStart[n] = Int32(flat.count); flat += prefix[n] }
            prefixStart[nodes] = Int32(flat.count)
            for n in 0..<nodes { exactStart[n] = Int32(flat.count); flat += exact[n] }
            exactStart[nodes] = Int32(flat.count)
            valueCount = flat.count
            values = .allocate(capacity: max(1, flat.count))
            values.initialize(from: flat, count: flat.count)
        }

        deinit {
            root.deallocate()
            edgeStart.deallocate()
            edges.deallocate()
            prefixStart.deallocate()
            exactStart.deallocate()
            values.deallocate()
        }
    }
}
