import ClimateIndices

/// What `mediaclimate export` writes.
public enum ExportKind: String, Sendable, CaseIterable {
    case articles, tags, hits, tolls, indices, events
}

/// Options of `mediaclimate export`.
public struct ExportOptions: Sendable {
    public var kind: ExportKind
    public var format: ExportFormat
    /// One row per (week, unit) with a column per metric (indices only).
    public var wide: Bool
    /// First and last day (inclusive, days since 1970-01-01) of publication / week start / event date.
    public var fromDay: Int?
    public var toDay: Int?
    public var storePath: String
    public var milestonesPath: String
    /// `NAME@vN`; nil = every version for tags/hits/tolls, the latest main version for articles/indices.
    public var lexicon: String?

    public init(kind: ExportKind, format: ExportFormat = .csv, wide: Bool = false, fromDay: Int? = nil, toDay: Int? = nil,
                storePath: String, milestonesPath: String = "corpora/milestones.csv", lexicon: String? = nil) {
        self.kind = kind
        self.format = format
        self.wide = wide
        self.fromDay = fromDay
        self.toDay = toDay
        self.storePath = storePath
        self.milestonesPath = milestonesPath
        self.lexicon = lexicon
    }

    /// Parses `YYYY-MM-DD` into a day number.
    public static func parseDay(_ text: String) throws(ReportError) -> Int {
        guard text.count == 10, let day = ISOWeek.days(text) else { throw .badDate(text) }
        return day
    }
}
