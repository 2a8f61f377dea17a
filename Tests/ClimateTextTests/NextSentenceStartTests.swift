import Foundation
import Testing
@testable import ClimateText

/// Sentence boundaries decided one window at a time (`nextSentenceStart`) are those of `split`:
/// for every token and every window of up to eight tokens after it, on the golden texts, the edge
/// cases of the candidate tests and generated runs of marks, quotes, abbreviations and line breaks.
@Suite struct NextSentenceStartTests {
    /// Checks every (start, last) pair of a text against the sentence starts of `split`.
    static func assertAgrees(_ text: String, language: String) {
        let tokenized = Tokenizer(language: language).tokenize(text)
        let splitter = SentenceSplitter(language: language)
        let starts = splitter.split(tokenized).map(\.tokens.lowerBound).sorted()
        for start in tokenized.tokens.indices {
            for reach in 1...8 {
                let last = start + reach
                let expected = starts.first { $0 > start && $0 <= last }
                let found = splitter.nextSentenceStart(in: tokenized, after: start, through: last)
                #expect(found == expected, "\(language) start \(start) last \(last): \(text)")
                if found != expected { return }  // one report per text is enough
            }
        }
    }

    @Test(arguments: ["ca", "de", "en", "es", "fr", "it", "nl"])
    func goldenTexts(language: String) throws {
        let texts = try GoldenFile.texts(language)
        #expect(texts.count >= 20)
        for text in texts { Self.assertAgrees(text, language: language) }
    }

    @Test func edgeCases() {
        for language in ["en", "de", "fr", "es", "nl"] {
            for text in BoundaryCandidatesTests.edgeCases { Self.assertAgrees(text, language: language) }
        }
    }

    /// Texts drawn from pieces that make runs of terminators and closers, abbreviations, initials,
    /// day numbers and line breaks next to each other (a fixed seed: the same texts every run).
    @Test func generatedTexts() {
        let pieces = ["The", "boat", "sank", ".", "!", "?", "…", "...", "”", "“", "»", "«", ")", "(", "\"", "'",
                      "Dr.", "z.B.", "U.S.", "J.", "3.", "Oktober", "a.m.", "Mr.", "etc.", "\n", "\n\n", "\r\n",
                      "they", "Lives", "12", "«Non.»", "(sic.)", "“Stop.”", "Ja.", "no", "EE.UU."]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(8 + next() % 30) {
                let piece = pieces[next() % pieces.count]
                text += next() % 4 == 0 ? piece : piece + " "
            }
            Self.assertAgrees(text, language: ["en", "de", "fr", "nl"][round % 4])
        }
    }

    @Test func withoutCandidatesTheWholeTextIsSplit() {
        let tokenized = Tokenizer(language: "en").tokenize("They lost. Lives went on.")
        let plain = TokenizedText(text: tokenized.text, bytes: tokenized.bytes, folded: tokenized.folded, tokens: tokenized.tokens)
        let splitter = SentenceSplitter(language: "en")
        #expect(splitter.nextSentenceStart(in: plain, after: 1, through: 4) == 3)
        #expect(splitter.nextSentenceStart(in: tokenized, after: 1, through: 4) == 3)
        #expect(splitter.nextSentenceStart(in: tokenized, after: 3, through: 6) == nil)
    }
}
