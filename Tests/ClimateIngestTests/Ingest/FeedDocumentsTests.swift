import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedDocumentsTests {
    private let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Het Nieuws</title><link>https://nieuws.example.nl/</link><language>nl</language>
        <item><title>Boot met migranten</title><link>https://nieuws.example.nl/a/1</link>
          <guid>a-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
          <description>Kort</description><content:encoded><![CDATA[<p>Lang verhaal</p>]]></content:encoded>
          <category>migratie</category><author>r@example.nl (Reporter)</author></item>
        <item><title>Alleen samenvatting</title><guid>https://nieuws.example.nl/a/2</guid>
          <description>&lt;p&gt;Samenvatting&lt;/p&gt;</description></item>
        </channel></rss>
        """

    @Test func entriesBecomeDocuments() throws {
        let folder = try TestFolder()
        let path = try folder.write("feed.rss", rss)
        let (documents, summary) = collect(paths: [path])
        #expect(summary.byKind[.feed]?.parsed == 2)
        #expect(documents.map(\.source) == [path + "#entry=1", path + "#entry=2"])
        let first = try #require(documents.first)
        #expect(first.kind == .feedEntry)
        #expect(first.url == "https://nieuws.example.nl/a/1")
        #expect(first.html == "<p>Lang verhaal</p>")
        #expect(first.summary == "Kort")
        #expect(first.published.map(UTCFormat.string) == "2024-03-05T09:00:00Z")
        #expect(first.publishedSource == .feed)
        #expect(first.language == "nl")
        #expect(first.outlet == "Het Nieuws")
        #expect(first.feedTitle == "Het Nieuws")
        #expect(first.feedLink == "https://nieuws.example.nl/")
        #expect(first.categories == ["migratie"])
        #expect(first.metadata["entry_id"] == "a-1")
        #expect(first.fetched != nil)
        let second = documents[1]
        #expect(second.url == "https://nieuws.example.nl/a/2")
        #expect(second.html == "<p>Samenvatting</p>")
    }

    @Test func feedOnStandardInputAndGzipFeedsAreRead() throws {
        let (documents, summary) = collect(bytes: Array(rss.utf8))
        #expect(documents.map(\.source) == ["-#entry=1", "-#entry=2"])
        #expect(summary.inputs.first?.kind == .feed)
        #expect(documents.first?.fetched == nil)
        let path = IngestFixtures.path("small-feed.rss.gz")
        let (zipped, _) = collect(paths: [path])
        #expect(zipped.map(\.title) == ["Zipped"])
        #expect(zipped.first?.source == path + "#entry=1")
    }

    @Test func brokenFeedEntriesAreRecovered() throws {
        let broken = rss.replacingOccurrences(of: "</channel></rss>", with: "<item><title>cut")
        let (documents, summary) = collect(bytes: Array(broken.utf8), name: "broken.xml")
        #expect(summary.totals.recovered >= 2)
        #expect(summary.totals.parsed == 0)
        #expect(documents.first?.metadata["feed_error"] != nil)
    }

    @Test func unusableFeedIsRejected() {
        let (documents, summary) = collect(bytes: Array("<rss><channel><item".utf8), name: "bad.rss")
        #expect(documents.isEmpty)
        #expect(summary.rejects.first?.input == "bad.rss")
        #expect(summary.rejects.first?.reason.hasPrefix("the feed reader failed") == true)
    }

    @Test func xmlThatIsNotAFeedIsRejectedButAnEmptyFeedIsNot() {
        let (_, sitemap) = collect(bytes: Array("<?xml version=\"1.0\"?><urlset><url><loc>https://x/</loc></url></urlset>".utf8),
                                   name: "sitemap.xml")
        #expect(sitemap.rejects.first?.reason.contains("not an RSS or Atom feed") == true)
        let (documents, empty) = collect(bytes: Array("<rss version=\"2.0\"><channel><title>E</title></channel></rss>".utf8),
                                         name: "empty.rss")
        #expect(documents.isEmpty)
        #expect(empty.totals.rejected == 0)
    }

    @Test func oversizeFeedsAreRejectedWithTheLimit() throws {
        let folder = try TestFolder()
        let path = try folder.write("feed.rss", rss)
        let (_, summary) = collect(paths: [path, IngestFixtures.path("small-feed.rss.gz")],
                                   options: IngestOptions(maxDocumentBytes: 120))
        #expect(summary.rejects.map(\.reason) == Array(repeating: "larger than the size limit of 120 bytes", count: 2))
    }
}
