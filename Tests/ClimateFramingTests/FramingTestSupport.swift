import ClimateFraming
import ClimateText
import Foundation
import Testing

/// Loads the committed v1 lexicons once for the framing tests.
enum FramingFixture {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.appendingPathComponent("lexicons").path
    }()

    static let tagger: FramingTagger = {
        do {
            return FramingTagger(lexicons: try LexiconSet.load(reference: "migration-frames@v1", root: root))
        } catch {
            fatalError("lexicons/migration-frames/v1 must load: \(error.localizedDescription)")
        }
    }()

    static func tag(_ text: String, _ language: String) -> ArticleFraming {
        guard let tags = tagger.tag(id: "t", url: nil, language: language, text: text) else {
            fatalError("no lexicon for \(language)")
        }
        return tags
    }
}

/// One trap case: a short text in a language and what the tagger must say about it.
struct TrapCase: Sendable, CustomTestStringConvertible {
    let language: String
    let text: String
    let note: String
    var testDescription: String { "\(language): \(note)" }
}
