import ClimateCore
import Foundation
import Testing
@testable import ClimateExtract

/// Hostile and malformed pages: correct text or a clear rejection, each under 5 s and 1 GB.
@Suite(.serialized) struct RobustnessTests {
    /// 5 s for optimised builds; unoptimised (debug) Swift runs the same work ~6× slower, so debug
    /// test runs allow 30 s. Release timings of these cases are in docs/EXTRACTION.md.
    #if DEBUG
    static let timeLimit: Duration = .seconds(30)
    #else
    static let timeLimit: Duration = .seconds(5)
    #endif
    static let memoryLimit = 1 << 30

    private func bounded(_ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        #expect(elapsed < Self.timeLimit, "took \(elapsed)")
        #expect(Self.peakResidentBytes() < Self.memoryLimit, "peak RSS \(Self.peakResidentBytes()) bytes")
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func fiftyMegabytePage() throws {
        let paragraph = "<p>" + PageFixtures.paragraph("word") + "</p>\n"
        var html = "<html><body><div class=\"article-body\">"
        html.reserveCapacity(50 << 20)
        while html.utf8.count < 50 << 20 { html += paragraph }
        html += "</div></body></html>"
        try bounded {
            let article = try ArticleExtractor.extract(html: html, id: "big")
            #expect(article.method == .containerClass)
            #expect(article.text.hasPrefix("word word"))
        }
    }

    @Test func deepNesting() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>" + PageFixtures.paragraph("deep")
            + "</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        try bounded {
            do {
                let article = try ArticleExtractor.extract(html: html, id: "deep")
                // libxml2 may cut the tree at its depth limit; what it keeps must not crash us.
                #expect(article.text.isEmpty || article.text.contains("deep deep"))
            } catch let error as ExtractError {
                #expect(error == .unparsable)
            }
        }
    }

    @Test func unclosedTags() throws {
        let html = "<html><body><div class=\"entry-content\"><p>" + PageFixtures.paragraph("one") + "<p>"
            + PageFixtures.paragraph("two") + "<div><span><b>" + PageFixtures.paragraph("three")
        try bounded {
            let article = try ArticleExtractor.extract(html: html, id: "open")
            #expect(article.text.contains("one one") && article.text.contains("two two") && article.text.contains("three"))
        }
    }

    @Test func windows1252WithoutCharset() throws {
        var bytes = Array("<html><body><article><p>".utf8)
        bytes += Array("Caf".utf8) + [0xE9] + Array(" \u{0}".utf8.dropLast()) + [0x93] + Array("quoted".utf8) + [0x94]
            + Array(" costs 5 ".utf8) + [0x80] + Array(" ".utf8) + Array(PageFixtures.paragraph("text").utf8)
        bytes += Array("</p></article></body></html>".utf8)
        try bounded {
            let article = try ArticleExtractor.extract(bytes: bytes, id: "cp1252")
            #expect(article.text.hasPrefix("Café “quoted” costs 5 €"))
        }
    }

    @Test func byteOrderMarkBeatsAConflictingMetaCharset() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Grüße aus Łódź, "
            + PageFixtures.paragraph("text") + "</p></article></body></html>"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(html.utf8)
        try bounded {
            let article = try ArticleExtractor.extract(bytes: bytes, id: "bom")
            #expect(article.text.hasPrefix("Grüße aus Łódź,"))
        }
    }

    @Test func emptyInputsAreRejectedOrEmpty() throws {
        try bounded {
            #expect(throws: ExtractError.empty) { try ArticleExtractor.extract(html: "  \n ", id: "e") }
            let article = try ArticleExtractor.extract(html: "<html><head><title>Nothing</title></head><body></body></html>", id: "e")
            #expect(article.text.isEmpty)
            #expect(article.method == .empty)
            #expect(!article.isArticle)
        }
    }

    @Test func tooLargeIsRejected() {
        let bytes = [UInt8](repeating: 0x20, count: ArticleExtractor.maximumBytes + 1)
        #expect(throws: ExtractError.tooLarge(bytes: bytes.count, limit: ArticleExtractor.maximumBytes)) {
            try ArticleExtractor.extract(bytes: bytes, id: "huge")
        }
    }
}
