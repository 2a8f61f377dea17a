import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedAtomTests {
    @Test func readsAtom10TextConstructsAndPeople() {
        let feed = FeedTestSupport.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="http://example.com/blog/">
            <title type="html">A &lt;b&gt;bold&lt;/b&gt; feed</title><id>urn:feed</id>
            <link rel="alternate" type="text/html" href="index.html"/>
            <author><name>Ann</name><email>ann@example.com</email><uri>/ann</uri></author>
            <updated>2004-01-01T19:48:21+01:00</updated>
            <entry xml:lang="fr"><title>Un</title><id>urn:1</id>
            <link href="one.html"/><link rel="enclosure" type="audio/mpeg" length="9" href="a.mp3"/>
            <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">See <a href="two.html">two</a></div></summary>
            <content type="text">Plain &lt;text&gt;</content><category term="t" scheme="s" label="l"/>
            </entry></feed>
            """)
        #expect(feed.wellFormed)
        #expect(feed.version == "atom10")
        #expect(feed.feed.title == "A <b>bold</b> feed")
        #expect(feed.feed.titleDetail?.type == "text/html")
        #expect(feed.feed.titleDetail?.language == "en")
        #expect(feed.feed.link == "http://example.com/blog/index.html")
        #expect(feed.feed.author == "Ann (ann@example.com)")
        #expect(feed.feed.authorDetail?.href == "http://example.com/ann")
        #expect(feed.feed.updated.map(UTCFormat.string) == "2004-01-01T18:48:21Z")
        let entry = feed.entries[0]
        #expect(entry.titleDetail?.language == "fr")
        #expect(entry.link == "http://example.com/blog/one.html")
        #expect(entry.enclosures.first?.href == "http://example.com/blog/a.mp3")
        #expect(entry.summary == "See <a href=\"http://example.com/blog/two.html\">two</a>")
        #expect(entry.summaryDetail?.type == "application/xhtml+xml")
        #expect(entry.content.first?.value == "Plain <text>")
        #expect(entry.content.first?.type == "text/plain")
        #expect(entry.categories == [FeedCategory(term: "t", scheme: "s", label: "l")])
    }

    @Test func resolvesRelativeLinksAgainstContentLocationThenDocumentURL() {
        let xml = "<rss version=\"2.0\"><channel><link>/relative</link></channel></rss>"
        let byLocation = FeedTestSupport.parse(xml, url: "http://a.example/feed",
                                               headers: ["content-location": "http://b.example/x/"])
        #expect(byLocation.feed.link == "http://b.example/relative")
        let byURL = FeedTestSupport.parse(xml, url: "http://a.example/feed")
        #expect(byURL.feed.link == "http://a.example/relative")
    }

    @Test func decodesBase64ContentInAtom03() {
        let feed = FeedTestSupport.parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
            <content type="text/html" mode="base64">PGI+aGk8L2I+</content></entry></feed>
            """)
        #expect(feed.version == "atom03")
        #expect(feed.entries.first?.content.first?.value == "<b>hi</b>")
    }

    @Test func emptyXMLLangClearsTheLanguage() {
        let feed = FeedTestSupport.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title xml:lang="">t</title></feed>
            """, headers: ["content-language": "de"])
        #expect(feed.feed.titleDetail?.language == nil)
        #expect(feed.feed.language == "en")
    }
}
