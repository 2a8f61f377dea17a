import Foundation

/// Why a page could not be extracted.
public enum ExtractError: Error, LocalizedError, Sendable, Equatable {
    case tooLarge(bytes: Int, limit: Int)
    case empty
    case unparsable
    case unreadable(path: String, reason: String)
    case badLine(input: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .tooLarge(bytes, limit):
            return "page of \(bytes) bytes is larger than the \(limit)-byte limit; split or skip the file"
        case .empty:
            return "page is empty (no markup or text); check that the file was fetched completely"
        case .unparsable:
            return "libxml2 returned no document; check that the file is HTML"
        case let .unreadable(path, reason):
            return "cannot read \(path): \(reason); check the path and permissions"
        case let .badLine(input, line, reason):
            return "\(input):\(line): \(reason); each line must be one JSON object with `html` or `text`"
        }
    }
}
