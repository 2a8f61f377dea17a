import CLibXML2

/// Repairs entity references in UTF-8 XML before libxml2 sees it, as feedparser's loose parser would.
///
/// * `&eacute;` and other HTML 4 entities that XML does not define become numeric references
///   (`&#233;`), so their text survives (libxml2 would drop an undefined entity).
/// * `&#X41;` (upper-case X, not XML) becomes `&#x41;`.
/// * A bare `&` that starts no reference, or an unknown `&name;`, becomes `&amp;` (kept literally).
/// References to the five XML entities and to entities declared in the internal DTD subset are left
/// alone. Comments, CDATA sections, processing instructions and the DOCTYPE are not touched.
/// Every repair is a well-formedness problem; the first is reported.
struct FeedEntityRepair {
    private enum State { case text, comment, cdata, pi, doctype }
    private var state = State.text
    private var carry: [UInt8] = []
    private var declared: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private var doctypeBracket = false
    private var doctypeQuote: UInt8 = 0
    /// The first problem found, e.g. `Entity 'eacute' not defined`.
    private(set) var problem: String?

    /// Appends the repaired form of `input` to `output`; with `final` false, an unfinished construct at
    /// the end is carried to the next call.
    mutating func repair(_ input: [UInt8], into output: inout [UInt8], final: Bool) {
        var bytes = carry
        bytes.append(contentsOf: input)
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
                if b != UInt8(ascii: "&") && b != UInt8(ascii: "<") {
                    // Copy the run up to the next '&' or '<' in one go.
                    var j = i + 1
                    bytes.withUnsafeBufferPointer { p in
                        while j < n, p[j] != UInt8(ascii: "&"), p[j] != UInt8(ascii: "<") { j += 1 }
                    }
                    output.append(contentsOf: bytes[i..<j])
                    i = j
                    continue
                }
                if b == UInt8(ascii: "&") {
                    guard let consumed = reference(bytes, i, &output, final) else { break scan }
                    i += consumed
                    continue
                }
                if b == UInt8(ascii: "<") {
                    guard let comment = has(i, Self.commentOpen), let cdata = has(i, Self.cdataOpen),
                          let doctype = has(i, Self.doctypeOpen), let pi = has(i, Self.piOpen) else { break scan }
                    if comment { state = .comment; output.append(contentsOf: bytes[i..<(i + 4)]); i += 4; continue }
                    if cdata { state = .cdata; output.append(contentsOf: bytes[i..<(i + 9)]); i += 9; continue }
                    if doctype { state = .doctype; doctypeBracket = false; doctypeQuote = 0 }
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
                var j = i + 1
                bytes.withUnsafeBufferPointer { p in while j < n, p[j] != end[0] { j += 1 } }
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
                } else if b == UInt8(ascii: "<") {
                    guard let entity = has(i, Self.entityOpen) else { break scan }
                    if entity {
                        guard let name = declaredName(bytes, i + 8) else {
                            if final { output.append(b); i += 1; continue } else { break scan }
                        }
                        if !name.isEmpty { declared.insert(name) }
                    }
                }
                output.append(b); i += 1
            }
        }
        if i < n { carry = Array(bytes[i...]) }
    }

    /// The general entity name after `<!ENTITY` (empty for a parameter entity); nil if cut off.
    private func declaredName(_ bytes: [UInt8], _ start: Int) -> String? {
        var i = start
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "%") { return "" }
        let nameStart = i
        while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        return String(decoding: bytes[nameStart..<i], as: UTF8.self)
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
