import ArgumentParser
import ClimateCore
import ClimateExtract
import Foundation

/// `mediaclimate extract`: article text and metadata from HTML pages or ingest JSONL, as JSONL.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract article text and metadata from HTML pages or ingest JSONL (one Article per line).",
        discussion: """
            Inputs are HTML files (.html, .htm, optionally .gz), folders of them (read recursively, \
            in sorted order) and JSONL files of ingest documents or dumps (`html` or `text` per line). \
            Output order follows input order for any --jobs. The algorithm: docs/EXTRACTION.md.
            """
    )

    @Argument(help: "HTML files, folders or JSONL files.")
    var inputs: [String]

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Exit with status 1 when any input is rejected.")
    var strict = false

    @Flag(help: .hidden)
    var parseOnly = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let stdout = FileHandle.standardOutput
        let summary = try ExtractRunner.run(inputs: inputs, jobs: jobs, parseOnly: parseOnly) { bytes in
            stdout.write(Data(bytes))
        }
        for reject in summary.rejects {
            FileHandle.standardError.write(Data("extract: rejected \(reject.line)\n".utf8))
        }
        FileHandle.standardError.write(Data("extract: \(summary.articles) articles, \(summary.rejects.count) rejected\n".utf8))
        if strict && !summary.rejects.isEmpty { throw ExitCode.failure }
    }
}
