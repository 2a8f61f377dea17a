import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Read-only helpers over one libxml2 node of an expanded feed subtree.
///
/// Text is collected by walking text and CDATA nodes; entity-reference nodes are never expanded by
/// libxml2 (`xmlNodeGetContent` would), only declared internal entities with plain-text values are
/// inserted here, within a per-document budget (so billion-laughs and quadratic blow-ups stay small).
struct FeedXMLNode {
    let pointer: xmlNodePtr

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace prefix as written, nil for the default namespace.
    var prefix: String? { pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    /// The namespace URI, or "" when none.
    var namespace: String { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } ?? "" }

    /// Child elements in document order.
    var elements: [FeedXMLNode] {
        var out: [FeedXMLNode] = []
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(FeedXMLNode(pointer: c)) }
            child = c.pointee.next
        }
        return out
    }

    /// All attributes as (namespace URI, prefix, local name, value), in document order.
    var attributes: [(ns: String, prefix: String?, name: String, value: String)] {
        var out: [(String, String?, String, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            let name = a.pointee.name.map { String(cString: $0) } ?? ""
            let ns = a.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
            let prefix = a.pointee.ns?.pointee.prefix.map { String(cString: $0) }
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            out.append((ns, prefix, name, value))
            attr = a.pointee.next
        }
        return out
    }

    /// The value of the un-namespaced attribute `name` (given in lower case; matched case-insensitively,
    /// as feedparser lower-cases attribute names).
    func attribute(_ name: String) -> String? {
        guard pointer.pointee.properties != nil else { return nil }
        return findAttribute(name, xmlNamespace: false, ignoreCase: true)
    }

    /// The value of `xml:<name>` (falling back to a plain `<name>` attribute, as feedparser does).
    func xmlAttribute(_ name: String) -> String? {
        guard pointer.pointee.properties != nil else { return nil }
        return findAttribute(name, xmlNamespace: true, ignoreCase: false)
            ?? findAttribute(name, xmlNamespace: false, ignoreCase: false)
    }

    /// Looks an attribute up by comparing C strings (no allocation unless found).
    private func findAttribute(_ name: String, xmlNamespace: Bool, ignoreCase: Bool) -> String? {
        var attr = pointer.pointee.properties
        return name.withCString { wanted -> String? in
            while let a = attr {
                defer { attr = a.pointee.next }
                guard let attrName = a.pointee.name else { continue }
                let namespace = a.pointee.ns?.pointee.href
                if xmlNamespace {
                    guard let namespace, strcmp(UnsafeRawPointer(namespace).assumingMemoryBound(to: CChar.self),
                                                 "http://www.w3.org/XML/1998/namespace") == 0 else { continue }
                } else if namespace != nil {
                    continue
                }
                let raw = UnsafeRawPointer(attrName).assumingMemoryBound(to: CChar.self)
                guard (ignoreCase ? strcasecmp(raw, wanted) : strcmp(raw, wanted)) == 0 else { continue }
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            return nil
        }
    }

    /// Namespace declarations made on this element: (prefix, URI).
    var namespaceDeclarations: [(prefix: String?, uri: String)] {
        var out: [(String?, String)] = []
        var ns = pointer.pointee.nsDef
        while let n = ns {
            out.append((n.pointee.prefix.map { String(cString: $0) }, n.pointee.href.map { String(cString: $0) } ?? ""))
            ns = n.pointee.next
        }
        return out
    }

    /// True when the element has element children (inline markup).
    var hasElementChildren: Bool {
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { return true }
            child = c.pointee.next
        }
        return false
    }

    /// The concatenated text of all descendant text and CDATA nodes.
    func text(_ budget: FeedTextBudget) -> String {
        var out = ""
        Self.appendText(pointer.pointee.children, &out, budget)
        return out
    }

    private static func appendText(_ first: xmlNodePtr?, _ out: inout String, _ budget: FeedTextBudget) {
        var node = first
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { out += String(cString: content) }
            case XML_ELEMENT_NODE:
                appendText(n.pointee.children, &out, budget)
            case XML_ENTITY_REF_NODE:
                out += budget.expand(n)
            default:
                break
            }
            node = n.pointee.next
        }
    }
}

/// Caps how much text declared internal entities may add to one document.
final class FeedTextBudget {
    private(set) var remaining: Int
    /// Set once an expansion was refused.
    private(set) var exhausted = false
    /// The first external (or unparsed) entity whose reference was left out: never loaded.
    private(set) var skippedExternal: String?

    init(limit: Int) { remaining = limit }

    /// The replacement text of an internal entity reference with a plain-text value, within budget.
    func expand(_ node: xmlNodePtr) -> String {
        guard let first = node.pointee.children, first.pointee.type == XML_ENTITY_DECL else { return "" }
        let entity = UnsafeMutableRawPointer(first).assumingMemoryBound(to: xmlEntity.self)
        guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content else {
            if skippedExternal == nil { skippedExternal = entity.pointee.name.map { String(cString: $0) } ?? "?" }
            return ""
        }
        let length = Int(entity.pointee.length)
        guard length <= remaining else { exhausted = true; remaining = 0; return "" }
        let text = String(cString: content)
        // Nested references or markup are not expanded: only plain values (what feedparser keeps).
        if text.contains("&") || text.contains("<") { return FeedHTML.decodeEntities(text).contains("<") ? "" : FeedHTML.decodeEntities(text) }
        remaining -= length
        return text
    }
}

/// The `xml:base` and `xml:lang` in force at an element.
struct FeedScope {
    var base: String
    var language: String?

    /// The scope inside `node`: its `xml:base` resolved against ours, its `xml:lang` ("" clears it).
    func entering(_ node: FeedXMLNode) -> FeedScope {
        var next = self
        if let base = node.xmlAttribute("base"), !base.isEmpty {
            next.base = self.base.isEmpty ? FeedURL.join(self.base, base) : (FeedURL.safeJoin(self.base, base).nilIfEmpty ?? self.base)
        }
        if let lang = node.xmlAttribute("lang") { next.language = lang.isEmpty ? nil : lang }
        return next
    }

    /// `uri` resolved against the base (feedparser's `resolve_uri`).
    func resolve(_ uri: String) -> String { FeedURL.safeJoin(base, uri) }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
