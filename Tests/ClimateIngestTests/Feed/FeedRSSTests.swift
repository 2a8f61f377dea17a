import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedRSSTests {
    @Test func readsAnRSS20ItemWithItsFields() {
        let feed = FeedTestSupport.parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Channel &amp; co</title><link>http://example.com/</link><language>de</language>
            <description>About &lt;b&gt;us&lt;/b&gt;</description>
            <item><title><![CDATA[Item <one>]]></title><link>http://example.com/1</link>
            <guid isPermaLink="false">id-1</guid><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>
            <author>me@example.com (Example editor)</author><category domain="http://s">Politics</category>
            <description>Short</description><content:encoded><![CDATA[<p>Long</p>]]></content:encoded>
            <enclosure url="http://example.com/a.mp3" length="42" type="audio/mpeg"/>
            <comments>http://example.com/1#c</comments></item>
            </channel></rss>
            """)
        #expect(feed.wellFormed)
        #expect(feed.version == "rss20")
        #expect(feed.encoding == "utf-8")
        #expect(feed.feed.title == "Channel & co")
        #expect(feed.feed.language == "de")
        #expect(feed.feed.subtitleDetail?.type == "text/html")
        #expect(feed.entries.count == 1)
        let entry = feed.entries[0]
        #expect(entry.title == "Item <one>")
        #expect(entry.link == "http://example.com/1")
        #expect(entry.id == "id-1")
        #expect(entry.published.map(UTCFormat.string) == "2004-01-01T19:48:21Z")
        #expect(entry.author == "me@example.com (Example editor)")
        #expect(entry.authorDetail?.name == "Example editor")
        #expect(entry.authorDetail?.email == "me@example.com")
        #expect(entry.categories.first?.term == "Politics")
        #expect(entry.categories.first?.scheme == "http://s")
        #expect(entry.summary == "Short")
        #expect(entry.content.first?.value == "<p>Long</p>")
        #expect(entry.enclosures == [FeedEnclosure(href: "http://example.com/a.mp3", type: "audio/mpeg", length: "42")])
        #expect(entry.comments == "http://example.com/1#c")
    }

    @Test func permalinkGuidBecomesTheLinkWhenThereIsNone() {
        let feed = FeedTestSupport.parse("<rss version=\"2.0\"><channel><item><guid>http://example.com/p</guid></item></channel></rss>")
        #expect(feed.entries.first?.link == "http://example.com/p")
        #expect(feed.entries.first?.id == "http://example.com/p")
    }

    @Test func readsRSS10AndItsRDFAbout() {
        let feed = FeedTestSupport.parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="http://example.com/"><title>RDF feed</title></channel>
            <image rdf:about="http://example.com/i.png"><title>Not the title</title></image>
            <item rdf:about="http://example.org/1"><title>One</title><dc:date>2003-12-31T10:14:55Z</dc:date></item>
            </rdf:RDF>
            """)
        #expect(feed.version == "rss10")
        #expect(feed.feed.title == "RDF feed")
        #expect(feed.entries.first?.id == "http://example.org/1")
        #expect(feed.entries.first?.updated.map(UTCFormat.string) == "2003-12-31T10:14:55Z")
    }

    @Test func decodesUndefinedHTMLEntitiesAndFlagsThem() {
        let feed = FeedTestSupport.parse("<rss version=\"2.0\"><channel><title>caf&eacute; &amp; &#233;</title></channel></rss>")
        #expect(feed.feed.title == "café & é")
        #expect(!feed.wellFormed)
        #expect(feed.error == "Entity 'eacute' not defined")
    }

    @Test func keepsBareAmpersandsInLinks() {
        let feed = FeedTestSupport.parse("<rss version=\"2.0\"><channel><item><link>http://x/?a=1&b=2</link></item></channel></rss>")
        #expect(feed.entries.first?.link == "http://x/?a=1&b=2")
        #expect(!feed.wellFormed)
    }

    @Test func namesTheRSSVersions() {
        for (attribute, version) in [("0.91", "rss091u"), ("0.92", "rss092"), ("2.0", "rss20"), ("", "rss")] {
            let feed = FeedTestSupport.parse("<rss version=\"\(attribute)\"><channel><title>t</title></channel></rss>")
            #expect(feed.version == version)
        }
    }

    @Test func recoversFromATruncatedDocument() {
        let feed = FeedTestSupport.parse("<rss version=\"2.0\"><channel><item><title>first</title></item><item><title>sec")
        #expect(!feed.wellFormed)
        #expect(feed.entries.first?.title == "first")
    }

    @Test func keepsOnlySafeDoctypeEntitiesAndSpotsNetscape() {
        let feed = FeedTestSupport.parse("""
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/rss-0.91.dtd" [
            <!ENTITY plain "Plain text"><!ENTITY nested "&plain; again"><!ENTITY ext SYSTEM "file:///etc/hostname">
            ]>
            <rss version="0.91"><channel><title>&plain;|&nested;|&ext;</title></channel></rss>
            """)
        #expect(feed.version == "rss091n")
        #expect(feed.feed.title == "Plain text|&nested;|&ext;")
        #expect(!feed.wellFormed)
    }
}
