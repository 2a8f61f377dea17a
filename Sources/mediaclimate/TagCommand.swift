import ArgumentParser
import ClimateCore
import ClimateFraming
import ClimateText
import Foundation

/// `mediaclimate tag <inputs> [--lexicon REF]`: one framing JSON object per article.
struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag articles with threat/humanity framing, testimonies, deaths and tolls (JSONL on stdout)."
    )

    @Argument(help: "JSONL files with id, language and text (e.g. a gold set or a dump).") var inputs: [String]
    @Option(help: "Lexicon: name@vN under --lexicons, or a version folder.") var lexicon = "migration-frames@v1"
    @Option(help: "Root folder of the lexicons.") var lexicons = "lexicons"

    func run() async throws {
        let tagger = FramingTagger(lexicons: try LexiconSet.load(reference: lexicon, root: lexicons))
        var writer = JSONWriter(capacity: 1 << 16)
        for input in inputs {
            for article in try GoldArticle.load(file: input) {
                guard let tags = tagger.tag(id: article.id, url: nil, language: article.language, text: article.text) else { continue }
                FramingJSON.write(tags, text: article.text, into: &writer)
                writer.newline()
                FileHandle.standardOutput.write(Data(writer.bytes))
                writer.reset()
            }
        }
    }
}
