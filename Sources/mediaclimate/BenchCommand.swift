import ArgumentParser
import ClimateFraming
import ClimateText

/// `mediaclimate bench tagging`: throughput of tokenise + match or full tagging (docs/BENCHMARKS.md).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on in-memory inputs (see docs/BENCHMARKS.md).",
        shouldDisplay: false,
        subcommands: [BenchTaggingCommand.self]
    )
}

struct BenchTaggingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagging",
        abstract: "Time tokenise + match (--mode match), hits with flags (--mode hits) or full framing (--mode tag) over a JSONL corpus."
    )

    @Option(help: "JSONL with lang/language and text per line.") var corpus: String
    @Option(help: "Lexicon: name@vN under --lexicons, or a version folder.") var lexicon = "migration-frames@v1"
    @Option(help: "Root folder of the lexicons.") var lexicons = "lexicons"
    @Option(help: "tokenize, analyze, match, hits or tag.") var mode: String = "match"
    @Option(help: "Threads.") var jobs = 1
    @Option(name: .customLong("repeat"), help: "Repeat the measurement (one JSON line each).") var repetitions = 1

    func run() async throws {
        guard let mode = TaggingBenchmark.Mode(rawValue: mode) else { throw ValidationError("--mode must be tokenize, analyze, match, hits or tag") }
        let set = try LexiconSet.load(reference: lexicon, root: lexicons)
        let articles = try TaggingBenchmark.loadArticles(path: corpus)
        for _ in 0..<max(1, repetitions) {
            print(TaggingBenchmark.run(articles: articles, lexicons: set, mode: mode, jobs: jobs).json)
        }
    }
}
