import Foundation
import Testing
@testable import ClimateText

/// Golden tests for the tokeniser, the sentence splitter and the quote finder in all seven languages.
///
/// Cases live in `Golden/<lang>.txt` (read relative to this file). `MEDIACLIMATE_RECORD=1` writes the
/// actual outputs back into the files; every recorded expectation must then be reviewed by hand,
/// because a golden file states what is correct, not what the code happens to do.
@Suite struct GoldenTests {
    static let languages = ["en", "nl", "it", "es", "ca", "de", "fr"]
    static let recording = ProcessInfo.processInfo.environment["MEDIACLIMATE_RECORD"] == "1"

    func load(_ language: String) throws -> (header: [String], cases: [GoldenCase]) {
        GoldenFile.parse(try String(contentsOf: GoldenFile.url(language), encoding: .utf8))
    }

    @Test(arguments: languages)
    func golden(language: String) throws {
        let (header, cases) = try load(language)
        var recorded: [(GoldenCase, [String])] = []
        for c in cases {
            guard let kind = c.kind else {
                Issue.record("\(language).txt:\(c.line) \(c.id): id must be <lang>-<tok|sent|quote>-<n>")
                continue
            }
            let actual = GoldenRender.lines(kind, text: c.text, language: language)
            recorded.append((c, actual))
            if Self.recording { continue }
            if let difference = Self.firstDifference(expected: c.expected, actual: actual) {
                Issue.record("\(language).txt:\(c.line) \(c.id) (\(c.title)): \(difference)")
            }
        }
        if Self.recording {
            try GoldenFile.render(header: header, cases: recorded).write(to: GoldenFile.url(language), atomically: true, encoding: .utf8)
            print("RECORDED: \(language).txt (\(recorded.count) cases) - review every expectation by hand")
        }
    }

    @Test(arguments: languages)
    func coverage(language: String) throws {
        let cases = try load(language).cases
        let ids = cases.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate case ids in \(language).txt")
        #expect(cases.allSatisfy { $0.id.hasPrefix(language + "-") }, "case ids in \(language).txt must start with \(language)-")
        for kind in GoldenCase.Kind.allCases {
            let n = cases.filter { $0.kind == kind }.count
            #expect(n >= 20, "\(language).txt has \(n) \(kind.rawValue) cases, needs at least 20")
        }
    }

    /// Every token's range lies on scalar boundaries, in order, without overlap, and only white space
    /// (or invisible format characters) falls between tokens.
    @Test(arguments: languages)
    func rangesSliceBack(language: String) throws {
        for c in try load(language).cases {
            let t = Tokenizer().tokenize(c.text)
            var previousEnd = 0
            for (i, token) in t.tokens.enumerated() {
                let r = token.range
                guard r.lowerBound >= previousEnd, r.upperBound <= t.bytes.count, !r.isEmpty else {
                    Issue.record("\(c.id): token \(i) has bad range \(r)")
                    break
                }
                #expect(Array(t.surface(i).utf8) == Array(t.bytes[r]), "\(c.id): token \(i) does not slice back")
                #expect(t.bytes[r.lowerBound] & 0xC0 != 0x80 && (r.upperBound == t.bytes.count || t.bytes[r.upperBound] & 0xC0 != 0x80),
                        "\(c.id): token \(i) splits a scalar")
                let gap = t.slice(previousEnd..<r.lowerBound)
                #expect(gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format },
                        "\(c.id): text dropped before token \(i): \(GoldenFile.escape(gap))")
                previousEnd = r.upperBound
            }
            let tail = t.slice(previousEnd..<t.bytes.count)
            #expect(tail.unicodeScalars.allSatisfy { $0.properties.isWhitespace }, "\(c.id): text dropped at the end: \(tail)")
        }
    }

    /// The NFC and NFD forms of every case give the same tokens, kinds, keys, sentences and quotes.
    @Test(arguments: languages)
    func nfcAndNfdAgree(language: String) throws {
        for c in try load(language).cases {
            let nfc = TextAnalysis(text: c.text.precomposedStringWithCanonicalMapping, language: language)
            let nfd = TextAnalysis(text: c.text.decomposedStringWithCanonicalMapping, language: language)
            let a = nfc.tokenized, b = nfd.tokenized
            #expect(a.text == b.text, "\(c.id): normalised texts differ")
            #expect(a.tokens == b.tokens, "\(c.id): NFC and NFD tokens differ")
            #expect(a.tokens.indices.map { a.foldedForm($0) } == b.tokens.indices.map { b.foldedForm($0) }, "\(c.id): folded forms differ")
            #expect(nfc.sentences == nfd.sentences, "\(c.id): sentences differ")
            #expect(nfc.quotes == nfd.quotes, "\(c.id): quotes differ")
        }
    }

    /// The first differing line, or nil when the outputs agree.
    static func firstDifference(expected: [String], actual: [String]) -> String? {
        for k in 0..<max(expected.count, actual.count) {
            let e = k < expected.count ? expected[k] : "(nothing)"
            let a = k < actual.count ? actual[k] : "(nothing)"
            if e != a { return "line \(k + 1) of the expectation differs\n  expected: \(e)\n  actual:   \(a)" }
        }
        return nil
    }
}
