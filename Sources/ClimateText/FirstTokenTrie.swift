/// A byte trie over folded words and prefix globs: one walk over a token's folded bytes finds every
/// exact word equal to it and every prefix glob (`refugee*`) it starts with.
///
/// Replaces one hash probe per prefix length with a walk that usually stops after a few bytes. The
/// root has a dense 256-entry table; other nodes keep their edges sorted by byte in one flat array,
/// and each edge carries its target's edge range and value counts, so a step reads one place (a
/// dense table per node, or separate per-node arrays, were mostly cache misses). Built once, then
/// read-only: the storage is immutable after `init` and safe to share across threads. A plain value
/// over raw memory (reading it retains nothing); its owner frees it once (``free()``).
struct FirstTokenTrie: @unchecked Sendable {  // immutable raw memory, freed by the owner
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

    /// Frees the trie's memory (once, by its owner).
    func free() { storage.free() }

    /// Appends the ids of the prefix globs `bytes` starts with (shortest first), then of the exact
    /// words equal to `bytes`.
    @inline(__always)
    func candidates(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout IDBuffer) {
        let s = storage
        guard let first = bytes.first else { return }
        var edge = s.root[Int(first)]
        var k = 0
        while true {
            if edge.exists == 0 { return }
            if edge.prefixCount > 0 {
                let v = Int(edge.valueStart)
                for x in v..<(v + Int(edge.prefixCount)) { out.append(s.values[x]) }
            }
            k += 1
            if k == bytes.count { break }
            let b = bytes[k]
            if edge.exists == 2 {  // wide node: dense row over byte classes
                let index = s.dense[Int(edge.childStart) + Int(s.classOf[Int(b)])]
                if index == 0 { return }
                edge = s.edges[Int(index) - 1]
                continue
            }
            var e = Int(edge.childStart)
            let end = e + Int(edge.childCount)
            edge.exists = 0
            while e < end {
                let candidate = s.edges[e]
                if candidate.byte == b { edge = candidate; break }
                if candidate.byte > b { break }
                e += 1
            }
        }
        if edge.exactCount > 0 {
            let v = Int(edge.valueStart) + Int(edge.prefixCount)
            for x in v..<(v + Int(edge.exactCount)) { out.append(s.values[x]) }
        }
    }

    /// An edge into a node, carrying what a walk needs of that node (16 bytes: one read per step).
    struct Edge {
        var byte: UInt8 = 0
        /// 0: no such edge; 1: the node's edges are `edges[childStart ..< childStart + childCount]`,
        /// sorted by byte; 2: the node is wide and `dense[childStart + classOf[byte]]` is 1 + the
        /// index of the edge for `byte` in `edges` (0: none).
        var exists: UInt8 = 0
        var childCount: UInt16 = 0
        /// The node's values: prefix-glob ids, then exact-word ids, from `valueStart`.
        var prefixCount: UInt16 = 0
        var exactCount: UInt16 = 0
        var childStart: Int32 = 0
        var valueStart: Int32 = 0
    }

    /// Flat, immutable storage (allocated once, freed by the trie's owner through ``free()``).
    private struct Storage {
        /// Edges out of the root, by byte (`exists` 0 = none).
        let root: UnsafeMutablePointer<Edge>
        let edges: UnsafeMutablePointer<Edge>
        /// Byte classes (0: a byte no key contains) and the dense rows of wide nodes.
        let classOf: UnsafeMutablePointer<UInt8>
        let dense: UnsafeMutablePointer<Int32>
        let values: UnsafeMutablePointer<Int32>
        let valueCount: Int

        init(children: [[UInt8: Int32]], exact: [[Int32]], prefix: [[Int32]]) {
            let nodes = children.count
            // Node layout: each node's edges are contiguous; values node by node (prefix ids, then exact ids).
            var childStart = [Int32](repeating: 0, count: nodes)
            var edgeCount = 0
            for n in 0..<nodes { childStart[n] = Int32(edgeCount); edgeCount += children[n].count }
            var flat: [Int32] = []
            var valueStart = [Int32](repeating: 0, count: nodes)
            for n in 0..<nodes {
                precondition(prefix[n].count <= Int(UInt16.max) && exact[n].count <= Int(UInt16.max), "too many patterns per key")
                valueStart[n] = Int32(flat.count)
                flat += prefix[n]
                flat += exact[n]
            }
            // Wide nodes (many children, where a linear search mispredicts) get a dense row over byte classes.
            var classes = [UInt8](repeating: 0, count: 256)
            var width = 1
            for map in children { for b in map.keys where classes[Int(b)] == 0 { classes[Int(b)] = UInt8(width); width += 1 } }
            var denseRows: [Int32] = []
            var denseStart = [Int32](repeating: -1, count: nodes)
            for n in 1..<max(1, nodes) where children[n].count >= Storage.wide {
                denseStart[n] = Int32(denseRows.count)
                denseRows += [Int32](repeating: 0, count: width)
                let base = Int(denseStart[n])
                for (offset, (b, _)) in children[n].sorted(by: { $0.key < $1.key }).enumerated() {
                    denseRows[base + Int(classes[Int(b)])] = childStart[n] + Int32(offset) + 1
                }
            }
            func edge(_ b: UInt8, to n: Int) -> Edge {
                let isDense = denseStart[n] >= 0
                return Edge(byte: b, exists: isDense ? 2 : 1, childCount: UInt16(children[n].count), prefixCount: UInt16(prefix[n].count),
                            exactCount: UInt16(exact[n].count), childStart: isDense ? denseStart[n] : childStart[n],
                            valueStart: valueStart[n])
            }
            root = .allocate(capacity: 256)
            root.initialize(repeating: Edge(), count: 256)
            for (b, child) in children[0] { root[Int(b)] = edge(b, to: Int(child)) }
            edges = .allocate(capacity: max(1, edgeCount))
            edges.initialize(repeating: Edge(), count: max(1, edgeCount))
            for n in 0..<nodes {
                for (offset, (b, child)) in children[n].sorted(by: { $0.key < $1.key }).enumerated() {
                    edges[Int(childStart[n]) + offset] = edge(b, to: Int(child))
                }
            }
            classOf = .allocate(capacity: 256)
            classOf.initialize(from: classes, count: 256)
            dense = .allocate(capacity: max(1, denseRows.count))
            dense.initialize(repeating: 0, count: max(1, denseRows.count))
            for (k, v) in denseRows.enumerated() { dense[k] = v }
            valueCount = flat.count
            values = .allocate(capacity: max(1, flat.count))
            values.initialize(from: flat, count: flat.count)
        }

        /// Nodes with at least this many children get a dense row.
        static let wide = 4

        func free() {
            classOf.deallocate()
            dense.deallocate()
            root.deallocate()
            edges.deallocate()
            values.deallocate()
        }
    }
}
