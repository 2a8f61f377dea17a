import CLibXML2

/// Serialises inline markup inside a feed element (Atom `type="xhtml"`, naked HTML in RSS) as HTML text.
///
/// Elements in the XHTML namespace, in no namespace, or in the feed's own namespace are written by
/// local name; other namespaces (MathML, SVG) get an `xmlns` attribute where they start. Attributes
/// are written sorted by name (as feedparser does), text is escaped, HTML void elements are `<br />`.
enum FeedMarkup {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    ]

    /// The markup of `node`'s children.
    /// With `escapeText` false, text is written as it stands (it already is markup).
    static func children(of node: FeedXMLNode, budget: FeedTextBudget, escapeText: Bool = true) -> String {
        var out = ""
        let home = node.namespace
        write(node.pointer.pointee.children, &out, home: home, inherited: home, budget, escape: escapeText)
        return out
    }

    private static func plain(_ ns: String, home: String) -> Bool {
        ns.isEmpty || ns == FeedXMLNode.xhtmlNamespace || ns == home
    }

    private static func write(_ first: xmlNodePtr?, _ out: inout String, home: String, inherited: String,
                              _ budget: FeedTextBudget, escape: Bool = true) {
        var node = first
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content {
                    out += escape ? escapeText(String(cString: content)) : String(cString: content)
                }
            case XML_ENTITY_REF_NODE:
                out += escape ? escapeText(budget.expand(n)) : budget.expand(n)
            case XML_ELEMENT_NODE:
                let element = FeedXMLNode(pointer: n)
                let name = element.localName
                let ns = element.namespace
                var current = inherited
                var attrs: [(String, String)] = element.attributes.map { attr in
                    let qualified: String
                    if attr.ns == FeedXMLNode.xmlNamespace { qualified = "xml:" + attr.name }
                    else if !attr.ns.isEmpty { qualified = (attr.prefix ?? "ns") + ":" + attr.name }
                    else { qualified = attr.name }
                    return (qualified, attr.value)
                }
                attrs.sort { $0.0 < $1.0 }
                if !plain(ns, home: home), ns != inherited {
                    attrs.append(("xmlns", ns))
                    current = ns
                } else if plain(ns, home: home) {
                    current = home
                }
                out += "<" + name
                for (key, value) in attrs { out += " " + key + "=\"" + FeedHTML.escapeAttribute(value) + "\"" }
                if n.pointee.children == nil && voidElements.contains(name.lowercased()) {
                    out += " />"
                } else {
                    out += ">"
                    write(n.pointee.children, &out, home: home, inherited: current, budget, escape: escape)
                    out += "</" + name + ">"
                }
            default:
                break
            }
            node = n.pointee.next
        }
    }

    /// Escapes `&`, `<` and `>`.
    static func escapeText(_ s: String) -> String {
        guard s.hasByte(UInt8(ascii: "&")) || s.hasByte(UInt8(ascii: "<")) || s.hasByte(UInt8(ascii: ">")) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}
