import Foundation

/// Decides a feed's character encoding the way feedparser does (RFC 3023 as feedparser applies it).
///
/// Order of candidates: the RFC 3023 encoding (HTTP charset, else a media-type default, else the
/// XML declaration, else UTF-8), the declared encoding, the encoding sniffed from a BOM or the first
/// bytes, then `utf-8`, `windows-1252`, `iso-8859-2`. The first candidate that decodes the whole
/// document without error wins; choosing anything but the first marks the feed not well-formed.
struct FeedEncodingDetector {
    /// Encoding sniffed from a byte-order mark or the UTF-16/32 shape of `<?`.
    private(set) var bomEncoding: String?
    /// Number of BOM bytes to skip.
    private(set) var bomLength = 0
    /// Lower-cased encoding from the XML declaration.
    private(set) var xmlEncoding: String?
    /// The encoding RFC 3023 rules name before any decoding is tried.
    private(set) var rfc3023Encoding = "utf-8"
    /// Set when HTTP headers were given but the media type is not an XML one.
    private(set) var mediaTypeProblem: String?

    init(prefix: [UInt8], headers: [String: String]) {
        sniffBOM(prefix)
        readDeclaration(prefix)
        applyHTTP(headers)
    }

    /// Candidate encodings in feedparser's order, without repeats.
    var candidates: [String] {
        var seen: [String] = []
        for name in [rfc3023Encoding, xmlEncoding, bomEncoding, "utf-8", "windows-1252", "iso-8859-2"] {
            guard let name, !name.isEmpty, !seen.contains(name) else { continue }
            seen.append(name)
        }
        return seen
    }

    private mutating func sniffBOM(_ b: [UInt8]) {
        func starts(_ p: [UInt8]) -> Bool { b.count >= p.count && Array(b[0..<p.count]) == p }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { bomEncoding = "utf-32be"; bomLength = 4 }
        else if starts([0xFF, 0xFE, 0x00, 0x00]) { bomEncoding = "utf-32le"; bomLength = 4 }
        else if starts([0xFE, 0xFF]) { bomEncoding = "utf-16be"; bomLength = 2 }
        else if starts([0xFF, 0xFE]) { bomEncoding = "utf-16le"; bomLength = 2 }
        else if starts([0xEF, 0xBB, 0xBF]) { bomEncoding = "utf-8"; bomLength = 3 }
        else if starts([0x00, 0x3C, 0x00, 0x3F]) { bomEncoding = "utf-16be" }
        else if starts([0x3C, 0x00, 0x3F, 0x00]) { bomEncoding = "utf-16le" }
        else if starts([0x00, 0x00, 0x00, 0x3C]) { bomEncoding = "utf-32be" }
        else if starts([0x3C, 0x00, 0x00, 0x00]) { bomEncoding = "utf-32le" }
    }

    /// Reads `encoding="..."` from a declaration on the first line (decoded with the sniffed encoding).
    private mutating func readDeclaration(_ bytes: [UInt8]) {
        var head = Array(bytes.dropFirst(bomLength).prefix(2048))
        if let bom = bomEncoding, bom != "utf-8" {
            var out: [UInt8] = []
            guard let decoder = FeedTranscoder(encoding: bom) else { return }
            _ = decoder.transcode(head, into: &out, final: false)
            head = out
        }
        guard head.count > 2, head[0] == UInt8(ascii: "<"), head[1] == UInt8(ascii: "?") else { return }
        let line = head.prefix { $0 != 0x0A }
        let text = String(decoding: line, as: UTF8.self)
        guard let close = text.range(of: "?>", options: .backwards),
              let key = text.range(of: "encoding=", options: .backwards, range: text.startIndex..<close.lowerBound)
        else { return }
        let rest = text[key.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return }
        let value = rest.dropFirst().prefix { $0 != "\"" && $0 != "'" }
        var name = value.lowercased()
        let unicodeFamily: Set<String> = ["u16", "utf-16", "utf16", "utf_16", "u32", "utf-32", "utf32", "utf_32",
                                          "iso-10646-ucs-2", "iso-10646-ucs-4", "csucs4", "csunicode", "ucs-2", "ucs-4"]
        if let bom = bomEncoding, unicodeFamily.contains(name) { name = bom }
        if name == "gb2312" { name = "gb18030" }
        xmlEncoding = name
    }

    private mutating func applyHTTP(_ headers: [String: String]) {
        let (mediaType, charset) = Self.splitContentType(headers["content-type"] ?? "")
        let applicationTypes: Set<String> = ["application/xml", "application/xml-dtd", "application/xml-external-parsed-entity"]
        let textTypes: Set<String> = ["text/xml", "text/xml-external-parsed-entity"]
        var acceptable = false
        if applicationTypes.contains(mediaType) || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+xml")) {
            acceptable = true
            rfc3023Encoding = charset ?? xmlEncoding ?? "utf-8"
        } else if textTypes.contains(mediaType) || (mediaType.hasPrefix("text/") && mediaType.hasSuffix("+xml")) {
            acceptable = true
            rfc3023Encoding = charset ?? "us-ascii"
        } else if mediaType.hasPrefix("text/") {
            rfc3023Encoding = charset ?? "us-ascii"
        } else if !headers.isEmpty && headers["content-type"] == nil {
            rfc3023Encoding = xmlEncoding ?? "iso-8859-1"
        } else {
            rfc3023Encoding = xmlEncoding ?? "utf-8"
        }
        if rfc3023Encoding == "gb2312" { rfc3023Encoding = "gb18030" }
        if !headers.isEmpty && !acceptable {
            if let type = headers["content-type"] {
                mediaTypeProblem = "\(type) is not an XML media type"
            } else {
                mediaTypeProblem = "no Content-type specified"
            }
        }
    }

    /// Splits `type/subtype; charset=x` into the lower-cased media type and the unquoted charset.
    static func splitContentType(_ header: String) -> (String, String?) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let mediaType = (parts.first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        var charset: String?
        for param in parts.dropFirst() {
            let pair = param.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
            if !value.isEmpty { charset = value }
        }
        return (mediaType, charset)
    }
}
