import ClimateCore
import GRDB

/// One rejected input at one stage, with the reason and the fix.
///
/// Keyed by (input, stage): a second run that rejects the same input again updates
/// `lastRunID` (and the reason, if it changed) instead of adding a row.
public struct RejectRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rejects"

    public var input: String
    public var stage: String
    public var reason: String
    public var fix: String
    /// The first run that rejected the input.
    public var firstRunID: Int64
    /// The latest run that rejected it.
    public var lastRunID: Int64

    public init(input: String, stage: String, reason: String, fix: String, firstRunID: Int64, lastRunID: Int64) {
        self.input = input
        self.stage = stage
        self.reason = reason
        self.fix = fix
        self.firstRunID = firstRunID
        self.lastRunID = lastRunID
    }

    /// The core value back.
    public var reject: Reject { Reject(input: input, stage: stage, reason: reason, fix: fix) }

    enum CodingKeys: String, CodingKey {
        case input, stage, reason, fix
        case firstRunID = "first_run_id"
        case lastRunID = "last_run_id"
    }
}
