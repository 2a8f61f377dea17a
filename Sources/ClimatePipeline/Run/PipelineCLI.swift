import Foundation

/// The `run` and `retag` subcommands as single library calls: config, progress, summary on stderr.
public enum PipelineCLI {
    /// Loads the config, runs the pipeline with a progress display, prints the summary to stderr.
    public static func run(configPath: String, jobs: Int, strict: Bool, wait: Bool, command: String) throws(PipelineError) -> RunSummary {
        let config: PipelineConfig
        do { config = try ConfigLoader.load(path: configPath) } catch { throw .config(error) }
        let progress = RunProgress()
        let options = RunOptions(jobs: jobs, strict: strict, wait: wait ? .upTo(seconds: nil) : .no,
                                 progress: { progress.report($0) }, command: command)
        let summary = try PipelineRunner.run(config: config, options: options)
        FileHandle.standardError.write(Data((summary.report + "\n").utf8))
        return summary
    }

    /// Loads the config and re-tags the stored articles with `lexicon`; prints the summary to stderr.
    @discardableResult
    public static func retag(configPath: String, lexicon: String, jobs: Int, wait: Bool, command: String) throws(PipelineError) -> RetagSummary {
        let config: PipelineConfig
        do { config = try ConfigLoader.load(path: configPath) } catch { throw .config(error) }
        let summary = try Retagger.retag(config: config, reference: lexicon, jobs: jobs, wait: wait ? .upTo(seconds: nil) : .no,
                                         command: command)
        FileHandle.standardError.write(Data((summary.report + "\n").utf8))
        return summary
    }
}
