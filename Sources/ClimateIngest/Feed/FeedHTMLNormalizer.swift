#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites the tags of an HTML-typed feed value the way feedparser's HTML processor writes them.
///
/// Start tags: element and attribute names lower-cased (kept as written inside SVG/MathML, whose
/// names are case-sensitive), duplicate attributes collapsed (last wins), attributes sorted by name,
/// `rel`/`type` values lower-cased, values double-quoted with `<`, `>`, `"` and bare `&` escaped,
/// void elements closed as `<br />`; `<math>`/`<svg>` in HTML get their namespace and `xlink:`
/// attributes get `xmlns:xlink`. URI attributes (`a href`, `img src`, ...) are resolved against the
/// base. End tags are lower-cased; text, comments and declarations are copied unchanged.
/// Unlike feedparser, nothing is removed (no sanitising): see docs/FEEDS.md.
enum FeedHTMLNormalizer {
    private static let voidElements: Set<String> = [
        "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param",
        "source", "track", "wbr", "embed", "keygen",
    ]

    static func normalize(_ html: String, base: String, isHTML: Bool) -> String {
        guard html.hasByte(UInt8(ascii: "<")) else { return html }
        var text = html
        // Works on the string's own UTF-8 storage (no copy); nil when nothing changes.
        return text.withUTF8 { normalize($0, base: base, isHTML: isHTML) } ?? html
    }

    private static func normalize(_ u: UnsafeBufferPointer<UInt8>, base: String, isHTML: Bool) -> String? {
        let n = u.count
        // Bytes from `pending` up to the current position are to be copied unchanged; they are
        // only moved to `out` when a rewritten tag follows, so a value already in canonical form
        // is returned as it is, without a copy.
        var out: [UInt8] = []
        var pending = 0
        func flush(_ end: Int) {
            if out.isEmpty { out.reserveCapacity(n + n / 8) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[pending..<end]))
            pending = end
        }
        var foreignDepth = 0
        var i = 0
        while i < n {
            let b = u[i]
            if b != UInt8(ascii: "<") {
                // Copy the text run up to the next tag in one go.
                // Skip the text run up to the next tag (memchr: text is most of the bytes).
                let base = UnsafeRawPointer(u.baseAddress!)
                if let found = memchr(base + i + 1, Int32(UInt8(ascii: "<")), n - i - 1) {
                    i = UnsafeRawPointer(found) - base
                } else {
                    i = n
                }
                continue
            }
            guard i + 1 < n else { i += 1; continue }
            let next = u[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                let close: [UInt8] = i + 3 < n && u[i + 2] == UInt8(ascii: "-") && u[i + 3] == UInt8(ascii: "-")
                    ? Array("-->".utf8) : [UInt8(ascii: ">")]
                let end = find(close, in: u, from: i + 2).map { $0 + close.count } ?? n
                i = end
                continue
            }
            if next == UInt8(ascii: "/") {
                var j = i + 2
                while j < n, isNameByte(u[j]) { j += 1 }
                guard j > i + 2 else { i += 1; continue }
                if j < n, u[j] == UInt8(ascii: ">"), let end = lowerCaseEndTag(u, i, j, &foreignDepth) {
                    // Already `</name>` in lower case: copied as it is.
                    i = end
                    continue
                }
                let name = String(decoding: u[(i + 2)..<j], as: UTF8.self)
                let lower = name.lowercased()
                if (lower == "math" || lower == "svg"), foreignDepth > 0 { foreignDepth -= 1 }
                let end = u[j...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
                flush(i)
                out.append(contentsOf: Array("</".utf8))
                out.append(contentsOf: Array((foreignDepth > 0 ? name : lower).utf8))
                out.append(UInt8(ascii: ">"))
                i = end
                pending = end
                continue
            }
            guard isLetter(next) else { i += 1; continue }
            if foreignDepth == 0, let end = canonicalTagEnd(u, i, base: base) {
                i = end
                continue
            }
            flush(i)
            var j = i + 1
            while j < n, isNameByte(u[j]) { j += 1 }
            let rawName = String(decoding: u[(i + 1)..<j], as: UTF8.self)
            let lowerName = rawName.lowercased()
            if lowerName == "math" || lowerName == "svg" { foreignDepth += 1 }
            let foreign = foreignDepth > 0
            let tag = foreign ? rawName : lowerName
            var attrs: [(String, String)] = []
            var selfClosing = false
            // attributes
            while j < n, u[j] != UInt8(ascii: ">") {
                if isSpace(u[j]) { j += 1; continue }
                if u[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
                selfClosing = false
                let nameStart = j
                while j < n, !isSpace(u[j]), u[j] != UInt8(ascii: "="), u[j] != UInt8(ascii: ">") {
                    if u[j] == UInt8(ascii: "/"), j + 1 < n, u[j + 1] == UInt8(ascii: ">") { break }
                    j += 1
                }
                var key = String(decoding: u[nameStart..<j], as: UTF8.self)
                if !foreign { key = key.lowercased() }
                var k = j
                while k < n, isSpace(u[k]) { k += 1 }
                var value = key
                if k < n, u[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < n, isSpace(u[k]) { k += 1 }
                    var start = k, end = k
                    if k < n, u[k] == UInt8(ascii: "\"") || u[k] == UInt8(ascii: "'") {
                        let quote = u[k]
                        start = k + 1; end = start
                        while end < n, u[end] != quote { end += 1 }
                        k = min(n, end + 1)
                    } else {
                        while end < n, !isSpace(u[end]), u[end] != UInt8(ascii: ">") { end += 1 }
                        k = end
                    }
                    value = String(decoding: u[start..<end], as: UTF8.self)
                    j = k
                }
                if key.isEmpty { j += 1; continue }
                if key == "rel" || key == "type" { value = value.lowercased() }
                if FeedHTML.isURIAttribute(tag: lowerName, attribute: key), !base.isEmpty {
                    value = FeedURL.safeJoin(base, FeedHTML.decodeEntities(value).trimmedSpace)
                }
                if let existing = attrs.firstIndex(where: { $0.0 == key }) { attrs[existing].1 = value } else { attrs.append((key, value)) }
            }
            i = min(n, j + 1)
            if isHTML, lowerName == "math" || lowerName == "svg", !attrs.contains(where: { $0.0 == "xmlns" }) {
                attrs.append(("xmlns", lowerName == "math" ? "http://www.w3.org/1998/Math/MathML" : "http://www.w3.org/2000/svg"))
            }
            if foreign, attrs.contains(where: { $0.0.hasPrefix("xlink:") }), !attrs.contains(where: { $0.0 == "xmlns:xlink" }) {
                attrs.append(("xmlns:xlink", "http://www.w3.org/1999/xlink"))
            }
            attrs.sort { $0.0 < $1.0 }
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: Array(tag.utf8))
            for (key, value) in attrs {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: Array(key.utf8))
                out.append(contentsOf: Array("=\"".utf8))
                out.append(contentsOf: Array(escape(value).utf8))
                out.append(UInt8(ascii: "\""))
            }
            if voidElements.contains(lowerName) || (selfClosing && foreign) {
                out.append(contentsOf: Array(" />".utf8))
            } else {
                out.append(UInt8(ascii: ">"))
            }
            if selfClosing && (lowerName == "math" || lowerName == "svg") { foreignDepth -= 1 }
            pending = i
        }
        if pending == 0 && out.isEmpty { return nil }
        flush(n)
        return String(decoding: out, as: UTF8.self)
    }

    /// If the start tag at `start` is already written the canonical way (lower-case names, sorted unique
    /// double-quoted attributes with plain values, no URI to resolve, voids closed with ` />`, not
    /// MathML/SVG), the index after its `>`; nil when it needs the full rewrite.
    private static func canonicalTagEnd(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, base: String) -> Int? {
        do {
            let n = p.count
            var j = start + 1
            while j < n, p[j] >= 0x61 && p[j] <= 0x7A || (p[j] >= 0x30 && p[j] <= 0x39) { j += 1 }
            guard j < n else { return nil }
            let nameLength = j - start - 1
            guard nameLength <= 10 else { return nil }
            let nameBytes = UnsafeBufferPointer(rebasing: p[(start + 1)..<j])
            if equals(nameBytes, "math") || equals(nameBytes, "svg") { return nil }
            let isVoid = nameLength <= 8 && voidNames.contains(packed(nameBytes))
            var previous: Range<Int>? = nil
            while true {
                guard j < n else { return nil }
                let c = p[j]
                if c == UInt8(ascii: ">") {
                    return isVoid ? nil : j + 1
                }
                if c == UInt8(ascii: "/") {
                    guard isVoid, j + 1 < n, p[j + 1] == UInt8(ascii: ">"), j > 0, p[j - 1] == 0x20 else { return nil }
                    return j + 2
                }
                guard c == 0x20 else { return nil }
                j += 1
                if j < n, p[j] == UInt8(ascii: "/") { continue }
                let keyStart = j
                while j < n, (p[j] >= 0x61 && p[j] <= 0x7A) || p[j] == UInt8(ascii: "-") { j += 1 }
                guard j > keyStart, j + 1 < n, p[j] == UInt8(ascii: "="), p[j + 1] == UInt8(ascii: "\"") else { return nil }
                let key = keyStart..<j
                if let previous {
                    // strictly increasing names
                    guard p[previous].lexicographicallyPrecedes(p[key]) else { return nil }
                }
                let keyBytes = UnsafeBufferPointer(rebasing: p[key])
                if equals(keyBytes, "rel") || equals(keyBytes, "type") { return nil }
                if !base.isEmpty, FeedHTML.isURIAttribute(tag: String(decoding: nameBytes, as: UTF8.self),
                                                          attribute: String(decoding: keyBytes, as: UTF8.self)) {
                    return nil
                }
                previous = key
                j += 2
                while j < n, p[j] != UInt8(ascii: "\"") {
                    let v = p[j]
                    if v == UInt8(ascii: "<") || v == UInt8(ascii: ">") { return nil }
                    if v == UInt8(ascii: "&"), !startsReference(p, j + 1) { return nil }
                    j += 1
                }
                guard j < n else { return nil }
                j += 1
            }
        }
    }

    /// For an end tag `u[start..<nameEnd]` followed by `>`: when its name has no upper-case letter
    /// (so the rewrite would not change it), the index after `>`, with `foreignDepth` updated as the
    /// full rewrite would; nil otherwise.
    private static func lowerCaseEndTag(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ nameEnd: Int,
                                        _ foreignDepth: inout Int) -> Int? {
        let name = UnsafeBufferPointer(rebasing: p[(start + 2)..<nameEnd])
        if name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return nil }
        if foreignDepth > 0, equals(name, "math") || equals(name, "svg") { foreignDepth -= 1 }
        return nameEnd + 1
    }

    /// The void element names packed as by `packed`.
    private static let voidNames: [UInt64] = voidElements.map { name in
        Array(name.utf8).withUnsafeBufferPointer { packed($0) }
    }

    /// Up to eight bytes packed into one integer (first byte lowest); longer names never match.
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (k, b) in bytes.prefix(8).enumerated() { value |= UInt64(b) << UInt64(8 * k) }
        return bytes.count > 8 ? ~0 : value
    }

    @inline(__always)
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { t in bytes.elementsEqual(t) }
    }

    /// Escapes `<`, `>`, `"` and ampersands that start no reference (feedparser's `bare_ampersand`).
    private static func escape(_ value: String) -> String {
        guard value.hasByte(UInt8(ascii: "&")) || value.hasByte(UInt8(ascii: "<")) || value.hasByte(UInt8(ascii: ">"))
            || value.hasByte(UInt8(ascii: "\"")) else { return value }
        let u = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 16)
        for (i, c) in u.enumerated() {
            switch c {
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "&"):
                out.append(c)
                if !u.withUnsafeBufferPointer({ startsReference($0, i + 1) }) { out += Array("amp;".utf8) }
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `u[at...]` continues an `&` into `#123;`, `#x1F;` or `name;`.
    private static func startsReference(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var j = at
        let n = u.count
        if j < n, u[j] == UInt8(ascii: "#") {
            j += 1
            if j < n, u[j] | 0x20 == UInt8(ascii: "x") {
                j += 1
                let start = j
                while j < n, (u[j] >= 0x30 && u[j] <= 0x39) || (u[j] | 0x20 >= 0x61 && u[j] | 0x20 <= 0x66) { j += 1 }
                return j > start && j < n && u[j] == UInt8(ascii: ";")
            }
            let start = j
            while j < n, u[j] >= 0x30 && u[j] <= 0x39 { j += 1 }
            return j > start && j < n && u[j] == UInt8(ascii: ";")
        }
        let start = j
        while j < n, isLetter(u[j]) || (u[j] >= 0x30 && u[j] <= 0x39) || u[j] == UInt8(ascii: "_") || u[j] >= 0x80 { j += 1 }
        return j > start && j < n && u[j] == UInt8(ascii: ";")
    }

    private static func find(_ needle: [UInt8], in u: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= u.count else { return nil }
        var i = from
        while i + needle.count <= u.count {
            if u[i] == needle[0], Array(u[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    private static func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
    private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: ".")
    }
}
