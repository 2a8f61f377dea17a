import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

/// `Ingestor.ingest(paths:output:)` writes feed documents through `FeedLineWriter` (serialised on a
/// second thread, feed-level values filled in at the end): its bytes and summary must be exactly
/// those of encoding every emitted `Document` with `DocumentJSON`.
@Suite struct FeedLineWriterTests {
    /// The JSONL and summary report of both routes for `paths`.
    private func bothRoutes(_ paths: [String]) throws -> (lines: String, viaDocuments: String,
                                                         report: String, reportViaDocuments: String) {
        let folder = try TestFolder()
        let outPath = folder.url.appendingPathComponent("out.jsonl").path
        let fd = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        let output = OutputBuffer(descriptor: fd, capacity: 4096)
        let summary = Ingestor.ingest(paths: paths, options: IngestOptions(), progress: nil, output: output)
        try output.flush()
        close(fd)
        let lines = try String(contentsOfFile: outPath, encoding: .utf8)
        var viaDocuments = ""
        let documentSummary = Ingestor.ingest(paths: paths, options: IngestOptions()) {
            viaDocuments += DocumentJSON.line($0)
        }
        return (lines, viaDocuments, summary.report, documentSummary.report)
    }

    @Test func feedLinesEqualTheDocumentEncoding() throws {
        let folder = try TestFolder()
        // Late channel values, an entry language, metadata on both sides of the feed keys, an
        // empty entry (rejected), and a document cut short (recovered, feed_error).
        let late = try folder.write("late.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <item><title>Eerste</title><link>https://example.nl/1</link><comments>https://example.nl/1#c</comments>\
            <guid isPermaLink="false">x-1</guid><description>&lt;p&gt;een&lt;br/&gt;&lt;/p&gt;</description></item>
            <item xml:lang="de"><title>Zweite</title><dc:creator>Anna</dc:creator><category>Politik</category></item>
            <item></item>
            <title>Laat &amp; later</title><language>nl</language><link>https://example.nl/</link>
            <item><title>Derde</title><link>https://example.nl/3</link></item>
            <item><title>Vierde
            """)
        // Declared UTF-8 but windows-1252: the one-pass read falls back to a second parse.
        var cp1252 = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Caf".utf8)
        cp1252 += [0xE9]
        cp1252 += Array("</title><item><title>Na".utf8) + [0xEF]
            + Array("ve</title><link>https://example.nl/n</link></item></channel></rss>".utf8)
        let fallback = try folder.write("cp1252.xml", cp1252)
        let atom = try folder.write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Atome</title>
            <entry><title type="html">&lt;b&gt;Un&lt;/b&gt;</title><id>urn:1</id><content type="xhtml">\
            <div xmlns="http://www.w3.org/1999/xhtml"><p>deux <a href="x">liens</a></p></div></content></entry>
            </feed>
            """)
        let result = try bothRoutes([late, fallback, atom])
        #expect(!result.lines.isEmpty)
        #expect(result.lines == result.viaDocuments)
        #expect(result.report == result.reportViaDocuments)
        #expect(result.report.contains("feed entry has no link, title, content or summary"))
    }

    @Test func multiChunkFeedIsReadThroughThePrefetcherUnchanged() throws {
        // Over 1 MiB, so the input is decoded ahead on the prefetch thread (several chunks), with
        // entities that need repair and multibyte characters across chunk borders.
        var feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Groß</title>\n"
        for i in 0..<5_000 {
            feed += "<item><title>Łódź &eacute; \(i) “quoted”</title><link>https://example.pl/\(i)</link>"
            feed += "<description><![CDATA[<p>Zażółć gęślą jaźń \(i) — " + String(repeating: "ą", count: 150) + "</p>]]></description></item>\n"
        }
        feed += "</channel></rss>\n"
        let folder = try TestFolder()
        let path = try folder.write("big.xml", feed)
        #expect(feed.utf8.count > 2 * FeedSource.chunkSize)
        let result = try bothRoutes([path])
        #expect(result.lines == result.viaDocuments)
        #expect(result.lines.split(separator: "\n").count == 5_000)
        // The streamed parse agrees with parsing the same bytes in memory.
        let streamed = try FeedParser.parse(path: path, options: FeedParseOptions())
        let inMemory = FeedParser.parse(bytes: Array(feed.utf8), options: FeedParseOptions())
        #expect(streamed == inMemory)
        #expect(streamed.entries.last?.title == "Łódź é 4999 “quoted”")
    }
}
