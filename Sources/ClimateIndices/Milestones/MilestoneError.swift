import Foundation

/// A milestones CSV that cannot be used. Each message gives the file and line, the problem and
/// the fix.
public enum MilestoneError: LocalizedError, Sendable, Equatable {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case missingColumns(path: String, missing: [String])
    case wrongCellCount(path: String, line: Int, expected: Int, got: Int)
    case emptyCell(path: String, line: Int, column: String)
    case duplicateID(path: String, line: Int, id: String, firstLine: Int)
    case badDate(path: String, line: Int, value: String)
    case badValue(path: String, line: Int, column: String, value: String, allowed: [String])
    case badCountry(path: String, line: Int, value: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read (\(reason)); check the path, or pass --file with a milestones CSV"
        case let .empty(path):
            return "\(path): no header line; start the file with: \(MilestoneLoader.columns.joined(separator: ","))"
        case let .missingColumns(path, missing):
            return "\(path):1: header lacks \(missing.joined(separator: ", ")); use the header \(MilestoneLoader.columns.joined(separator: ","))"
        case let .wrongCellCount(path, line, expected, got):
            return "\(path):\(line): \(got) cells but the header has \(expected); quote cells that contain commas (\"...\") and double inner quotes"
        case let .emptyCell(path, line, column):
            return "\(path):\(line): '\(column)' is empty; fill it in (it is required)"
        case let .duplicateID(path, line, id, firstLine):
            return "\(path):\(line): id '\(id)' already used on line \(firstLine); give every row its own id"
        case let .badDate(path, line, value):
            return "\(path):\(line): date '\(value)' is not a valid YYYY-MM-DD date; write e.g. 2015-09-02"
        case let .badValue(path, line, column, value, allowed):
            return "\(path):\(line): \(column) '\(value)' is not allowed; use one of: \(allowed.joined(separator: ", "))"
        case let .badCountry(path, line, value):
            return "\(path):\(line): country '\(value)' is not an ISO 3166-1 alpha-2 code (or a subdivision like ES-CT, or EU); write e.g. IT"
        }
    }
}
