import ArgumentParser
import ClimatePipeline
import ClimateText
import Foundation

/// `mediaclimate kwic --lexicon REF [--category C] [--window N] <inputs>`: every hit in context.
struct KWICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword in context: every lexicon hit with the words around it (TSV, CSV or JSONL on stdout)."
    )

    @Argument(help: "Inputs: anything `ingest` reads (files, folders, - for stdin).") var inputs: [String]
    @Option(help: "Lexicon: name@vN under --lexicons, or a version folder.") var lexicon = "migration-frames@v1"
    @Option(help: "Root folder of the lexicons.") var lexicons = "lexicons"
    @Option(help: "Only hits of this category or below it (e.g. threat.water, threat).") var category: String?
    @Option(help: "Tokens of context on each side.") var window = 8
    @Option(help: "tsv, csv or jsonl.") var format = "tsv"

    func validate() throws {
        guard KWIC.Format(rawValue: format) != nil else { throw ValidationError("--format must be tsv, csv or jsonl") }
        guard window >= 0 else { throw ValidationError("--window must be 0 or more") }
    }

    func run() throws {
        let set = try LexiconSet.load(reference: lexicon, root: lexicons)
        let stdout = FileHandle.standardOutput
        let summary = FramingRun.kwic(paths: inputs, lexicons: set, category: category, window: window,
                                      format: KWIC.Format(rawValue: format) ?? .tsv) { stdout.write(Data($0)) }
        FileHandle.standardError.write(Data((summary.report + "\n").utf8))
        if summary.ingest.fatalError != nil { throw ExitCode.failure }
    }
}
