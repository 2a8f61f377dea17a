import Foundation

/// A CSV table with a header line, read for analysis (RFC 4180 quoting, `,` separator).
///
/// Errors name the file, the 1-based line, the column and how to fix the input.
public struct SeriesTable: Sendable {
    /// The path or label used in error messages.
    public var path: String
    /// Column names from the header line.
    public var header: [String]
    /// Data rows (cells as text).
    public var rows: [[String]]
    /// The 1-based file line of each data row.
    public var lineNumbers: [Int]

    /// Reads and parses the CSV file at `path`.
    public static func load(path: String) throws(IndicesError) -> SeriesTable {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, path: path)
    }

    /// Parses CSV `text`; `path` labels error messages. Blank lines are skipped.
    public static func parse(_ text: String, path: String) throws(IndicesError) -> SeriesTable {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = "", inQuotes = false, line = 1, recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func finishRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) { records.append((recordLine, cells)) }
            cells = []; cell = ""
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { cell.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",": cells.append(cell); cell = ""
            case "\r": continue
            case "\n": finishRecord(); line += 1; recordLine = line
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !cells.isEmpty { finishRecord() }
        guard let first = records.first else { throw .emptyFile(path: path) }
        let header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [[String]] = [], lines: [Int] = []
        for record in records.dropFirst() {
            guard record.cells.count >= header.count else {
                throw .shortRow(path: path, line: record.line, expected: header.count, got: record.cells.count)
            }
            rows.append(record.cells)
            lines.append(record.line)
        }
        return SeriesTable(path: path, header: header, rows: rows, lineNumbers: lines)
    }

    /// The index of `column`, or a `missingColumn` error listing the available ones.
    public func columnIndex(_ column: String) throws(IndicesError) -> Int {
        guard let index = header.firstIndex(of: column) else {
            throw .missingColumn(path: path, column: column, available: header)
        }
        return index
    }

    /// The cells of `column` as text (trimmed).
    public func strings(_ column: String) throws(IndicesError) -> [String] {
        let index = try columnIndex(column)
        return rows.map { $0[index].trimmingCharacters(in: .whitespaces) }
    }

    /// The cells of `column` as numbers; an empty or non-numeric cell is an error naming its line.
    public func numbers(_ column: String) throws(IndicesError) -> [Double] {
        let index = try columnIndex(column)
        var values: [Double] = []
        values.reserveCapacity(rows.count)
        for (row, line) in zip(rows, lineNumbers) {
            let cell = row[index].trimmingCharacters(in: .whitespaces)
            guard let value = Double(cell), value.isFinite else {
                throw .nonNumeric(path: path, line: line, column: column, value: cell)
            }
            values.append(value)
        }
        return values
    }

    /// The cells of `column` as integers (e.g. counts).
    public func integers(_ column: String) throws(IndicesError) -> [Int] {
        let index = try columnIndex(column)
        return try zip(rows, lineNumbers).map { (row, line) throws(IndicesError) -> Int in
            let cell = row[index].trimmingCharacters(in: .whitespaces)
            guard let value = Int(cell) else { throw .nonNumeric(path: path, line: line, column: column, value: cell) }
            return value
        }
    }

    /// The cells of `column` as booleans (`true/false`, `True/False`, `1/0`).
    public func booleans(_ column: String) throws(IndicesError) -> [Bool] {
        let index = try columnIndex(column)
        return try zip(rows, lineNumbers).map { (row, line) throws(IndicesError) -> Bool in
            switch row[index].trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: throw .invalidParameter(name: "\(path):\(line) column '\(column)'", value: row[index], expected: "true/false")
            }
        }
    }
}
