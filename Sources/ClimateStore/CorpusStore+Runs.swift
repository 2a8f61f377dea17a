import ClimateCore
import Foundation
import GRDB

/// Run manifests and rejects.
extension CorpusStore {
    /// Records the start of a run and returns its id.
    ///
    /// Runs still marked `running` are marked `interrupted` first: the caller holds the
    /// ``WriterLock``, so no other process can still be running them.
    public func beginRun(
        command: String, configHash: String? = nil, inputs: [String] = [], started: Date = Date()
    ) throws(StoreError) -> Int64 {
        try write("begin run") { db in
            try RunRecord.filter(Column("status") == RunRecord.Status.running.rawValue)
                .updateAll(db, Column("status").set(to: RunRecord.Status.interrupted.rawValue))
            var run = RunRecord(started: started, command: command, configHash: configHash,
                                toolVersion: ToolVersion.current, inputs: inputs)
            try run.insert(db)
            return run.id ?? db.lastInsertedRowID
        }
    }

    /// Records how a run ended, with its counts and stage timings.
    public func finishRun(
        _ id: Int64, status: RunRecord.Status, counts: [String: Int] = [:], timings: [String: Double] = [:],
        finished: Date = Date()
    ) throws(StoreError) {
        try write("finish run \(id)") { db in
            guard var run = try RunRecord.fetchOne(db, key: id) else { return }
            run.status = status
            run.counts = counts
            run.timings = timings
            run.finished = finished
            try run.update(db)
        }
    }

    /// The run with `id`.
    public func run(_ id: Int64) throws(StoreError) -> RunRecord? {
        try read("read run \(id)") { db in try RunRecord.fetchOne(db, key: id) }
    }

    /// All runs, oldest first.
    public func runs() throws(StoreError) -> [RunRecord] {
        try read("read runs") { db in try RunRecord.order(Column("id")).fetchAll(db) }
    }

    /// Records that `run` rejected an input (idempotent per input and stage).
    @discardableResult
    public func record(_ reject: Reject, run: Int64) throws(StoreError) -> UpsertOutcome {
        let row = RejectRecord(input: reject.input, stage: reject.stage, reason: reject.reason, fix: reject.fix,
                               firstRunID: run, lastRunID: run)
        return try write("record reject \(reject.input)") { db in try Self.record(row, in: db) }
    }

    /// The rejects seen by `run` (those it recorded, first time or again), by input and stage.
    public func rejects(run: Int64) throws(StoreError) -> [RejectRecord] {
        try read("read rejects") { db in
            try RejectRecord.filter(Column("last_run_id") == run).order(Column("input"), Column("stage")).fetchAll(db)
        }
    }

    static func record(_ reject: RejectRecord, in db: Database) throws -> UpsertOutcome {
        let key: [String: any DatabaseValueConvertible] = ["input": reject.input, "stage": reject.stage]
        guard let existing = try RejectRecord.fetchOne(db, key: key) else {
            try reject.insert(db)
            return .inserted
        }
        var candidate = reject
        candidate.firstRunID = existing.firstRunID
        candidate.lastRunID = max(existing.lastRunID, reject.lastRunID)
        return try candidate.updateChanges(db, from: existing) ? .updated : .unchanged
    }
}
