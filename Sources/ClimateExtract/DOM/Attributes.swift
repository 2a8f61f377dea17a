import CLibXML2
import Foundation

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

    /// Reads the attributes of `node`; values only some tags use (href, content, datetime ...)
    /// are read only for those tags.
    init(_ node: xmlNodePtr, tag: Tag) {
        var signatureBytes: [UInt8] = []
        let wantsValues = tag == .meta || tag == .link || tag == .script || tag == .time || tag == .html
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let key = Self.key(rawName)
            if key == .ignored { continue }
            if !wantsValues {
                switch key {
                case .lang, .datetime, .pubdate, .type, .rel, .href, .content, .property, .name, .httpEquiv: continue
                default: break
                }
            }
            switch key {
            case .classAttr, .id:
                Self.appendLowered(current, prefix: "", to: &signatureBytes)
                continue
            case .role:
                Self.appendLowered(current, prefix: "role-", to: &signatureBytes)
                continue
            case .itemprop:
                Self.appendLowered(current, prefix: "itemprop-", to: &signatureBytes)
                if !wantsValues { continue }
            case .hidden:
                isHidden = true
                continue
            case .style:
                // Scanned in place: most elements' styles never become Strings.
                var style: [UInt8] = []
                Self.appendLowered(current, prefix: "", to: &style)
                style.removeAll { $0 == 0x20 }
                if Self.contains(style, "display:none") || Self.contains(style, "visibility:hidden") { isHidden = true }
                continue
            default:
                break
            }
            let value = Self.value(current)
            switch key {
            case .classAttr, .id, .role: break
            case .itemprop:
                itemprop = value
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
        if !signatureBytes.isEmpty { signature = String(decoding: signatureBytes, as: UTF8.self) }
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
        for (literal, key) in names where strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), literal) == 0 {
            return key
        }
        return .ignored
    }

    nonisolated(unsafe) private static let names: [(UnsafePointer<CChar>, Key)] = [
        ("class", .classAttr), ("id", .id), ("role", .role), ("itemprop", .itemprop), ("hidden", .hidden),
        ("aria-hidden", .ariaHidden), ("style", .style), ("lang", .lang), ("itemtype", .itemtype),
        ("datetime", .datetime), ("pubdate", .pubdate), ("type", .type), ("rel", .rel), ("href", .href),
        ("content", .content), ("property", .property), ("name", .name), ("http-equiv", .httpEquiv),
    ].map { (text: StaticString, key: Key) in
        (UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self), key)
    }

    /// Appends `prefix` and the attribute's value, ASCII-lower-cased, white space as single spaces.
    private static func appendLowered(_ attribute: xmlAttrPtr, prefix: StaticString, to bytes: inout [UInt8]) {
        var child = attribute.pointee.children
        var wrote = false
        while let current = child {
            defer { child = current.pointee.next }
            guard current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content else { continue }
            var i = 0
            while content[i] != 0 {
                var byte = content[i]
                i += 1
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    if wrote, bytes.last != 0x20 { bytes.append(0x20) }
                    continue
                }
                if !wrote {
                    if !bytes.isEmpty, bytes.last != 0x20 { bytes.append(0x20) }
                    prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
                    wrote = true
                }
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                bytes.append(byte)
            }
        }
        if bytes.last == 0x20 { bytes.removeLast() }
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
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 { compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ bytes: [UInt8], _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: count)
        for start in 0...(bytes.count - count) where bytes[start] == needle[0] {
            var k = 1
            while k < count, bytes[start + k] == needle[k] { k += 1 }
            if k == count { return true }
        }
        return false
    }
}
