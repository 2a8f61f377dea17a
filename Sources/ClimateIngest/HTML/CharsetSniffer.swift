import Foundation

/// Finds the encoding a page declares for itself: byte-order mark, HTTP `Content-Type` charset,
/// `<meta charset>` / `<meta http-equiv="Content-Type">` and the XML declaration.
///
/// Only the first `prescanLimit` bytes are examined for declarations, as browsers do; comments are
/// skipped so a commented-out `<meta>` does not count.
enum CharsetSniffer {
    /// How many leading bytes are searched for a declared charset.
    static let prescanLimit = 4096

    /// The encoding named by a byte-order mark and the BOM length, or nil.
    static func bom(_ bytes: [UInt8]) -> (encoding: String, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return ("utf-8", 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("utf-16le", 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("utf-16be", 2) }
        return nil
    }

    /// The `charset` parameter of an HTTP `Content-Type` value (`text/html; charset="utf-8"`).
    static func charsetParameter(ofContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2,
                  parts[0].trimmingSpaces().lowercased() == "charset" else { continue }
            return String(parts[1]).trimmingSpaces()
        }
        return nil
    }

    /// The raw label declared in a `<meta>` tag within the first `prescanLimit` bytes, or nil.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLimit)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(bytes, at: index, "<!--") {
                index = find(bytes, "-->", from: index + 4, end: end).map { $0 + 3 } ?? end
                continue
            }
            guard matches(bytes, at: index, "<meta"), index + 5 < end,
                  isSpaceOrSlash(bytes[index + 5]) else { index += 1; continue }
            let (attributes, next) = TagAttributes.parse(bytes, from: index + 5, end: end)
            index = next
            if let charset = attributes["charset"], !charset.isEmpty { return charset }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
               let charset = charsetParameter(ofContentType: "x;" + afterCharsetKeyword(content)) {
                return charset
            }
        }
        return nil
    }

    /// The `encoding` of an `<?xml ... ?>` declaration at the very start, or nil.
    static func xmlDeclarationEncoding(_ bytes: [UInt8]) -> String? {
        guard matches(bytes, at: 0, "<?xml") else { return nil }
        let end = min(bytes.count, 512)
        guard let close = find(bytes, "?>", from: 5, end: end) else { return nil }
        let (attributes, _) = TagAttributes.parse(Array(bytes[5..<close]), from: 0, end: close - 5)
        return attributes["encoding"]
    }

    /// `content="text/html; charset=x"` → `charset=x` (tolerating missing `;`).
    private static func afterCharsetKeyword(_ content: String) -> String {
        guard let range = content.range(of: "charset", options: .caseInsensitive) else { return "" }
        return String(content[range.lowerBound...])
    }

    /// Whether `bytes` at `index` start with `literal`, ASCII case-insensitively (`literal` is lower-case).
    static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where lower(bytes[index + offset]) != pointer[offset] { return false }
        return true
    }

    private static func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if matches(bytes, at: index, literal) { return index }
            index += 1
        }
        return nil
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x2F
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs, line breaks and quotes.
    func trimmingSpaces() -> String {
        func isJunk(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x22 || byte == 0x27 || byte == 0x0D || byte == 0x0A
        }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isJunk($0) }), let last = bytes.lastIndex(where: { !isJunk($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, line breaks and quotes.
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
