import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

/// Large feeds are read twice (feed-level values first, then documents streamed): the documents
/// must be exactly those of the single pass, including values only known at the feed's end.
@Suite struct FeedDocumentsTwoPassTests {
    /// Documents and summary of reading `path` with the given single-pass limit.
    private func read(_ path: String, singlePassLimit: Int) throws -> ([Document], IngestSummary) {
        var documents: [Document] = []
        let context = IngestContext(options: IngestOptions()) { documents.append($0) }
        context.begin(input: path)
        try FeedDocuments.read(path: path, input: path, fetched: nil, context: context, singlePassLimit: singlePassLimit)
        return (documents, context.finish())
    }

    @Test func lateChannelValuesAndTruncationReachEveryDocument() throws {
        // The channel title and language come after the items, and the document is cut short.
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
            <item><title>Eerste</title><link>https://example.nl/1</link><description>&lt;p&gt;een&lt;/p&gt;</description></item>
            <item><title>Tweede</title><guid isPermaLink="false">x-2</guid><description>twee</description></item>
            <title>Laat</title><language>nl</language>
            <item><title>Derde</title><link>https://example.nl/3</link></item>
            <item><title>Vierde
            """
        let folder = try TestFolder()
        let path = try folder.write("late.xml", feed)
        let (once, onceSummary) = try read(path, singlePassLimit: Int.max)
        let (twice, twiceSummary) = try read(path, singlePassLimit: 0)
        #expect(once.count == 3)
        #expect(twice == once)
        #expect(twiceSummary.totals == onceSummary.totals)
        #expect(once.allSatisfy { $0.outlet == "Laat" && $0.language == "nl" && $0.metadata["feed_error"] != nil })
        #expect(onceSummary.totals.recovered == 3)
    }

    @Test func encodingFallbackGivesTheSameDocumentsBothWays() throws {
        // Declared UTF-8 but written in windows-1252: the one-pass read must fall back and agree.
        var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</title><item><title>Na".utf8) + [0xEF] + Array("ve</title><link>https://example.nl/n</link></item></channel></rss>".utf8)
        let folder = try TestFolder()
        let path = try folder.write("cp1252.xml", bytes)
        let (once, _) = try read(path, singlePassLimit: Int.max)
        let (twice, _) = try read(path, singlePassLimit: 0)
        #expect(once.count == 1)
        #expect(twice == once)
        #expect(once.first?.title == "Naïve")
        #expect(once.first?.outlet == "Café")
        #expect(once.first?.encoding == "windows-1252")
    }
}
