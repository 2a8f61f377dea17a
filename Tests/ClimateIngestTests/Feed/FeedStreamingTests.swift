import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedStreamingTests {
    private func bigFeed(items: Int) -> [UInt8] {
        var xml = "<rss version=\"2.0\"><channel><title>big</title>"
        for i in 0..<items { xml += "<item><title>item \(i)</title><guid>g\(i)</guid></item>" }
        return Array((xml + "</channel></rss>").utf8)
    }

    @Test func streamsEntriesInDocumentOrder() throws {
        let path = try FeedTestSupport.temporaryFile(bigFeed(items: 3000))
        var titles: [String] = []
        let result = try FeedParser.stream(path: path, options: FeedParseOptions()) { titles.append($0.title ?? "") }
        #expect(result.entries.isEmpty)
        #expect(result.feed.title == "big")
        #expect(titles.count == 3000)
        #expect(titles.first == "item 0" && titles.last == "item 2999")
    }

    @Test func refusesDocumentsOverTheSizeLimit() {
        let result = FeedParser.parse(bytes: bigFeed(items: 100), options: FeedParseOptions(maxDocumentBytes: 1000))
        #expect(!result.wellFormed)
        #expect(result.entries.isEmpty)
        #expect(result.error?.contains("limit") == true)
    }

    @Test func truncatesOverlongFieldsAndSaysSo() {
        let title = String(repeating: "é", count: 100)
        let xml = "<rss version=\"2.0\"><channel><item><title>\(title)</title></item></channel></rss>"
        let options = FeedParseOptions(limits: FeedLimits(shortField: 51, longField: 100))
        let entry = FeedParser.parse(bytes: Array(xml.utf8), options: options).entries[0]
        #expect(entry.title == String(repeating: "é", count: 25))
        #expect(entry.truncatedFields == ["title"])
    }

    @Test func missingFileThrowsAnIOError() {
        #expect(throws: FeedParseError.self) {
            _ = try FeedParser.stream(path: "/nonexistent/feed.xml", options: FeedParseOptions()) { _ in }
        }
    }

    @Test func writesTheExpectedJSONShape() throws {
        let path = try FeedTestSupport.temporaryFile(Array("""
            <rss version="2.0"><channel><title>T</title><item><title>I</title>
            <pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item></channel></rss>
            """.utf8))
        var bytes: [UInt8] = []
        try FeedJSON.streamLine(id: "x", path: path, options: FeedParseOptions()) { bytes += $0 }
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        let parsed = object?["parsed"] as? [String: Any]
        #expect(object?["id"] as? String == "x")
        #expect(parsed?["well_formed"] as? Bool == true)
        #expect(parsed?["version"] as? String == "rss20")
        let feed = parsed?["feed"] as? [String: Any]
        #expect((feed?["title_detail"] as? [String: Any])?["type"] as? String == "text/plain")
        let entry = (parsed?["entries"] as? [[String: Any]])?.first
        #expect(entry?["published"] as? String == "2004-01-01T19:48:21Z")
        // One-shot and streamed output agree.
        let whole = FeedJSON.line(id: "x", parsed: try FeedParser.parse(path: path, options: FeedParseOptions()))
        let a = try JSONSerialization.jsonObject(with: Data(whole)) as? NSDictionary
        #expect(a == (object as NSDictionary?))
    }
}
