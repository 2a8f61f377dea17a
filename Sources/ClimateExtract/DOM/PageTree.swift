/// A compact, read-only copy of a parsed page: elements and text in document (pre-)order.
///
/// Node `i`'s subtree is `i..<end[i]`, so every pass over the tree is a loop, never a recursion
/// (pages nest 100,000 levels deep). Scripts, styles, media and form controls are not copied.
/// Each element keeps one lower-case "signature" string (class, id, role, itemprop) that the
/// class/id vocabularies are matched against.
struct PageTree {
    /// Node flags.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Hidden by `hidden`, `aria-hidden=true` or an inline `display:none`/`visibility:hidden`.
        static let hidden = Flags(rawValue: 1)
        /// Removed by cleaning: skipped with its whole subtree.
        static let removed = Flags(rawValue: 2)
        /// Ancestor of (or itself) a named article container: never removed by negative names.
        static let protected = Flags(rawValue: 4)
    }

    var tags: [Tag] = []
    var parents: [Int32] = []
    var ends: [Int32] = []
    var flags: [Flags] = []
    /// For text nodes: index into `texts`; for elements: index into `signatures`, or -1.
    var refs: [Int32] = []
    /// For text nodes: visible characters (Unicode scalars that are not white space).
    var ownLength: [Int32] = []
    var texts: [String] = []
    var signatures: [String] = []
    /// The `<body>` element, or the root when there is none.
    var body: Int = 0

    var count: Int { tags.count }

    /// Reserves room for `nodes` nodes (about one per 60 bytes of HTML on news pages).
    mutating func reserve(_ nodes: Int) {
        tags.reserveCapacity(nodes)
        parents.reserveCapacity(nodes)
        ends.reserveCapacity(nodes)
        flags.reserveCapacity(nodes)
        refs.reserveCapacity(nodes)
        ownLength.reserveCapacity(nodes)
        texts.reserveCapacity(nodes / 3)
        signatures.reserveCapacity(nodes / 3)
    }

    /// Appends a node and returns its index (its `end` is set when its subtree is closed).
    mutating func append(_ tag: Tag, parent: Int, ref: Int32, flags: Flags, length: Int32 = 0) -> Int {
        tags.append(tag)
        parents.append(Int32(parent))
        ends.append(Int32(tags.count))
        self.flags.append(flags)
        refs.append(ref)
        ownLength.append(length)
        return tags.count - 1
    }

    /// The signature (class, id, role, itemprop; lower case) of element `i`, or "".
    func signature(_ i: Int) -> String {
        let ref = refs[i]
        return tags[i] != .text && ref >= 0 ? signatures[Int(ref)] : ""
    }

    /// Whether `ancestor` contains `node` (or is it).
    func contains(_ ancestor: Int, _ node: Int) -> Bool { node >= ancestor && node < Int(ends[ancestor]) }

    /// Whether the node or one of its ancestors is removed or hidden.
    func isRemoved(_ i: Int) -> Bool {
        var node = i
        while node >= 0 {
            if !flags[node].isDisjoint(with: [.removed, .hidden]) { return true }
            node = Int(parents[node])
        }
        return false
    }

    /// The plain text of a subtree (white space collapsed), ignoring removed nodes.
    func plainText(of root: Int, limit: Int = 100_000) -> String {
        var out = TextBuffer()
        var i = root
        let end = Int(ends[root])
        while i < end, out.count < limit {
            if i != root, !flags[i].isDisjoint(with: [.removed, .hidden]) { i = Int(ends[i]); continue }
            if tags[i] == .text { out.append(texts[Int(refs[i])]) } else if tags[i].isBlock || tags[i] == .br { out.space() }
            i += 1
        }
        return out.string
    }

    /// Visible length of a string: Unicode scalars that are not ASCII white space.
    static func visibleLength(_ text: String) -> Int32 {
        var count: Int32 = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D && byte != 0x0C { count += 1 }
        }
        return count
    }
}

/// Appends text with white-space runs collapsed to one space.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
            } else {
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
    }

    /// Requests a separating space before the next visible character.
    mutating func space() { pendingSpace = true }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true); pendingSpace = false }
}
