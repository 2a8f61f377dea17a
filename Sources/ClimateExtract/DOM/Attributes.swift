import CLibXML2

/// The attributes of one element that the extractor reads, copied out of libxml2 in one pass.
struct Attributes {
    var signature: String?
    var isHidden = false
    var lang: String?
    var itemtype: String?
    var datetime: String?
    var pubdate = false
    var type: String?
    var rel: String?
    var href: String?
    var content: String?
    var property: String?
    var name: String?
    var itemprop: String?
    var httpEquiv: String?

    init(_ node: xmlNodePtr) {
        var parts: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let key = Self.key(rawName)
            if key == .ignored { continue }
            let value = Self.value(current)
            switch key {
            case .classAttr, .id:
                if !value.isEmpty { parts.append(value) }
            case .role:
                if !value.isEmpty { parts.append("role-" + value) }
            case .itemprop:
                itemprop = value
                if !value.isEmpty { parts.append("itemprop-" + value) }
            case .hidden: isHidden = true
            case .ariaHidden: if value.lowercased() == "true" { isHidden = true }
            case .style: if Self.styleHides(value) { isHidden = true }
            case .lang: lang = value
            case .itemtype: itemtype = value
            case .datetime: datetime = value
            case .pubdate: pubdate = true
            case .type: type = value
            case .rel: rel = value
            case .href: href = value
            case .content: content = value
            case .property: property = value
            case .name: name = value
            case .httpEquiv: httpEquiv = value
            case .ignored: break
            }
        }
        if !parts.isEmpty { signature = parts.joined(separator: " ").lowercased() }
    }

    private enum Key { case classAttr, id, role, itemprop, hidden, ariaHidden, style, lang, itemtype, datetime, pubdate
        case type, rel, href, content, property, name, httpEquiv, ignored }

    private static func key(_ name: UnsafePointer<xmlChar>) -> Key {
        // Cheap first-byte dispatch before building a String.
        switch name[0] {
        case UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: "r"), UInt8(ascii: "h"), UInt8(ascii: "a"),
            UInt8(ascii: "s"), UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "p"), UInt8(ascii: "t"),
            UInt8(ascii: "n"):
            break
        default:
            return .ignored
        }
        switch String(cString: name) {
        case "class": return .classAttr
        case "id": return .id
        case "role": return .role
        case "itemprop": return .itemprop
        case "hidden": return .hidden
        case "aria-hidden": return .ariaHidden
        case "style": return .style
        case "lang": return .lang
        case "itemtype": return .itemtype
        case "datetime": return .datetime
        case "pubdate": return .pubdate
        case "type": return .type
        case "rel": return .rel
        case "href": return .href
        case "content": return .content
        case "property": return .property
        case "name": return .name
        case "http-equiv": return .httpEquiv
        default: return .ignored
        }
    }

    /// The attribute's value from its text children (entity references are not expanded).
    private static func value(_ attribute: xmlAttrPtr) -> String {
        var child = attribute.pointee.children
        if let only = child, only.pointee.next == nil {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var out = ""
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                out += String(cString: content)
            }
            child = current.pointee.next
        }
        return out
    }

    /// Whether an inline style hides the element.
    static func styleHides(_ style: String) -> Bool {
        let compact = style.lowercased().filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
