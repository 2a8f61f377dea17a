import Foundation
import Testing
@testable import ClimateText

/// Sentence splitting over the tokenizer's boundary candidates gives the sentences of the full
/// token-by-token loop (the same splitter without candidates), on every golden text and on edge cases.
@Suite struct BoundaryCandidatesTests {
    static let edgeCases = [
        ". Hello there. Again?! Yes… no.", "…Alors. Il part.", "Line one\nLine two\r\nLine three.\n\nNew para.",
        "Am 3. Oktober kam er. Dann ging er.", "Dr. Smith met J. Doe at 10 a.m. Then he left.", "z.B. so. Und dann?",
        "He said: “Stop.” Then silence. «Non.» Fin.", "\n\nLeading breaks. And text.", "No terminator at all",
        "Ends with a break.\n", "U.S. policy changed. EE.UU. también.", "Wait...what? OK.", "1. Punkt. 2. Punkt.",
    ]

    static func assertSame(_ text: String, language: String) {
        let tokenized = Tokenizer(language: language).tokenize(text)
        let plain = TokenizedText(text: tokenized.text, bytes: tokenized.bytes, folded: tokenized.folded, tokens: tokenized.tokens)
        let splitter = SentenceSplitter(language: language)
        #expect(tokenized.boundaryCandidates != nil)
        #expect(splitter.split(tokenized) == splitter.split(plain), "\(language): \(text)")
    }

    @Test func edgeCasesSplitAlike() {
        for language in ["en", "de", "fr", "es"] {
            for text in Self.edgeCases { Self.assertSame(text, language: language) }
        }
    }

    @Test(arguments: ["ca", "de", "en", "es", "fr", "it", "nl"])
    func goldenTextsSplitAlike(language: String) throws {
        let texts = try GoldenFile.texts(language)
        #expect(texts.count >= 20)
        for text in texts { Self.assertSame(text, language: language) }
    }

    @Test func candidatesAreTheMarksAndTheTokensAfterLineBreaks() {
        let tokenized = Tokenizer(language: "en").tokenize(". One, two.\nThree… four!\r\nFive")
        let surfaces = tokenized.boundaryCandidates?.map { tokenized.surface(Int($0)) }
        #expect(surfaces == [".", ".", "Three", "…", "!", "Five"])
    }
}
