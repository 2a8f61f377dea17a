import Foundation

/// A problem in `mediaclimate.yml`, located at `file:line`, with the fix.
public struct ConfigError: LocalizedError, Sendable, Hashable {
    public var file: String
    /// 1-based line (0 when unknown).
    public var line: Int
    public var problem: String
    public var fix: String

    public init(file: String, line: Int, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.problem = problem
        self.fix = fix
    }

    public var errorDescription: String? {
        "\(file)\(line > 0 ? ":\(line)" : ""): \(problem) — \(fix)"
    }
}
