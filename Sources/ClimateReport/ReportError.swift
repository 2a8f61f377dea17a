import Foundation

/// Errors of report and export generation; each message gives the cause and the fix.
public enum ReportError: LocalizedError, Sendable, Equatable {
    case cannotRead(path: String, fix: String)
    case badMilestones(path: String, line: Int, problem: String)
    case badWeek(String)
    case badDate(String)
    case badConfig(path: String, problem: String)
    case badLexicon(String)
    case noData(week: String, store: String)
    case store(String)
    case cannotWrite(path: String, reason: String)
    case unsupported(String)

    public var errorDescription: String? {
        switch self {
        case let .cannotRead(path, fix): return "cannot read \(path); \(fix)"
        case let .badMilestones(path, line, problem): return "\(path):\(line): \(problem); fix the milestones file"
        case let .badWeek(text): return "week '\(text)' is not an ISO week; write it as YYYY-Www, e.g. 2024-W20"
        case let .badDate(text): return "date '\(text)' is not YYYY-MM-DD; write e.g. 2024-05-13"
        case let .badConfig(path, problem): return "\(path): \(problem); fix the config file"
        case let .badLexicon(text):
            return "lexicon '\(text)' is not NAME@vN or is not in the store; list stored versions with `mediaclimate export tags`"
        case let .noData(week, store):
            return "the store \(store) holds no dated articles up to \(week); run `mediaclimate run` first or pick another --week"
        case let .store(reason): return "reading the store failed: \(reason)"
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason); check the folder exists and is writable"
        case let .unsupported(problem): return problem
        }
    }
}
