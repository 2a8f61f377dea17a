import ArgumentParser
import ClimateCore
import ClimateIngest

/// The `mediaclimate` command: a thin shell over the library targets.
///
/// Each subcommand parses its options and calls one library function. stdout carries data only;
/// stderr carries progress and summaries. Exit codes: 0 success, 1 failure, 64 usage.
@main
struct MediaClimate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediaclimate",
        abstract: "Measure the media climate around migration: ingest, extract, tag, index, report.",
        version: ToolVersion.current,
        subcommands: [DemoCommand.self, RunCommand.self, WeeklyCommand.self, IngestCommand.self, ExtractCommand.self, TagCommand.self, KWICCommand.self, LexiconCommand.self, AnalyzeCommand.self,
                      IndexCommand.self, MilestonesCommand.self, ReportCommand.self, ExportCommand.self,
                      EvaluateCommand.self, InspectCommand.self, BenchCommand.self, RetagCommand.self, StoreCommand.self]
    )
}

/// `mediaclimate inspect ...`: look at what one reader makes of one input.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a reader parses from one input (feed, WARC file, date string).",
        subcommands: [
            InspectFeedCommand.self, InspectWARCCommand.self, InspectDateCommand.self,
            InspectLanguageCommand.self,
        ]
    )
}
