import CLibXML2

/// Copies a libxml2 document into a `PageTree` and collects `PageMeta` in the same single walk.
///
/// The walk is iterative (explicit stack), reads text and attribute nodes directly (never
/// `xmlNodeGetContent`, which expands entities) and skips entity-reference nodes.
struct TreeBuilder {
    private(set) var tree = PageTree()
    private(set) var meta = PageMeta()
    private var tagCache: [UnsafeRawPointer: (Tag, Bool)] = [:]

    /// Builds the tree of `document`.
    static func build(_ document: HTMLDocument, expectedNodes: Int = 1024) -> (PageTree, PageMeta) {
        var builder = TreeBuilder()
        builder.tree.reserve(expectedNodes)
        builder.tree.texts.append(" ")
        builder.tree.body = -1
        if let root = document.root { builder.walk(root) }
        if builder.tree.body < 0 { builder.tree.body = 0 }
        return (builder.tree, builder.meta)
    }

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [(node: xmlNodePtr, index: Int)] = []
        var current: xmlNodePtr? = root
        var parent = -1
        while let node = current {
            var descend = false
            var index = -1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if let added = addElement(node, parent: parent) {
                    index = added
                    descend = node.pointee.children != nil
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if parent >= 0, let content = node.pointee.content { addText(content, parent: parent) }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                stack.append((node, index))
                parent = index
                current = child
                continue
            }
            // Move to the next sibling, closing finished ancestors.
            var next = node.pointee.next
            while next == nil, let top = stack.popLast() {
                tree.ends[top.index] = Int32(tree.count)
                parent = stack.last?.index ?? -1
                next = top.node.pointee.next
                if stack.isEmpty && top.node == root { next = nil; break }
            }
            if stack.isEmpty && node == root { break }
            current = next
        }
    }

    private mutating func addText(_ content: UnsafeMutablePointer<xmlChar>, parent: Int) {
        // Count visible characters on the C bytes first: white-space-only nodes make no String.
        var length: Int32 = 0
        var count = 0
        while content[count] != 0 {
            let byte = content[count]
            if byte & 0xC0 != 0x80, byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D, byte != 0x0C { length += 1 }
            count += 1
        }
        if length == 0 {
            _ = tree.append(.text, parent: parent, ref: 0, flags: [])
            return
        }
        tree.texts.append(String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self))
        _ = tree.append(.text, parent: parent, ref: Int32(tree.texts.count - 1), flags: [], length: length)
    }

    private mutating func tag(of node: xmlNodePtr) -> (Tag, drop: Bool) {
        guard let name = node.pointee.name else { return (.other, true) }
        let key = UnsafeRawPointer(name)
        if let cached = tagCache[key] { return cached }
        let string = String(cString: name).lowercased()
        let tag = Tag.named(string)
        let drop = Tag.droppedNames.contains(string)
        tagCache[key] = (tag, drop)
        return (tag, drop)
    }

    /// Adds an element; nil when it is dropped with its subtree (scripts, media, controls, head).
    private mutating func addElement(_ node: xmlNodePtr, parent: Int) -> Int? {
        let (tag, drop) = tag(of: node)
        if drop { return nil }
        let attributes = Attributes(node, tag: tag)
        switch tag {
        case .meta:
            collectMeta(attributes)
            return nil
        case .link:
            if meta.canonical == nil, let rel = attributes.rel, rel.lowercased().split(separator: " ").contains("canonical"),
                let href = attributes.href { meta.canonical = href }
            return nil
        case .title:
            if meta.title == nil { meta.title = Self.childText(node) }
            return nil
        case .script:
            if let type = attributes.type, type.lowercased().contains("ld+json") {
                meta.jsonLD.append(Self.childText(node))
            }
            return nil
        case .head:
            // Walk the head for metadata only: its children are added under no parent.
            collectHead(node)
            return nil
        default:
            break
        }
        if tag == .html, let lang = attributes.lang { meta.htmlLang = lang }
        if tag == .article { meta.articleCount += 1 }
        if let itemType = attributes.itemtype, Self.isArticleType(itemType) { meta.hasArticleMicrodata = true }
        var flags: PageTree.Flags = []
        if attributes.isHidden { flags.insert(.hidden) }
        var ref: Int32 = -1
        if let signature = attributes.signature {
            tree.signatures.append(signature)
            ref = Int32(tree.signatures.count - 1)
        }
        let index = tree.append(tag, parent: parent, ref: ref, flags: flags)
        if tag == .body { tree.body = index }
        if tag == .time, meta.times.count < 20, let value = attributes.datetime {
            meta.times.append((value, attributes.pubdate, index))
        }
        return index
    }

    private mutating func collectHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { _ = addElementInHead(node) }
            child = node.pointee.next
        }
    }

    private mutating func addElementInHead(_ node: xmlNodePtr) -> Bool {
        let (tag, _) = tag(of: node)
        switch tag {
        case .meta, .link, .title, .script: _ = addElement(node, parent: -1)
        default: break
        }
        return true
    }

    private mutating func collectMeta(_ attributes: Attributes) {
        guard let content = attributes.content else { return }
        if let key = attributes.property ?? attributes.name ?? attributes.itemprop ?? attributes.httpEquiv {
            meta.metas.append((key.lowercased(), content))
        }
    }

    /// Concatenated text/CDATA children of `node` (one level; for title and script).
    static func childText(_ node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content {
                out += String(cString: content)
            }
            child = current.pointee.next
        }
        return out
    }

    static func isArticleType(_ type: String) -> Bool {
        let lower = type.lowercased()
        return lower.hasSuffix("article") || lower.hasSuffix("blogposting") || lower.hasSuffix("reportagenewsarticle")
    }
}
