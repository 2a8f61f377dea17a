/// Per-node text measures of a `PageTree`, ignoring removed and hidden subtrees.
///
/// One reverse pass over the pre-order array: children come after their parent, so each node is
/// complete when reached and is then added into its parent.
struct Measures {
    /// Visible characters in the subtree.
    var text: [Int32]
    /// Visible characters inside links.
    var link: [Int32]
    /// Visible non-link characters inside `<p>`, `<blockquote>` and `<pre>`.
    var paragraph: [Int32]
    /// Whether the node and all its ancestors are kept.
    var alive: [Bool]

    init(_ tree: PageTree) {
        let count = tree.count
        text = Array(repeating: 0, count: count)
        link = Array(repeating: 0, count: count)
        paragraph = Array(repeating: 0, count: count)
        alive = Array(repeating: true, count: count)
        let dead: PageTree.Flags = [.removed, .hidden]
        for i in 0..<count {
            let parent = Int(tree.parents[i])
            alive[i] = (parent < 0 || alive[parent]) && tree.flags[i].isDisjoint(with: dead)
        }
        for i in stride(from: count - 1, through: 0, by: -1) {
            let tag = tree.tags[i]
            if tag == .text { text[i] = tree.ownLength[i] }
            if tag == .a { link[i] = text[i] }
            if tag.isParagraph { paragraph[i] = text[i] - link[i] }
            let parent = Int(tree.parents[i])
            guard parent >= 0, tree.flags[i].isDisjoint(with: dead) else { continue }
            text[parent] += text[i]
            link[parent] += link[i]
            paragraph[parent] += paragraph[i]
        }
    }

    /// Share of the node's text inside links (0 when it has no text).
    func linkDensity(_ i: Int) -> Double { text[i] == 0 ? 0 : Double(link[i]) / Double(text[i]) }

    /// Non-link characters of the node.
    func content(_ i: Int) -> Int { Int(text[i] - link[i]) }
}
