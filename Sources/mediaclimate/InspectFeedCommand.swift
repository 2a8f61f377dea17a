import ArgumentParser
import ClimateIngest
import Foundation

/// `mediaclimate inspect feed`: print what the feed parser reads from one feed file or a manifest.
struct InspectFeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Parse one feed file (or every file of a manifest) and print the result as JSON lines.",
        discussion: """
            Output: one line per feed, {"id": ..., "parsed": {...}} (or {"id": ..., "error": ...}).
            The manifest is JSONL with "id", "file" and optionally "http_headers" and "document_url".
            """
    )

    @Argument(help: "The feed file (omit with --manifest).")
    var file: String?

    @Option(help: "The URL the feed was served at (base for relative links).")
    var url: String?

    @Option(name: .customLong("header"), help: "An HTTP response header 'name: value' (repeatable).")
    var headers: [String] = []

    @Option(help: "A JSONL manifest of feeds to parse.")
    var manifest: String?

    @Option(help: "Refuse documents larger than this many MiB.")
    var maxDocumentMib: Int = 64

    @Flag(help: "Print only a summary line per feed (entry count, flags), not the parsed fields.")
    var summary = false

    @Flag(help: "Print JSON (the only output format).")
    var json = false

    func validate() throws {
        if (file == nil) == (manifest == nil) { throw ValidationError("give either a feed file or --manifest, not both") }
        if summary && manifest != nil { throw ValidationError("--summary works on one feed file, not with --manifest") }
        for header in headers where !header.contains(":") {
            throw ValidationError("header '\(header)' is not 'name: value'")
        }
    }

    func run() async throws {
        let out = FileHandle.standardOutput
        if let manifest {
            let base = FeedParseOptions(maxDocumentBytes: maxDocumentMib << 20)
            let counts = try FeedInspection.runManifest(path: manifest, options: base) { out.write(Data($0)) }
            FileHandle.standardError.write(Data("inspect feed: \(counts.parsed) parsed, \(counts.failed) failed\n".utf8))
            if counts.failed > 0 { throw ExitCode(1) }
            return
        }
        guard let file else { return }
        var map: [String: String] = [:]
        for header in headers {
            let parts = header.split(separator: ":", maxSplits: 1)
            map[parts[0].trimmingCharacters(in: .whitespaces).lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let options = FeedParseOptions(documentURL: url, httpHeaders: map, maxDocumentBytes: maxDocumentMib << 20)
        let ok = summary
            ? FeedInspection.summarize(id: file, path: file, options: options, emit: { out.write(Data($0)) })
            : FeedInspection.inspect(id: file, path: file, options: options, emit: { out.write(Data($0)) })
        if !ok {
            throw ExitCode(1)
        }

    }
}
