import ClimateCore
import Foundation
import Testing
@testable import ClimateExtract

@Suite struct MetadataTests {
    let fetched = UTCFormat.date(year: 2024, month: 1, day: 10)
    let body = [PageFixtures.paragraph("alpha"), PageFixtures.paragraph("beta")]

    private func extract(head: String = "", url: String = "https://news.example.org/story",
                         extraBody: String = "", hints: ArticleExtractor.Hints? = nil) throws -> Article {
        var html = PageFixtures.newsPage(head: head, paragraphs: body)
        html = html.replacingOccurrences(of: "<div class=\"byline\">", with: "\(extraBody)<div class=\"byline\">")
        var used = hints ?? ArticleExtractor.Hints()
        used.url = url
        used.fetched = fetched
        return try ArticleExtractor.extract(html: html, id: "t", hints: used)
    }

    private static let jsonLD = #"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle","headline":"JSON headline","datePublished":"2023-05-14T08:00:00+02:00","dateModified":"2023-05-15T09:30:00Z","author":[{"@type":"Person","name":"Jane Reporter"},{"name":"Max Muster"}]}]}</script>"#
    private static let meta = #"<meta property="article:published_time" content="2023-05-13T10:00:00Z"><meta property="article:modified_time" content="2023-05-16T10:00:00Z">"#
    private static let time = #"<time datetime="2023-05-12T07:00:00Z">12 May</time>"#

    @Test func feedDateComesFirst() throws {
        let hints = ArticleExtractor.Hints(published: UTCFormat.date(year: 2023, month: 5, day: 11), publishedSource: .feed)
        let article = try extract(head: Self.jsonLD + Self.meta, hints: hints)
        #expect(article.publishedSource == .feed)
        #expect(article.published == UTCFormat.date(year: 2023, month: 5, day: 11))
    }

    @Test func jsonLDBeatsMetaTimeURLAndText() throws {
        let article = try extract(head: Self.jsonLD + Self.meta, url: "https://news.example.org/2023/05/01/story",
                                  extraBody: Self.time)
        #expect(article.publishedSource == .jsonLD)
        #expect(article.published.map(UTCFormat.string) == "2023-05-14T06:00:00Z")
        #expect(article.modifiedSource == .jsonLD)
        #expect(article.modified.map(UTCFormat.string) == "2023-05-15T09:30:00Z")
        #expect(article.authors == ["Jane Reporter", "Max Muster"])
    }

    @Test func metaBeatsTimeTagAndURL() throws {
        let article = try extract(head: Self.meta, url: "https://news.example.org/2023/05/01/story", extraBody: Self.time)
        #expect(article.publishedSource == .meta)
        #expect(article.published.map(UTCFormat.string) == "2023-05-13T10:00:00Z")
        #expect(article.modifiedSource == .meta)
    }

    @Test func timeTagBeatsURL() throws {
        let article = try extract(url: "https://news.example.org/2023/05/01/story", extraBody: Self.time)
        #expect(article.publishedSource == .timeTag)
        #expect(article.published.map(UTCFormat.string) == "2023-05-12T07:00:00Z")
    }

    @Test func urlBeatsText() throws {
        let article = try extract(url: "https://news.example.org/2023/05/01/story", extraBody: "<p>Stand: 03.04.2023</p>")
        #expect(article.publishedSource == .url)
        #expect(article.published.map(UTCFormat.string) == "2023-05-01T00:00:00Z")
    }

    @Test func textDateIsTheLastResort() throws {
        let article = try extract(extraBody: "<p>Stand: 03.04.2023</p>")
        #expect(article.publishedSource == .text)
        #expect(article.published.map(UTCFormat.string) == "2023-04-03T00:00:00Z")
    }

    @Test func datesAfterTheFetchTimeAreSkipped() throws {
        let future = #"<meta property="article:published_time" content="2031-01-01T00:00:00Z">"#
        let article = try extract(head: future, extraBody: Self.time)
        #expect(article.publishedSource == .timeTag)
        let feed = ArticleExtractor.Hints(published: UTCFormat.date(year: 2030, month: 1, day: 1), publishedSource: .feed)
        #expect(try extract(head: Self.meta, hints: feed).publishedSource == .meta)
    }

    @Test func titleDropsTheSiteName() throws {
        let og = #"<meta property="og:title" content="Minister resigns after vote | Example News"><meta property="og:site_name" content="Example News">"#
        #expect(try extract(head: og).title == "Minister resigns after vote")
        let prefixed = TitleCleaner.clean("Example News - Minister resigns after vote", siteName: "Example News", host: nil)
        #expect(prefixed == "Minister resigns after vote")
        let byHost = TitleCleaner.clean("Minister resigns after the vote – NEWS.example", siteName: nil, host: "www.news.example")
        #expect(byHost == "Minister resigns after the vote")
        let kept = TitleCleaner.clean("Left - right: a debate", siteName: "Example News", host: "example.org")
        #expect(kept == "Left - right: a debate")
        #expect(try extract().title == "Headline of the story")
    }

    @Test func canonicalURLIsResolved() throws {
        let link = #"<link rel="canonical" href="/2023/05/17/story"><meta property="og:url" content="https://other.example/x">"#
        let article = try extract(head: link, url: "https://news.example.org/story?utm_source=feed")
        #expect(article.canonicalURL == "https://news.example.org/2023/05/17/story")
        let og = try extract(head: #"<meta property="og:url" content="https://news.example.org/og">"#)
        #expect(og.canonicalURL == "https://news.example.org/og")
    }

    @Test func languageSiteAndDescription() throws {
        let head = #"<meta property="og:site_name" content="Example News"><meta name="description" content="What happened."><meta property="article:section" content="Politik">"#
        let article = try extract(head: head)
        #expect(article.language == "de")
        #expect(article.siteName == "Example News")
        #expect(article.description == "What happened.")
        #expect(article.section == "Politik")
    }

    @Test func teaserIndexIsNotAnArticle() throws {
        let index = try ArticleExtractor.extract(html: PageFixtures.teaserIndex(), id: "home",
                                                 hints: .init(url: "https://news.example.org/politik/"))
        #expect(!index.isArticle)
        let home = try ArticleExtractor.extract(html: PageFixtures.newsPage(paragraphs: body), id: "h",
                                                hints: .init(url: "https://news.example.org/"))
        #expect(!home.isArticle)
        #expect(try extract().isArticle)
    }
}
