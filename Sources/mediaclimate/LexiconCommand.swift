import ArgumentParser
import ClimateText

/// `mediaclimate lexicon ...`: work with lexicon files.
struct LexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Validate lexicon files.",
        subcommands: [LexiconCheckCommand.self]
    )
}

/// `mediaclimate lexicon check <dir>`: one summary line per file; exit 1 when any file is bad.
struct LexiconCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every lexicon file under a folder and print a one-line summary per file."
    )

    @Argument(help: "A lexicon folder (e.g. lexicons/migration-frames/v1) or file.")
    var path: String

    func run() async throws {
        let results = LexiconCheck.run(directory: path)
        for result in results { print(result.line) }
        if results.contains(where: { $0.error != nil }) { throw ExitCode.failure }
    }
}
