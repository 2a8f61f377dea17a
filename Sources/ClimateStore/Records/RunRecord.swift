import Foundation
import GRDB

/// One invocation of a writing command (`run`, `ingest --store`, ...): its manifest.
///
/// The run tables are the only place with wall-clock times (`started`, `finished`, `timings`);
/// determinism comparisons skip this table (docs/STORE.md, "Determinism"). Ids count up from 1,
/// so two fresh databases built from the same inputs give their runs the same ids.
///
/// ## Topics
/// - ``Status``
public struct RunRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// How a run ended.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable, DatabaseValueConvertible {
        /// Still going, or killed before it could say otherwise (see ``interrupted``).
        case running
        case succeeded
        case failed
        /// Found `running` by a later run that holds the writer lock: the process died.
        case interrupted
    }

    public static let databaseTableName = "runs"

    public var id: Int64?
    public var started: Date
    public var finished: Date?
    /// The subcommand and its arguments, as typed.
    public var command: String
    /// SHA-1 of the configuration file's bytes, when one was used.
    public var configHash: String?
    public var toolVersion: String
    /// The inputs named on the command line or in the config (stored as a JSON array).
    public var inputs: [String]
    /// Counts by name (`documents`, `articles`, `rejects`, ...; a JSON object with sorted keys).
    public var counts: [String: Int]
    /// Seconds by stage name (a JSON object with sorted keys).
    public var timings: [String: Double]
    public var status: Status

    public init(
        id: Int64? = nil, started: Date, finished: Date? = nil, command: String, configHash: String? = nil,
        toolVersion: String, inputs: [String] = [], counts: [String: Int] = [:], timings: [String: Double] = [:],
        status: Status = .running
    ) {
        self.id = id
        self.started = started
        self.finished = finished
        self.command = command
        self.configHash = configHash
        self.toolVersion = toolVersion
        self.inputs = inputs
        self.counts = counts
        self.timings = timings
        self.status = status
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, started, finished, command
        case configHash = "config_hash"
        case toolVersion = "tool_version"
        case inputs, counts, timings, status
    }
}
