import ClimateCore
import Foundation
import Testing
@testable import ClimateExtract

@Suite struct BodyExtractionTests {
    let paragraphs = [PageFixtures.paragraph("alpha"), PageFixtures.paragraph("beta"), PageFixtures.paragraph("gamma")]

    @Test func keepsTheNamedBodyAndDropsBoilerplate() throws {
        let article = try ArticleExtractor.extract(html: PageFixtures.newsPage(paragraphs: paragraphs), id: "t")
        #expect(article.method == .containerClass)
        #expect(article.text == paragraphs.joined(separator: "\n\n"))
        for noise in ["Home", "Share on Facebook", "Another story", "First comment", "Copyright", "Jane Reporter"] {
            #expect(!article.text.contains(noise), "boilerplate leaked: \(noise)")
        }
    }

    @Test func findsTheBodyWithoutClassNames() throws {
        let html = PageFixtures.newsPage(bodyClass: "x1", paragraphs: paragraphs)
            .replacingOccurrences(of: "<main><article>", with: "<main><div>")
            .replacingOccurrences(of: "</article>", with: "</div>")
        let article = try ArticleExtractor.extract(html: html, id: "t")
        #expect(article.method == .scored)
        #expect(article.text.contains(paragraphs[0]) && article.text.contains(paragraphs[2]))
        #expect(!article.text.contains("Another story"))
    }

    @Test func removesRepeatedParagraphs() throws {
        let html = PageFixtures.newsPage(paragraphs: paragraphs + [paragraphs[0]])
        let article = try ArticleExtractor.extract(html: html, id: "t")
        #expect(article.text.components(separatedBy: paragraphs[0]).count == 2)
    }

    @Test func joinsInlineMarkupWithoutSpaces() throws {
        let html = PageFixtures.newsPage(paragraphs: ["Ver<em>fassungs</em>gericht &ouml;ffnet, " + paragraphs[0]])
        let article = try ArticleExtractor.extract(html: html, id: "t")
        #expect(article.text.hasPrefix("Verfassungsgericht öffnet,"))
    }

    @Test func fallsBackToJSONLDArticleBodyWhenTheDOMIsTooShort() throws {
        let body = PageFixtures.paragraph("delta") + "\n" + PageFixtures.paragraph("epsilon")
        let json = #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","articleBody":"\#(body.replacingOccurrences(of: "\n", with: "\\n"))"}"#
        let html = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div class=\"article-body\"><p>Short.</p></div></body></html>"
        let article = try ArticleExtractor.extract(html: html, id: "t")
        #expect(article.method == .jsonLD)
        #expect(article.text == body.replacingOccurrences(of: "\n", with: "\n\n"))
    }

    @Test func hiddenElementsAreNotText() throws {
        let html = PageFixtures.newsPage(paragraphs: paragraphs + ["<span style=\"display: none\">SECRET</span>", "<span hidden>HIDDEN</span>"])
        let article = try ArticleExtractor.extract(html: html, id: "t")
        #expect(!article.text.contains("SECRET") && !article.text.contains("HIDDEN"))
    }
}
