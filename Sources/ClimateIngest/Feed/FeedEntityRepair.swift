import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Repairs entity references in UTF-8 XML before libxml2 sees it, as feedparser's loose parser would.
///
/// * `&eacute;` and other HTML 4 entities that XML does not define become numeric references
///   (`&#233;`), so their text survives (libxml2 would drop an undefined entity).
/// * `&#X41;` (upper-case X, not XML) becomes `&#x41;`.
/// * A bare `&` that starts no reference, or an unknown `&name;`, becomes `&amp;` (kept literally).
/// * The DOCTYPE is reduced to its safe entity declarations (see `finishDoctype`).
/// References to the five XML entities and to the kept entities are left alone. Comments, CDATA
/// sections and processing instructions are not touched.
/// Every repair is a well-formedness problem; the first is reported.
struct FeedEntityRepair {
    private enum State { case text, comment, cdata, pi, doctype }
    private var state = State.text
    private var carry: [UInt8] = []
    private var declared: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private var doctypeBracket = false
    private var doctypeQuote: UInt8 = 0
    private var doctype: [UInt8] = []
    private var doctypeOverflow = false
    private static let doctypeLimit = 1 << 20
    /// True when the DOCTYPE named Netscape (feedparser's `rss091n`).
    private(set) var mentionsNetscape = false
    /// The first problem found, e.g. `Entity 'eacute' not defined`.
    private(set) var problem: String?

    /// True when `bytes[i]` is a `<` that may start a comment, CDATA, DOCTYPE or PI (or is the last byte).
    @inline(__always)
    private static func opensConstruct(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard bytes[i] == UInt8(ascii: "<") else { return false }
        return i + 1 >= bytes.count || bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?")
    }

    /// Appends the repaired form of `input` to `output`; with `final` false, an unfinished construct at
    /// the end is carried to the next call.
    mutating func repair(_ input: [UInt8], into output: inout [UInt8], final: Bool) {
        let bytes = carry.isEmpty ? input : carry + input
        carry.removeAll(keepingCapacity: true)
        output.reserveCapacity(output.count + bytes.count)
        let n = bytes.count
        var i = 0
        func has(_ i: Int, _ l: [UInt8]) -> Bool? {
            if i + l.count > n { return final ? false : nil }
            for k in 0..<l.count where bytes[i + k] != l[k] { return false }
            return true
        }
        scan: while i < n {
            let b = bytes[i]
            switch state {
            case .text:
                if b != UInt8(ascii: "&") && !Self.opensConstruct(bytes, i) {
                    // Copy the run up to the next '&' or markup declaration / PI in one go: ordinary
                    // tags need no repair.
                    var j = i + 1
                    bytes.withUnsafeBufferPointer { p in
                        while j < n {
                            let c = p[j]
                            if c == UInt8(ascii: "&") { break }
                            if c == UInt8(ascii: "<"), j + 1 >= n || p[j + 1] == UInt8(ascii: "!") || p[j + 1] == UInt8(ascii: "?") {
                                break
                            }
                            j += 1
                        }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    }
                    i = j
                    continue
                }
                if b == UInt8(ascii: "&") {
                    guard let consumed = reference(bytes, i, &output, final) else { break scan }
                    i += consumed
                    continue
                }
                if b == UInt8(ascii: "<"), i + 1 < n, bytes[i + 1] != UInt8(ascii: "!"), bytes[i + 1] != UInt8(ascii: "?") {
                    output.append(b); i += 1; continue
                }
                if b == UInt8(ascii: "<") {
                    guard let comment = has(i, Self.commentOpen), let cdata = has(i, Self.cdataOpen),
                          let doctype = has(i, Self.doctypeOpen), let pi = has(i, Self.piOpen) else { break scan }
                    if comment { state = .comment; output.append(contentsOf: bytes[i..<(i + 4)]); i += 4; continue }
                    if cdata { state = .cdata; output.append(contentsOf: bytes[i..<(i + 9)]); i += 9; continue }
                    if doctype {
                        state = .doctype; doctypeBracket = false; doctypeQuote = 0
                        self.doctype = [b]; i += 1
                        continue
                    }
                    if pi { state = .pi; output.append(contentsOf: bytes[i..<(i + 2)]); i += 2; continue }
                }
                output.append(b); i += 1
            case .comment, .cdata, .pi:
                let end = state == .comment ? Self.commentClose : state == .cdata ? Self.cdataClose : Self.piClose
                if b == end[0] {
                    guard let closes = has(i, end) else { break scan }
                    if closes { output.append(contentsOf: bytes[i..<(i + end.count)]); i += end.count; state = .text; continue }
                    output.append(b); i += 1
                    continue
                }
                // Copy up to the next possible end (memchr: CDATA bodies are long).
                var j = n
                bytes.withUnsafeBytes { raw in
                    if let found = memchr(raw.baseAddress! + i + 1, Int32(end[0]), n - i - 1) {
                        j = UnsafeRawPointer(found) - raw.baseAddress!
                    }
                }
                output.append(contentsOf: bytes[i..<j])
                i = j
            case .doctype:
                if doctypeQuote != 0 {
                    if b == doctypeQuote { doctypeQuote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    doctypeQuote = b
                } else if b == UInt8(ascii: "[") {
                    doctypeBracket = true
                } else if b == UInt8(ascii: "]") {
                    doctypeBracket = false
                } else if b == UInt8(ascii: ">") && !doctypeBracket {
                    state = .text
                    doctype.append(b)
                    finishDoctype(into: &output)
                    i += 1
                    continue
                }
                if doctype.count < Self.doctypeLimit { doctype.append(b) } else { doctypeOverflow = true }
                i += 1
            }
        }
        if i < n { carry = Array(bytes[i...]) }
    }

    /// Replaces the DOCTYPE with one declaring only its safe entities, as feedparser does: general
    /// entities with a plain double-quoted value (no `&`, `<`, or a single character reference).
    /// External DTDs, parameter entities and entities built from other entities (billion laughs,
    /// loops, XXE) are dropped, so references to them stay in the text literally (`&lol9;`).
    private mutating func finishDoctype(into output: inout [UInt8]) {
        defer { doctype.removeAll(); doctypeOverflow = false }
        let text = String(decoding: doctype, as: UTF8.self)
        if text.lowercased().contains("netscape") { mentionsNetscape = true }
        guard !doctypeOverflow else { note("DOCTYPE too large; ignored"); return }
        let body = Array(text.utf8)
        var i = 9
        while i < body.count, Self.isSpace(body[i]) { i += 1 }
        let rootStart = i
        while i < body.count, Self.isNameByte(body[i]) { i += 1 }
        let root = String(decoding: body[rootStart..<i], as: UTF8.self)
        var safe: [(String, String)] = []
        var search = 0
        while let at = Self.find(Self.entityOpen, in: body, from: search) {
            var j = at + Self.entityOpen.count
            search = j
            guard j < body.count, Self.isSpace(body[j]) else { continue }
            while j < body.count, Self.isSpace(body[j]) { j += 1 }
            let nameStart = j
            while j < body.count, Self.isNameByte(body[j]) { j += 1 }
            guard j > nameStart, j < body.count, Self.isSpace(body[j]) else { continue }
            let name = String(decoding: body[nameStart..<j], as: UTF8.self)
            while j < body.count, Self.isSpace(body[j]) { j += 1 }
            guard j < body.count, body[j] == UInt8(ascii: "\"") else { continue }
            let valueStart = j + 1
            guard let valueEnd = body[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { continue }
            var k = valueEnd + 1
            while k < body.count, Self.isSpace(body[k]) { k += 1 }
            guard k < body.count, body[k] == UInt8(ascii: ">") else { continue }
            let value = String(decoding: body[valueStart..<valueEnd], as: UTF8.self)
            let plain = !value.hasByte(UInt8(ascii: "&")) && !value.hasByte(UInt8(ascii: "<"))
            let charRef = value.hasPrefix("&#") && value.hasSuffix(";") && value.dropFirst(2).dropLast().allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber)
            }
            if plain || charRef { safe.append((name, value)) }
        }
        guard !safe.isEmpty, !root.isEmpty else { return }
        var out = "<!DOCTYPE \(root) [\n"
        for (name, value) in safe {
            out += "<!ENTITY \(name) \"\(value)\">\n"
            declared.insert(name)
        }
        output.append(contentsOf: Array((out + "]>").utf8))
    }

    private static func find(_ needle: [UInt8], in body: [UInt8], from: Int) -> Int? {
        guard body.count >= needle.count, from <= body.count - needle.count else { return nil }
        for i in from...(body.count - needle.count) where body[i] == needle[0] && Array(body[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }

    /// Handles the `&` at `i`; returns the bytes consumed, or nil when more input is needed.
    private mutating func reference(_ bytes: [UInt8], _ i: Int, _ output: inout [UInt8], _ final: Bool) -> Int? {
        let n = bytes.count
        var j = i + 1
        let limit = min(n, i + 64)
        if j < n, bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n, bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X") { hex = true; j += 1 }
            let digitsStart = j
            while j < limit, hex ? Self.isHex(bytes[j]) : Self.isDigit(bytes[j]) { j += 1 }
            if j >= n && !final { return nil }
            if j < n, bytes[j] == UInt8(ascii: ";"), j > digitsStart {
                if hex && bytes[i + 2] == UInt8(ascii: "X") {
                    note("xmlParseCharRef: invalid xmlChar value")
                    output.append(contentsOf: Array("&#x".utf8)); output.append(contentsOf: bytes[digitsStart...j])
                } else {
                    output.append(contentsOf: bytes[i...j])
                }
                return j - i + 1
            }
            note("xmlParseCharRef: invalid decimal value")
            output.append(contentsOf: Array("&amp;".utf8))
            return 1
        }
        while j < limit, Self.isNameByte(bytes[j]) { j += 1 }
        if j >= n && !final { return nil }
        guard j < n, bytes[j] == UInt8(ascii: ";"), j > i + 1 else {
            note("xmlParseEntityRef: no name")
            output.append(contentsOf: Array("&amp;".utf8))
            return 1
        }
        let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        if declared.contains(name) {
            output.append(contentsOf: bytes[i...j])
        } else if let entity = htmlEntityLookup(name), entity.pointee.value > 0 {
            note("Entity '\(name)' not defined")
            output.append(contentsOf: Array("&#\(entity.pointee.value);".utf8))
        } else {
            note("Entity '\(name)' not defined")
            output.append(contentsOf: Array("&amp;".utf8))
            return 1
        }
        return j - i + 1
    }

    private mutating func note(_ message: String) { if problem == nil { problem = message } }

    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let piOpen = Array("<?".utf8), piClose = Array("?>".utf8)
    private static let doctypeOpen = Array("<!DOCTYPE".utf8), entityOpen = Array("<!ENTITY".utf8)

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
    private static func isNameByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b >= 0x80
    }
}
