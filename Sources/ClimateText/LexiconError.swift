import Foundation

/// A problem in a lexicon file, with its position, a stable code, the problem and the fix.
///
/// Printed as `file:line:column: LEX008 unknown category 'threat.flood' — declare it under
/// 'categories:' or use one of: ...`. Codes are listed in `docs/LEXICON-ERRORS.md`.
public struct LexiconError: LocalizedError, Sendable, Hashable {
    /// The kind of problem; its raw value is the stable code.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case yamlSyntax = "LEX001"
        case missingKey = "LEX002"
        case unknownKey = "LEX003"
        case wrongType = "LEX004"
        case emptyPattern = "LEX005"
        case badGlob = "LEX006"
        case duplicateEntry = "LEX007"
        case unknownCategory = "LEX008"
        case badVersion = "LEX009"
        case badLanguage = "LEX010"
        case nameMismatch = "LEX011"
        case badGap = "LEX012"
        case badWeight = "LEX013"
        case badValue = "LEX014"
        case badContext = "LEX015"
        case badCategoryName = "LEX016"
        case missingSource = "LEX017"
        case unreadable = "LEX018"
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int
    public var problem: String
    public var fix: String

    public var errorDescription: String? { "\(file):\(line):\(column): \(kind.rawValue) \(problem) — \(fix)" }

    // MARK: Messages

    static func at(_ kind: Kind, _ file: String, _ position: (Int, Int), _ problem: String, _ fix: String) -> LexiconError {
        LexiconError(kind: kind, file: file, line: position.0, column: position.1, problem: problem, fix: fix)
    }

    static func unknownKey(_ key: String, allowed: [String], _ file: String, _ p: (Int, Int)) -> LexiconError {
        at(.unknownKey, file, p, "unknown key '\(key)'", "use one of: \(allowed.joined(separator: ", ")) (see docs/LEXICON-FORMAT.md)")
    }

    static func missingKey(_ key: String, in place: String, _ file: String, _ p: (Int, Int)) -> LexiconError {
        at(.missingKey, file, p, "\(place) has no '\(key)'", "add '\(key): ...' (required; see docs/LEXICON-FORMAT.md)")
    }

    static func wrongType(_ key: String, expected: String, _ file: String, _ p: (Int, Int)) -> LexiconError {
        at(.wrongType, file, p, "'\(key)' must be \(expected)", "write '\(key)' as \(expected)")
    }

    static func unknownCategory(_ category: String, declared: [String], _ file: String, _ p: (Int, Int)) -> LexiconError {
        let near = declared.filter { $0.hasPrefix(category.split(separator: ".").first.map(String.init) ?? "") }.prefix(6)
        let hint = near.isEmpty ? "" : " (declared nearby: \(near.joined(separator: ", ")))"
        return at(.unknownCategory, file, p, "unknown category '\(category)'", "declare it under 'categories:' with a description, or fix the name\(hint)")
    }
}
