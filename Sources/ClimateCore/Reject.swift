/// One rejected input: what it was, at which stage it failed, why, and how to fix it.
///
/// Rejections are never silent: every command counts them and lists them in its summary.
public struct Reject: Sendable, Hashable {
    /// The input (path, `path#line=N`, URL).
    public var input: String
    /// The stage that rejected it (`ingest`, `extract`, ...).
    public var stage: String
    /// What is wrong, in one line.
    public var reason: String
    /// What the user can do about it.
    public var fix: String

    public init(input: String, stage: String, reason: String, fix: String) {
        self.input = input
        self.stage = stage
        self.reason = reason
        self.fix = fix
    }

    /// `input: reason (fix)`, the form printed in summaries.
    public var line: String { "\(input): \(reason) — \(fix)" }
}
