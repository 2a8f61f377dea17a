import ArgumentParser
import ClimateIngest
import Foundation

/// `mediaclimate inspect warc <file> [--json]` or `--manifest manifest.jsonl --json`.
///
/// With `--json`, prints one JSON line per file (the shape `warc_check.py` reads); without,
/// one tab-separated line per record. `--strict` makes truncated blocks and wrong
/// Content-Lengths errors instead of warnings, and exits 1 when any file stopped with an error.
struct InspectWARCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warc",
        abstract: "Read a WARC file (plain or gzip) and show its records.",
        discussion: "JSON shape: id, file, gzip, error, warnings, record_counts, records (see docs/WARC.md)."
    )

    @Argument(help: "The WARC file (.warc, .warc.gz; gzip is detected from the bytes).")
    var file: String?

    @Option(help: "A JSONL manifest of {\"id\", \"file\"} lines: inspect every file listed.")
    var manifest: String?

    @Flag(help: "Print one JSON line per file.")
    var json = false

    @Flag(help: "Stop with an error on truncated blocks and wrong Content-Lengths; exit 1 on any error.")
    var strict = false

    func validate() throws {
        guard (file == nil) != (manifest == nil) else { throw ValidationError("give either a WARC file or --manifest") }
        guard manifest == nil || json else { throw ValidationError("--manifest needs --json") }
    }

    func run() async throws {
        let options = WARCReader.Options(strict: strict)
        var stopped = 0
        if let manifest {
            let summary = try WARCInspector.inspectManifest(path: manifest, options: options) { print($0) }
            stopped = summary.stopped
            note("warc: \(summary.files) files read, \(summary.stopped) stopped with an error")
        } else if let file, json {
            let result = WARCInspector.inspectWithError(path: file, id: file, options: options)
            print(result.json)
            if let error = result.error { note("warc: \(error)"); stopped = 1 }
        } else if let file {
            let result = WARCInspector.summaryLines(path: file, options: options)
            for line in result.lines { print(line) }
            if let error = result.error { note("warc: \(error.localizedDescription)"); stopped = 1 }
        }
        if strict && stopped > 0 { throw ExitCode.failure }
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
