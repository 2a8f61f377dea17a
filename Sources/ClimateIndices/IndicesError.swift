import Foundation

/// Errors of the statistics core. Each message names the input, the problem and the fix.
public enum IndicesError: LocalizedError, Sendable, Equatable {
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// The CSV has no header line.
    case emptyFile(path: String)
    /// A requested column is not in the header.
    case missingColumn(path: String, column: String, available: [String])
    /// A cell that should be a number is not.
    case nonNumeric(path: String, line: Int, column: String, value: String)
    /// A row has fewer cells than the header.
    case shortRow(path: String, line: Int, expected: Int, got: Int)
    /// Too few observations for the method.
    case notEnoughData(what: String, needed: Int, got: Int)
    /// The event index or date is outside the series (or leaves a side empty).
    case eventOutOfRange(event: String, count: Int)
    /// An event date was not found in the time column.
    case eventDateNotFound(date: String, column: String)
    /// A parameter has an invalid value.
    case invalidParameter(name: String, value: String, expected: String)
    /// A design matrix is singular (collinear columns).
    case singularDesign(what: String)
    /// A date string is not `YYYY-MM-DD`.
    case invalidDate(path: String, line: Int, value: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read (\(reason)); check the path and permissions"
        case let .emptyFile(path):
            return "\(path): empty file; expected a CSV with a header line"
        case let .missingColumn(path, column, available):
            return "\(path): no column '\(column)'; available: \(available.joined(separator: ", ")); pass one of these"
        case let .nonNumeric(path, line, column, value):
            return "\(path):\(line): column '\(column)' has non-numeric value '\(value)'; fix the cell or choose a numeric column"
        case let .shortRow(path, line, expected, got):
            return "\(path):\(line): \(got) cells but the header has \(expected); fix the row (quote cells containing commas)"
        case let .notEnoughData(what, needed, got):
            return "\(what): needs at least \(needed) observations, got \(got); use a longer series or a smaller window/min-size"
        case let .eventOutOfRange(event, count):
            return "event \(event) is outside the series of \(count) rows (or leaves no rows before or after it); choose an event inside 1..<\(count)"
        case let .eventDateNotFound(date, column):
            return "event date \(date) not found in column '\(column)'; use a date present in the series or --event-index"
        case let .invalidParameter(name, value, expected):
            return "\(name) = \(value) is invalid; expected \(expected)"
        case let .singularDesign(what):
            return "\(what): the design matrix is singular (collinear columns); check that both segments have varying time values"
        case let .invalidDate(path, line, value):
            return "\(path):\(line): '\(value)' is not a YYYY-MM-DD date; fix the date cell"
        }
    }
}
