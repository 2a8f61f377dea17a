import ArgumentParser
import ClimateIngest

/// `mediaclimate ingest <paths...>`: every input kind → normalised `Document` JSONL on stdout.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read HTML pages/folders, JSONL dumps, RSS/Atom feeds and WARC files; write one Document per line.",
        discussion: """
            Inputs are classified by extension, else by their first bytes (gzip is looked through). \
            Use - for stdin. Documents go to stdout as JSON Lines (docs/INGEST-SCHEMA.md); progress \
            and the summary, with every rejected input and why, go to stderr.
            Exit codes: 0 success, 1 rejections under --strict or a fatal error, 64 usage error.
            """
    )

    @Argument(help: "Files, folders (read recursively) or - for stdin.")
    var paths: [String]

    @Flag(help: "Exit with code 1 when any input or record is rejected.")
    var strict = false

    @Option(name: .customLong("max-bytes"), help: "Largest document in bytes (page, feed, JSONL line, WARC record).")
    var maxBytes: Int = IngestOptions.defaultMaxDocumentBytes

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one path (a file, a folder or -)") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
    }

    func run() throws {
        let code = IngestRun.run(paths: paths, options: IngestOptions(maxDocumentBytes: maxBytes), strict: strict)
        if code != 0 { throw ExitCode(code) }
    }
}
