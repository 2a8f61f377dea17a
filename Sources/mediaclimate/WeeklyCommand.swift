import ArgumentParser
import ClimatePipeline
import Foundation

/// `mediaclimate weekly [--config F]`: `run` + `report` for the last complete ISO week (the cron job).
struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "The cron entry point: run the pipeline on what is new, then write the last complete week's report.",
        discussion: "Exit codes: 0 report written; 1 the run or the report failed (or inputs were rejected under --strict); "
            + "64 bad usage or an invalid config. See docs/CRON.md."
    )

    @Option(help: "The config file.") var config = "mediaclimate.yml"
    @Option(help: "Worker threads.") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Exit with status 1 when any input is rejected (the report is still written).") var strict = false
    @Flag(help: "Wait for a running run to finish instead of exiting.") var wait = false

    func run() throws {
        do {
            let outcome = try WeeklyJob.run(configPath: config, jobs: max(1, jobs), strict: strict, wait: wait)
            print(outcome.reportFolder)
            if strict && !outcome.run.rejects.isEmpty { throw ExitCode.failure }
        } catch let failure as WeeklyJob.Failure {
            FileHandle.standardError.write(Data("error: \(failure.errorDescription ?? "\(failure)")\n".utf8))
            if case .run(.config) = failure { throw ExitCode(64) }
            throw ExitCode.failure
        }
    }
}
