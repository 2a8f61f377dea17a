import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

/// With an output buffer in the context, feed documents are written through `FeedLineWriter`
/// (serialised on a second thread, HTML normalised there, feed-level values filled in at the end):
/// the bytes and the summary must be exactly those of encoding every `Document` with `DocumentJSON`.
@Suite struct FeedLineWriterTests {
    /// The JSONL and summary report of reading `path` through the line writer.
    private func viaLineWriter(_ path: String) throws -> (String, String) {
        let folder = try TestFolder()
        let outPath = folder.url.appendingPathComponent("out.jsonl").path
        let fd = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        let output = OutputBuffer(descriptor: fd, capacity: 4096)
        var writer = JSONWriter()
        let context = IngestContext(options: IngestOptions(), lines: output) { document in
            writer.reset()
            DocumentJSON.write(document, to: &writer)
            writer.newline()
            try output.append(writer.bytes)
        }
        context.begin(input: path)
        var failure = ""
        do {
            try FeedDocuments.read(path: path, input: path, fetched: nil, context: context, lineWriterMinimumBytes: 0)
        } catch {
            failure = "\nfailed: \(error)"
        }
        try output.flush()
        close(fd)
        return (try String(contentsOfFile: outPath, encoding: .utf8), context.finish().report + failure)
    }

    /// The same through `Document`s.
    private func viaDocuments(_ path: String) throws -> (String, String) {
        var lines = ""
        let context = IngestContext(options: IngestOptions()) { lines += DocumentJSON.line($0) }
        context.begin(input: path)
        var failure = ""
        do {
            try FeedDocuments.read(path: path, input: path, fetched: nil, context: context)
        } catch {
            failure = "\nfailed: \(error)"
        }
        return (lines, context.finish().report + failure)
    }

    private func expectSameBothWays(_ path: String) throws {
        let (lines, report) = try viaLineWriter(path)
        let (expected, expectedReport) = try viaDocuments(path)
        #expect(!lines.isEmpty)
        #expect(!report.contains("failed: "))
        #expect(lines == expected)
        #expect(report == expectedReport)
    }

    @Test func lateValuesRejectsAndRecoveryMatchTheDocumentEncoding() throws {
        // Late channel values, an entry language, metadata on both sides of the feed keys, an
        // empty entry (rejected), a relative link under xml:base, a document cut short.
        let folder = try TestFolder()
        let path = try folder.write("late.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <item xml:base="https://example.nl/dir/"><title>Eerste</title><link>https://example.nl/1</link>\
            <comments>https://example.nl/1#c</comments><guid isPermaLink="false">x-1</guid>\
            <description>&lt;p&gt;een &lt;A HREF="twee.html"&gt;link&lt;/a&gt;&lt;br/&gt;&lt;/p&gt;</description></item>
            <item xml:lang="de"><title>Zweite</title><dc:creator>Anna</dc:creator><category>Politik</category></item>
            <item></item>
            <title>Laat &amp; later</title><language>nl</language><link>https://example.nl/</link>
            <item><title>Derde</title><link>https://example.nl/3</link></item>
            <item><title>Vierde
            """)
        try expectSameBothWays(path)
        let (lines, report) = try viaLineWriter(path)
        #expect(lines.contains(#"href=\"https://example.nl/dir/twee.html\""#))
        #expect(report.contains("feed entry has no link, title, content or summary"))
    }

    @Test func encodingFallbackAndAtomMatchTheDocumentEncoding() throws {
        let folder = try TestFolder()
        // Declared UTF-8 but windows-1252: the one-pass read falls back to a second parse.
        var cp1252 = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Caf".utf8)
        cp1252 += [0xE9]
        cp1252 += Array("</title><item><title>Na".utf8) + [0xEF]
            + Array("ve</title><link>https://example.nl/n</link></item></channel></rss>".utf8)
        try expectSameBothWays(try folder.write("cp1252.xml", cp1252))
        try expectSameBothWays(try folder.write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Atome</title>
            <entry><title type="html">&lt;b&gt;Un&lt;/b&gt;</title><id>urn:1</id><content type="xhtml">\
            <div xmlns="http://www.w3.org/1999/xhtml"><p>deux <a href="x">liens</a></p></div></content>\
            <summary type="html">&lt;P CLASS=x&gt;trois&lt;/P&gt;</summary></entry>
            </feed>
            """))
    }

    @Test func multiChunkFeedIsReadThroughThePrefetcherUnchanged() throws {
        // Over 2 MiB, so the input is decoded ahead on the prefetch thread (several chunks), with
        // entities that need repair and multibyte characters across chunk borders.
        var feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Groß</title>\n"
        for i in 0..<5_000 {
            feed += "<item><title>Łódź &eacute; \(i) “quoted”</title><link>https://example.pl/\(i)</link>"
            feed += "<description><![CDATA[<p>Zażółć gęślą jaźń \(i) — " + String(repeating: "ą", count: 150)
                + "<br/></p>]]></description></item>\n"
        }
        feed += "</channel></rss>\n"
        let folder = try TestFolder()
        let path = try folder.write("big.xml", feed)
        #expect(feed.utf8.count > 2 * FeedSource.chunkSize)
        try expectSameBothWays(path)
        // The streamed parse agrees with parsing the same bytes in memory.
        let streamed = try FeedParser.parse(path: path, options: FeedParseOptions())
        let inMemory = FeedParser.parse(bytes: Array(feed.utf8), options: FeedParseOptions())
        #expect(streamed == inMemory)
        #expect(streamed.entries.count == 5_000)
        #expect(streamed.entries.last?.title == "Łódź é 4999 “quoted”")
    }

    @Test func sharedFeedsMatchTheDocumentEncoding() throws {
        // Every feed of ../shared/data/feeds and realfeeds (damaged, hostile and real-world feeds).
        let folders = ["data/feeds", "data/realfeeds"].map { SharedTestData.shared.appendingPathComponent($0) }
        guard FileManager.default.fileExists(atPath: folders[0].path) else {
            print("SKIPPED: ../shared absent")
            return
        }
        var checked = 0
        for folder in folders {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in files where [".xml", ".rss", ".atom"].contains(where: name.hasSuffix) {
                let path = folder.appendingPathComponent(name).path
                let (lines, report) = try viaLineWriter(path)
                let (expected, expectedReport) = try viaDocuments(path)
                #expect(lines == expected, "\(name)")
                #expect(report == expectedReport, "\(name)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func onlyValuesSurelyUnderTheirCapAreDeferred() {
        #expect(FeedPendingNormalization.surelyUnder(4 << 20, value: String(repeating: "a", count: 1_000), base: ""))
        #expect(!FeedPendingNormalization.surelyUnder(4 << 20, value: String(repeating: "a", count: 30_000), base: ""))
        #expect(!FeedPendingNormalization.surelyUnder(64 << 10, value: "<a href=x>", base: String(repeating: "b", count: 10_000)))
    }
}
