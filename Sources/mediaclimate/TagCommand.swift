import ArgumentParser
import ClimatePipeline
import ClimateText
import Foundation

/// `mediaclimate tag <inputs> [--lexicon REF]`: one framing JSON object per article (docs/CODEBOOK.md).
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag articles with threat/humanity framing, testimonies, deaths and tolls (JSONL on stdout).",
        discussion: "Inputs: anything `ingest` reads (feeds, HTML pages, JSONL dumps with html or text, WARC, folders, - for stdin)."
    )

    @Argument(help: "Inputs (files, folders, - for stdin).") var inputs: [String]
    @Option(help: "Lexicon: name@vN under --lexicons, or a version folder.") var lexicon = "migration-frames@v1"
    @Option(help: "Root folder of the lexicons.") var lexicons = "lexicons"
    @Flag(help: "Exit with status 1 when any input is rejected.") var strict = false

    func run() throws {
        let set = try LexiconSet.load(reference: lexicon, root: lexicons)
        let stdout = FileHandle.standardOutput
        let summary = FramingRun.tag(paths: inputs, lexicons: set) { stdout.write(Data($0)) }
        FileHandle.standardError.write(Data((summary.report + "\n").utf8))
        if summary.ingest.fatalError != nil || (strict && !summary.allRejects.isEmpty) { throw ExitCode.failure }
    }
}
