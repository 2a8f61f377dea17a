import Foundation
import Testing
@testable import ClimateText

/// Invariants of the text core on generated text full of edge cases (apostrophes, hyphens, digit
/// groups, quotes, NFD marks, line breaks): no crash, ranges slice back, NFC = NFD, sentences cover
/// every token, quotes lie inside the text.
@Suite struct TokenizerInvariantTests {
    static let pieces: [String] = [
        "l'", "dell'", "d’", "qu'", "'", "’", "‘", "\"", "“", "”", "„", "‚", "«", "»", "‹", "›", "-", "–", "·", "l·l",
        "1", "249", ".", ",", ":", "\u{202F}", "\u{2009}", "\u{A0}", " ", " ", " ", "\n", "\n\n", "?", "!", "…",
        "a", "e", "n", "s", "t", "IJ", "ĳ", "ß", "Ł", "e\u{301}", "o\u{308}", "ς", "İ", "www.", "http://", "@", "#",
        "x@y.org", "Mr", "z.B", "etc", "po", "Asyl", "und", "'s", "'90s", "90", "€", "%", "(", ")",
    ]

    /// A deterministic generator (LCG), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func invariantsHoldOnGeneratedText() {
        var g = Generator(state: 2026)
        for language in ["en", "nl", "it", "es", "ca", "de", "fr"] {
            for _ in 0..<300 {
                var text = ""
                for _ in 0..<(1 + g.next(40)) { text += Self.pieces[g.next(Self.pieces.count)] }
                check(text, language)
            }
        }
    }

    func check(_ text: String, _ language: String) {
        let a = TextAnalysis(text: text, language: language)
        let t = a.tokenized
        var previousEnd = 0
        for (i, token) in t.tokens.enumerated() {
            #expect(token.start >= previousEnd && token.end > token.start && Int(token.end) <= t.bytes.count,
                    "bad range for token \(i) in \(GoldenFile.escape(text))")
            #expect(Array(t.surface(i).utf8) == Array(t.bytes[token.range]), "token \(i) does not slice back in \(GoldenFile.escape(text))")
            previousEnd = Int(token.end)
        }
        let covered = a.sentences.flatMap { Array($0.tokens) }
        #expect(covered == Array(t.tokens.indices), "sentences do not cover the tokens of \(GoldenFile.escape(text))")
        for q in a.quotes {
            #expect(q.open < t.tokens.count && q.content.upperBound <= t.tokens.count && q.before.upperBound <= q.open
                    && q.after.upperBound <= t.tokens.count, "quote out of range in \(GoldenFile.escape(text))")
        }
        let d = Tokenizer(language: language).tokenize(text.decomposedStringWithCanonicalMapping)
        #expect(d.tokens == t.tokens, "NFC and NFD differ for \(GoldenFile.escape(text))")
    }
}
