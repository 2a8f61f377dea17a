import CLibXML2

/// Small HTML helpers feedparser applies to feed text: the URI-attribute table, the "does this plain
/// text look like HTML" guess, entity decoding and HTML entity lookup.
enum FeedHTML {
    /// (element, attribute) pairs whose values are URIs (feedparser's `relative_uris`).
    private static let uriAttributes: Set<String> = [
        "a href", "applet codebase", "area href", "audio src", "blockquote cite", "body background", "del cite",
        "form action", "frame longdesc", "frame src", "iframe longdesc", "iframe src", "head profile", "img longdesc",
        "img src", "img usemap", "input src", "input usemap", "ins cite", "link href", "object classid",
        "object codebase", "object data", "object usemap", "q cite", "script src", "source src", "video poster",
        "video src",
    ]

    /// Elements feedparser's sanitizer accepts; plain text naming only these tags may be HTML.
    private static let acceptableElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu", "meter",
        "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre", "progress", "q",
        "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike", "strong", "sub",
        "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var",
        "video",
    ]

    /// The code point of an HTML 4 named entity, e.g. `eacute` → 233.
    static func entity(_ name: String) -> UInt32? {
        name.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }.map { $0.pointee.value }
    }

    /// feedparser's `lookslikehtml`: a close tag or an entity, only acceptable tags, only known entities.
    static func looksLikeHTML(_ s: String) -> Bool {
        guard s.hasByte(UInt8(ascii: "<")) || s.hasByte(UInt8(ascii: "&")) else { return false }
        let u = Array(s.utf8)
        var hasClose = false, hasEntity = false
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "<") {
                var j = i + 1
                let closing = j < u.count && u[j] == UInt8(ascii: "/")
                if closing { j += 1 }
                let start = j
                while j < u.count, isWord(u[j]) { j += 1 }
                if j > start {
                    let name = String(decoding: u[start..<j], as: UTF8.self).lowercased()
                    if !acceptableElements.contains(name) { return false }
                    if closing && j < u.count && u[j] == UInt8(ascii: ">") { hasClose = true }
                }
            } else if u[i] == UInt8(ascii: "&") {
                var j = i + 1
                let numeric = j < u.count && u[j] == UInt8(ascii: "#")
                if numeric { j += 1 }
                let start = j
                while j < u.count, isWord(u[j]) { j += 1 }
                if j > start, j < u.count, u[j] == UInt8(ascii: ";") {
                    hasEntity = true
                    if !numeric, entity(String(decoding: u[start..<j], as: UTF8.self)) == nil { return false }
                }
            }
            i += 1
        }
        return hasClose || hasEntity
    }

    private static func isWord(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_") || b >= 0x80
    }

    /// True for (element, attribute) pairs whose values are URIs.
    static func isURIAttribute(tag: String, attribute: String) -> Bool {
        switch attribute {
        case "href", "src", "cite", "codebase", "background", "action", "longdesc", "profile", "usemap", "classid",
             "data", "poster":
            return uriAttributes.contains(tag + " " + attribute)
        default:
            return false
        }
    }


    /// Escapes `&`, `<`, `>` and `"` for an attribute value.
    static func escapeAttribute(_ s: String) -> String {
        guard s.hasByte(UInt8(ascii: "&")) || s.hasByte(UInt8(ascii: "<")) || s.hasByte(UInt8(ascii: ">"))
            || s.hasByte(UInt8(ascii: "\"")) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Decodes `&name;`, `&#N;` and `&#xN;` references (unknown ones are kept).
    static func decodeEntities(_ s: String) -> String {
        guard s.hasByte(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(32).firstIndex(of: ";") {
                let name = after[..<semi]
                var scalar: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()) }
                else if name == "amp" { scalar = 38 } else if name == "lt" { scalar = 60 } else if name == "gt" { scalar = 62 }
                else if name == "quot" { scalar = 34 } else if name == "apos" { scalar = 39 } else { scalar = entity(String(name)) }
                if let scalar, let u = Unicode.Scalar(scalar) {
                    out.unicodeScalars.append(u)
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}

import Foundation
