import ClimateCore
import Foundation

/// A typed value of an export cell.
public enum ExportValue: Sendable, Hashable {
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    /// The delimited-text form: numbers with fixed decimals (`digits`), booleans as 0/1, null empty.
    func delimited(digits: Int) -> String {
        switch self {
        case let .text(value): return value
        case let .int(value): return String(value)
        case let .double(value): return value.isFinite ? SVGText.fixed(value, digits: digits) : ""
        case let .bool(value): return value ? "1" : "0"
        case .null: return ""
        }
    }
}

/// The output formats of `mediaclimate export`.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, tsv, jsonl
}

/// A tidy table: named columns (Stata-safe) and typed rows.
public struct ExportTable: Sendable {
    public var columns: [String]
    public var rows: [[ExportValue]]
    /// Decimals of doubles in CSV/TSV.
    public var digits: Int

    public init(columns: [String], rows: [[ExportValue]] = [], digits: Int = 6) {
        self.columns = columns
        self.rows = rows
        self.digits = digits
    }

    /// True when `name` is a valid Stata variable name: ≤ 32 characters, letters, digits and `_`,
    /// not starting with a digit (so no dots).
    public static func isStataSafe(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 32, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The whole table as text in `format`.
    public func text(format: ExportFormat) -> String {
        var sink = ExportSink(format: format, columns: columns, digits: digits)
        for row in rows { sink.append(row) }
        return String(decoding: sink.take(), as: UTF8.self)
    }
}

/// Streams rows as CSV, TSV or JSON lines into a byte buffer that callers drain.
public struct ExportSink: Sendable {
    public let format: ExportFormat
    public let columns: [String]
    let digits: Int
    private var delimited: DelimitedWriter?
    private var json = JSONWriter()

    public init(format: ExportFormat, columns: [String], digits: Int = 6) {
        self.format = format
        self.columns = columns
        self.digits = digits
        switch format {
        case .csv: delimited = DelimitedWriter(format: .csv)
        case .tsv: delimited = DelimitedWriter(format: .tsv)
        case .jsonl: delimited = nil
        }
        delimited?.row(columns)
    }

    /// Appends one row (values in column order).
    public mutating func append(_ row: [ExportValue]) {
        if delimited != nil {
            delimited?.row(row.map { $0.delimited(digits: digits) })
            return
        }
        json.beginObject()
        for (name, value) in zip(columns, row) {
            json.key(name)
            switch value {
            case let .text(text): json.string(text)
            case let .int(number): json.int(number)
            case let .double(number): json.double(number)
            case let .bool(flag): json.bool(flag)
            case .null: json.null()
            }
        }
        json.endObject()
        json.newline()
    }

    /// Bytes written so far.
    public var pendingBytes: Int { delimited?.bytes.count ?? json.bytes.count }

    /// Returns and clears the buffered bytes.
    public mutating func take() -> [UInt8] {
        if var writer = delimited {
            let bytes = writer.bytes
            writer.reset()
            delimited = writer
            return bytes
        }
        let bytes = json.bytes
        json.reset()
        return bytes
    }
}
