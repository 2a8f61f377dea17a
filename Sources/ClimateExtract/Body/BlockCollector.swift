/// Turns a container subtree into text blocks, pruning link-dense sub-trees on the way.
///
/// Block elements (p, headings, lists, quotes, table cells, divs ...) start and end blocks; inline
/// elements (a, span, em ...) are joined without a break, so words split by markup stay whole.
/// A `<br>` ends the current block. Inside the container, an element is skipped with its subtree
/// when its text is mostly link text (`LinkDensity` thresholds below): related-story lists, tag
/// clouds and "read more" lines are pruned without needing names.
enum BlockCollector {
    /// Collects the blocks of `root` (the root itself is never pruned).
    static func collect(_ tree: PageTree, _ measures: Measures, root: Int, into blocks: inout [Block]) {
        var buffer = TextBuffer()
        var length = 0
        var linkLength = 0
        var stack: [(end: Int, tag: Tag, node: Int)] = [(Int(tree.ends[root]), tree.tags[root], root)]
        var linkEnds: [Int] = []
        let end = Int(tree.ends[root])
        let dead: PageTree.Flags = [.removed, .hidden]

        func flush() {
            if length > 0, let top = stack.last {
                blocks.append(Block(text: buffer.string, tag: top.tag, length: length, linkLength: linkLength, node: top.node))
            }
            buffer.removeAll()
            length = 0
            linkLength = 0
        }

        var i = root + 1
        while i < end {
            while stack.count > 1, let top = stack.last, top.end <= i {
                flush()
                stack.removeLast()
            }
            while let last = linkEnds.last, last <= i { linkEnds.removeLast() }
            let tag = tree.tags[i]
            if tag == .text {
                let own = Int(tree.ownLength[i])
                buffer.append(tree.texts[Int(tree.refs[i])])
                length += own
                if !linkEnds.isEmpty { linkLength += own }
                i += 1
                continue
            }
            if !tree.flags[i].isDisjoint(with: dead) {
                if !tag.isBlock { buffer.space() }
                i = Int(tree.ends[i])
                continue
            }
            if isLinkFarm(tree, measures, i) {
                // A heading or label right before a pruned link list introduces it ("Related:").
                if tag.isBlock {
                    flush()
                    if let last = blocks.last, last.node > root, isLabel(last) { blocks.removeLast() }
                }
                i = Int(tree.ends[i])
                continue
            }
            if tag == .br || tag == .hr {
                flush()
            } else if tag.isBlock {
                flush()
                stack.append((Int(tree.ends[i]), tag, i))
            } else if tag == .a {
                linkEnds.append(Int(tree.ends[i]))
            }
            i += 1
        }
        while !stack.isEmpty {
            flush()
            stack.removeLast()
        }
    }

    /// A heading, or a short line without sentence punctuation: the title of what follows it.
    static func isLabel(_ block: Block) -> Bool {
        if block.tag.isHeading && block.length < 120 { return true }
        guard block.length < 40, let last = block.text.unicodeScalars.last else { return false }
        return !".!?\"”“»«".unicodeScalars.contains(last)
    }

    /// Whether element `i` is mostly link text for its kind and size.
    static func isLinkFarm(_ tree: PageTree, _ measures: Measures, _ i: Int) -> Bool {
        let text = Int(measures.text[i])
        guard text > 0 else { return false }
        let density = measures.linkDensity(i)
        switch tree.tags[i] {
        case .div, .section, .ul, .ol, .dl, .table, .article, .main, .tbody, .tr, .center, .details:
            return density >= 0.6 && (text < 1500 || density >= 0.8) || (density >= 0.4 && text < 200)
        case .li, .p, .dd, .dt, .td, .th, .blockquote:
            return density >= 0.8 && text < 400
        case .h1, .h2, .h3, .h4, .h5, .h6:
            return density >= 0.5
        case .other:
            // An inline pop-up of links inside running text (hover cards, "more from" rolls).
            let parent = Int(tree.parents[i])
            return text >= 150 && density >= 0.8 && parent >= 0 && Double(measures.text[parent]) >= 1.2 * Double(text)
        default:
            return false
        }
    }
}
