import CLibXML2

/// A parsed HTML document owned by this object: the libxml2 tree is freed in `deinit`.
///
/// Not `Sendable`: keep it inside one task and return plain values from it. Parsing uses libxml2's
/// recovering HTML parser with `NONET` (no network, no external resources) and the text's own
/// UTF-8 bytes with an explicit "UTF-8" encoding, so libxml2 never guesses the charset itself.
final class HTMLTree {
    let document: htmlDocPtr

    /// Parses `text`; nil only when libxml2 returns no document at all (e.g. out of memory).
    init?(text: String) {
        LibXML2.ensureInitialised()
        var text = text
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // An empty buffer has no base address; give libxml2 a valid pointer to nothing.
                let base = chars.baseAddress ?? UnsafePointer<CChar>(bitPattern: 1)
                return htmlReadMemory(base, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        let parsed: htmlDocPtr? = text.withUTF8 { buffer in
            guard buffer.count <= Int(Int32.max) else { return nil }
            // Script and style content is never read: libxml2 gets the page without it.
            guard let filtered = RawTextFilter.filtered(buffer) else { return parse(buffer) }
            return filtered.withUnsafeBufferPointer { parse($0) }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`<html>`), if any.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The lower-case element name of `node`.
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The value of attribute `attribute` of `node`, or nil.
    static func attribute(_ node: xmlNodePtr, _ attribute: String) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { mc_xmlFree(value) }
        return String(cString: value)
    }

    /// The text directly and indirectly inside `node`, collected from text nodes only
    /// (entity references are never expanded).
    static func text(_ node: xmlNodePtr, limit: Int = 4096) -> String {
        var out = ""
        collectText(node, into: &out, depth: 0, limit: limit)
        return out
    }

    private static func collectText(_ node: xmlNodePtr, into out: inout String, depth: Int, limit: Int) {
        var child = node.pointee.children
        while let current = child, out.utf8.count < limit {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { out += String(cString: content) }
            case XML_ELEMENT_NODE where depth < 32:
                collectText(current, into: &out, depth: depth + 1, limit: limit)
            default:
                break
            }
            child = current.pointee.next
        }
    }
}
