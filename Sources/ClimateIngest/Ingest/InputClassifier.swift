/// Decides what kind of input a file or stream is: by file name extension first, then by
/// sniffing its first (decompressed) bytes.
public enum InputClassifier {
    /// How many leading bytes sniffing looks at.
    public static let sniffLength = 1024

    /// The kind a file name announces (`.html`, `.htm.gz`, `.jsonl`, `.ndjson`, `.xml`, `.rss`,
    /// `.atom`, `.warc`, `.warc.gz`), or nil when the extension says nothing.
    public static func kind(forName name: String) -> InputKind? {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson": return .jsonl
        case "xml", "rss", "atom", "rdf": return .feed
        case "warc": return .warc
        default: return nil
        }
    }

    /// The kind the leading bytes look like, or nil. `prefix` is already decompressed.
    public static func sniff(_ prefix: [UInt8]) -> InputKind? {
        let head = normalisedHead(prefix)
        if head.starts(with: Array("warc/".utf8)) { return .warc }
        if head.first == UInt8(ascii: "{") { return .jsonl }
        guard head.first == UInt8(ascii: "<") else { return nil }
        let htmlAt = firstIndex(of: ["<!doctype html", "<html", "<head", "<body"], in: head)
        let feedAt = firstIndex(of: ["<rss", "<feed", "<rdf:rdf"], in: head)
        switch (htmlAt, feedAt) {
        case let (html?, feed?): return html < feed ? .html : .feed
        case (_?, nil): return .html
        case (nil, _?): return .feed
        case (nil, nil): return head.starts(with: Array("<?xml".utf8)) ? .feed : nil
        }
    }

    /// A short printable rendering of the first bytes, for error messages.
    static func describeStart(_ prefix: [UInt8]) -> String {
        let shown = prefix.prefix(16).map { byte -> String in
            (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + hex(byte)
        }.joined()
        return "\"" + shown + "\""
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// Lower-cased ASCII view of the prefix without BOM, leading white space, or UTF-16 zero bytes.
    private static func normalisedHead(_ prefix: [UInt8]) -> [UInt8] {
        var bytes = Array(prefix.prefix(sniffLength))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        }
        let start = bytes.firstIndex { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) } ?? bytes.endIndex
        return bytes[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    private static func firstIndex(of needles: [String], in haystack: [UInt8]) -> Int? {
        var best: Int?
        for needle in needles {
            let pattern = Array(needle.utf8)
            guard pattern.count <= haystack.count else { continue }
            for start in 0...(haystack.count - pattern.count)
            where haystack[start] == pattern[0] && haystack[start..<start + pattern.count].elementsEqual(pattern) {
                best = min(best ?? start, start)
                break
            }
        }
        return best
    }
}
