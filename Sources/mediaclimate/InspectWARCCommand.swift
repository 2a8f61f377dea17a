import ArgumentParser
import ClimateIngest

/// `mediaclimate inspect warc <file> [--json]` or `--manifest manifest.jsonl --json`.
///
/// With `--json`, prints one JSON line per file (the shape `warc_check.py` reads); without,
/// one tab-separated line per record. `--strict` makes truncated blocks and wrong
/// Content-Lengths errors instead of warnings.
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

    @Flag(help: "Stop with an error on truncated blocks and wrong Content-Lengths.")
    var strict = false

    func validate() throws {
        guard (file == nil) != (manifest == nil) else { throw ValidationError("give either a WARC file or --manifest") }
        guard manifest == nil || json else { throw ValidationError("--manifest needs --json") }
    }

    func run() async throws {
        let options = WARCReader.Options(strict: strict)
        if let manifest {
            try WARCInspector.inspectManifest(path: manifest, options: options) { print($0) }
        } else if let file, json {
            print(WARCInspector.inspect(path: file, id: file, options: options))
        } else if let file {
            for line in try WARCInspector.summaryLines(path: file, options: options) { print(line) }
        }
    }
}
