import ClimateIndices
import ClimateReport
import ClimateStore
import Foundation
import GRDB

/// `mediaclimate demo`: the main job on the bundled demo corpus, from nothing to a weekly report.
///
/// Loads `corpora/demo/mediaclimate.yml`, builds a fresh store in a working folder (the embedded
/// default store: SQLite, no server), runs ingest → extract → tag → store over every demo input, and
/// writes the report for the demo's last week (the ISO week of its newest article) with the full
/// period's charts. Everything is written under the working folder; running it twice gives the same
/// `report.md` and `indices.csv` (the store and report depend only on the inputs).
public enum DemoJob {
    /// What the demo produced.
    public struct Outcome: Sendable {
        public var reportFolder: String
        public var store: String
        public var articles: Int
        public var rejects: Int
    }

    /// Runs the demo; `workFolder` is emptied first.
    public static func run(demoConfig: String = "corpora/demo/mediaclimate.yml", workFolder: String = "out/demo",
                           jobs: Int) throws -> Outcome {
        var config: PipelineConfig
        do { config = try ConfigLoader.load(path: demoConfig) } catch { throw PipelineError.config(error) }
        let fm = FileManager.default
        try? fm.removeItem(atPath: workFolder)
        try fm.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        let work = URL(fileURLWithPath: workFolder).standardizedFileURL.path
        config.store = work + "/store.sqlite"
        let progress = RunProgress()
        let summary = try PipelineRunner.run(config: config, options: RunOptions(
            jobs: jobs, strict: false, wait: .no, progress: { progress.report($0) }, command: "demo"))
        FileHandle.standardError.write(Data((summary.report + "\n").utf8))
        guard let week = try lastWeek(store: config.store) else { throw DemoError.noDatedArticles(config.store) }
        let outcome = try ReportRun.run(ReportOptions(
            storePath: config.store, week: week, milestonesPath: config.milestones ?? "corpora/milestones.csv",
            reportsFolder: work + "/reports", lexicon: nil, configPath: config.file,
            now: Date(timeIntervalSince1970: TimeInterval(week.mondayDay + 7) * 86_400)))
        return Outcome(reportFolder: outcome.folder, store: config.store, articles: summary.counts["articles"] ?? summary.processed,
                       rejects: summary.rejects.count)
    }

    /// The ISO week of the newest dated article in the store.
    static func lastWeek(store path: String) throws -> ISOWeek? {
        let store = try CorpusStore(path: path, options: .init(readOnly: true))
        let newest: Date? = try store.read { db in try Date.fetchOne(db, sql: "SELECT MAX(published) FROM articles") }
        guard let newest else { return nil }
        return ISOWeek(daysSinceEpoch: Int((newest.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Why the demo could not finish.
public enum DemoError: LocalizedError, Sendable {
    case noDatedArticles(String)

    public var errorDescription: String? {
        switch self {
        case .noDatedArticles(let store):
            "\(store): the demo stored no dated article, so there is no week to report — check corpora/demo (scripts/make-demo-corpus.py --check)"
        }
    }
}
