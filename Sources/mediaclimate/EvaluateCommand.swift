import ArgumentParser
import ClimateFraming
import ClimateText

/// `mediaclimate evaluate ...`: score a stage against a gold set.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a stage against a gold set.",
        subcommands: [EvaluateFramingCommand.self]
    )
}

/// `mediaclimate evaluate framing --gold DIR [--lexicon REF]`: P/R/F1 per label and language.
struct EvaluateFramingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framing",
        abstract: "Tag a gold set and print P/R/F1 per label and language, toll match rates and confusions."
    )

    @Option(help: "Gold folder with <lang>.jsonl files.") var gold = "corpora/eval/framing-dev"
    @Option(help: "Lexicon: name@vN under --lexicons, or a version folder.") var lexicon = "migration-frames@v1"
    @Option(help: "Root folder of the lexicons.") var lexicons = "lexicons"
    @Option(help: "How many confusions to list.") var show = 200

    func run() async throws {
        let set = try LexiconSet.load(reference: lexicon, root: lexicons)
        let articles = try GoldArticle.load(directory: gold)
        print(FramingEvaluation.run(tagger: FramingTagger(lexicons: set), gold: articles).report(showConfusions: show))
    }
}
