import ArgumentParser
import ClimatePipeline
import Foundation

/// `mediaclimate run [--config F] [--jobs N] [--strict] [--wait]`: the incremental pipeline.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest, extract, tag and store what is new in the config's inputs (progress and summary on stderr).",
        discussion: "Re-running over unchanged inputs does no stage work. A second run on the same store exits at once "
            + "(or waits with --wait); reading commands work during a run. See docs/CONFIG.md."
    )

    @Option(help: "The config file.") var config = "mediaclimate.yml"
    @Option(help: "Worker threads for extraction and tagging.") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Exit with status 1 when any input is rejected.") var strict = false
    @Flag(help: "Wait for a running run to finish instead of exiting.") var wait = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let summary = try usageOnConfigError { () throws(PipelineError) in
            try PipelineCLI.run(configPath: config, jobs: jobs, strict: strict, wait: wait,
                                command: (["run"] + CommandLine.arguments.dropFirst(2)).joined(separator: " "))
        }
        if summary.fatalError != nil || (strict && !summary.rejects.isEmpty) { throw ExitCode.failure }
    }
}

/// `mediaclimate retag --lexicon REF [--config F]`: re-tag stored articles without re-ingesting.
struct RetagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "Re-tag the stored articles with a lexicon version; tags of other versions stay queryable."
    )

    @Option(help: "Lexicon reference name@vN (under the config's lexicon_root).") var lexicon: String
    @Option(help: "The config file.") var config = "mediaclimate.yml"
    @Option(help: "Worker threads.") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Wait for a running run to finish instead of exiting.") var wait = false

    func run() throws {
        try usageOnConfigError { () throws(PipelineError) in
            try PipelineCLI.retag(configPath: config, lexicon: lexicon, jobs: jobs, wait: wait,
                                  command: (["retag"] + CommandLine.arguments.dropFirst(2)).joined(separator: " "))
        }
    }
}

/// Runs `body`; an invalid config is a usage error (exit 64), other failures exit 1. Messages go to stderr.
@discardableResult
func usageOnConfigError<T>(_ body: () throws(PipelineError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data(("error: " + (error.errorDescription ?? "\(error)") + "\n").utf8))
        if case .config = error { throw ExitCode(64) }
        throw ExitCode.failure
    }
}
