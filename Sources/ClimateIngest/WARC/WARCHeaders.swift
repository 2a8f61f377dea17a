/// Header fields (WARC or HTTP) in file order, repeats kept, names matched case-insensitively.
///
/// `fields` holds values as written: a folded value keeps its continuation lines joined with
/// their leading white space (`"\twarcinfo"`), which is what warcio reports. `value(_:)`
/// gives the first value unfolded and trimmed, which is what code should use.
public struct WARCHeaders: Sendable, Equatable {
    /// `(name, value as written)` pairs in file order.
    public var fields: [(name: String, value: String)]

    public init(_ fields: [(name: String, value: String)] = []) { self.fields = fields }

    public static func == (lhs: WARCHeaders, rhs: WARCHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The first value of `name`, white space runs collapsed to one space and trimmed.
    public func value(_ name: String) -> String? { raw(name).map(Self.unfold) }

    /// Every value of `name` (unfolded, trimmed), in order.
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name.equalsIgnoringCase(name) }.map { Self.unfold($0.value) }
    }

    /// The first value of `name` as written.
    public func raw(_ name: String) -> String? {
        fields.first { $0.name.equalsIgnoringCase(name) }?.value
    }

    /// Parses header lines (without the empty line that ends them), warcio-style: a line is
    /// right-trimmed, split at the first `:`, the name right-trimmed and the value left-trimmed;
    /// a line starting with space or tab continues the previous value; a line without `:` is dropped.
    static func parse(_ lines: [ArraySlice<UInt8>]) -> WARCHeaders {
        var fields: [(name: String, value: String)] = []
        var dropContinuation = false
        for line in lines {
            let text = decode(line).trimmingTrailingWhitespace()
            if let first = text.first, first == " " || first == "\t" {
                if !dropContinuation, !fields.isEmpty { fields[fields.count - 1].value += text }
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { dropContinuation = true; continue }
            dropContinuation = false
            let name = String(text[..<colon]).trimmingTrailingWhitespace()
            let value = String(text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
            fields.append((name, value))
        }
        return WARCHeaders(fields)
    }

    /// Whether a line is empty once trailing white space is removed.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || $0 == 0x0B || $0 == 0x0C }
    }

    /// UTF-8, or ISO-8859-1 when the bytes are not UTF-8 (as warcio decodes header lines).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    static func unfold(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).joined(separator: " ")
    }
}

extension String {
    func equalsIgnoringCase(_ other: String) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }

    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return String(self[..<end])
    }
}
