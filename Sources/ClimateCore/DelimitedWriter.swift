/// Writes CSV (RFC 4180) or TSV rows to a byte buffer.
///
/// CSV fields are quoted when they contain a comma, quote, CR or LF (quotes doubled); TSV fields
/// have tabs and line breaks replaced by spaces, since TSV has no quoting. Rows end with `\n`.
public struct DelimitedWriter: Sendable {
    /// The two delimited formats.
    public enum Format: String, Sendable, CaseIterable {
        case csv
        case tsv
    }

    public let format: Format
    public private(set) var bytes: [UInt8] = []

    public init(format: Format) { self.format = format }

    /// Appends one row.
    public mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(format == .csv ? UInt8(ascii: ",") : 0x09) }
            append(field)
        }
        bytes.append(0x0A)
    }

    /// Clears the buffer, keeping its capacity.
    public mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    private mutating func append(_ field: String) {
        let utf8 = field.utf8
        switch format {
        case .tsv:
            for b in utf8 { bytes.append(b == 0x09 || b == 0x0A || b == 0x0D ? 0x20 : b) }
        case .csv:
            let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { bytes.append(contentsOf: utf8); return }
            bytes.append(0x22)
            for b in utf8 {
                if b == 0x22 { bytes.append(0x22) }
                bytes.append(b)
            }
            bytes.append(0x22)
        }
    }
}
