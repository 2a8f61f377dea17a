import ClimateReport
import Foundation

/// `mediaclimate weekly`: the cron entry point — `run` for what is new, then the report for the last
/// complete ISO week, both from one config (`docs/CRON.md`).
///
/// The run takes the store's writer lock (a second weekly job exits at once, or waits with `wait`);
/// the report is written atomically to `<report folder>/<YYYY>-W<ww>/`, so a job killed at any point
/// leaves either the previous report or the new one, never half of one. Re-running the same week
/// does no stage work and rewrites the same report.
public enum WeeklyJob {
    /// What the weekly job did.
    public struct Outcome: Sendable {
        public var run: RunSummary
        public var reportFolder: String
    }

    /// Why the weekly job stopped before its report.
    public enum Failure: LocalizedError, Sendable {
        case run(PipelineError)
        case report(ReportError)

        public var errorDescription: String? {
            switch self {
            case .run(let error): error.errorDescription
            case .report(let error): error.localizedDescription
            }
        }
    }

    /// Runs the pipeline on the config's inputs, then writes the last complete week's report.
    public static func run(configPath: String, jobs: Int, strict: Bool, wait: Bool, now: Date = Date()) throws(Failure) -> Outcome {
        let summary: RunSummary
        do {
            summary = try PipelineCLI.run(configPath: configPath, jobs: jobs, strict: strict, wait: wait, command: "weekly")
        } catch {
            throw .run(error)
        }
        let config: PipelineConfig
        do { config = try ConfigLoader.load(path: configPath) } catch { throw .run(.config(error)) }
        let folder = config.report.folder ?? URL(fileURLWithPath: config.file ?? configPath).deletingLastPathComponent()
            .appendingPathComponent("reports").path
        let options = ReportOptions(storePath: config.store, week: ReportOptions.lastCompleteWeek(before: now),
                                    milestonesPath: config.milestones ?? "corpora/milestones.csv", reportsFolder: folder,
                                    lexicon: config.lexicons.first, configPath: config.file, now: now)
        do {
            let outcome = try ReportRun.run(options)
            return Outcome(run: summary, reportFolder: outcome.folder)
        } catch {
            throw .report(error)
        }
    }
}
