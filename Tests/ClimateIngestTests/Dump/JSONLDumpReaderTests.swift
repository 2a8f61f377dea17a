import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct JSONLDumpReaderTests {
    private let dump = [
        #"{"url":"https://news.example/1","title":"One","published":"2024-03-05T10:00:00Z","outlet":"Ex","language":"en","html":"<p>1</p>","authors":["A","B"],"summary":"s","section":"world","score":3,"tags":["x"]}"#,
        "this is not json",
        "",
        #"["an","array"]"#,
        #"{"title":"no body"}"#,
        #"{"text":"body","title":7}"#,
        #"{"text":"body","authors":[1]}"#,
        "   ",
        #"{"text":"plain body","published":"the other day","fetched":"2024-03-06"}"#,
        #"{"text":"x","html":"","id":"dump-42"}"#,
        #"{"text":"x"} trailing"#,
    ].joined(separator: "\n") + "\n"

    @Test func goodLinesBecomeDocumentsAndEveryBadLineIsListed() throws {
        let folder = try TestFolder()
        let path = try folder.write("dump.jsonl", dump)
        let (documents, summary) = collect(paths: [path])
        #expect(documents.map(\.source) == [path + "#line=1", path + "#line=9", path + "#line=10"])
        #expect(summary.rejects.map(\.input) == [4, 2, 5, 6, 7, 11].sorted().map { "\(path)#line=\($0)" })
        #expect(summary.totals.read == 9)
        #expect(summary.totals.parsed == 2)
        #expect(summary.totals.recovered == 1)
        #expect(summary.totals.rejected == 6)
        #expect(summary.byKind[.jsonl]?.documents == 3)
        let reasons = summary.rejects.map(\.reason)
        #expect(reasons[0].hasPrefix("not valid JSON"))
        #expect(reasons[1] == "the line is an array, not a JSON object")
        #expect(reasons[2] == "no `html` or `text` field with content")
        #expect(reasons[3] == "field `title` is a number, expected a string")
        #expect(reasons[4] == "field `authors` is an array, expected a string or an array of strings")
        #expect(reasons[5].contains("unexpected text after the JSON value"))
        #expect(summary.rejects.allSatisfy { $0.stage == "ingest" && !$0.fix.isEmpty })
    }

    @Test func mapsKnownFieldsAndKeepsUnknownOnesAsMetadata() throws {
        let folder = try TestFolder()
        let path = try folder.write("dump.jsonl", dump)
        let (documents, _) = collect(paths: [path])
        let first = try #require(documents.first)
        #expect(first.kind == .dumpRecord)
        #expect(first.url == "https://news.example/1")
        #expect(first.id == Document.stableID(url: "https://news.example/1", source: "", body: nil))
        #expect(first.title == "One")
        #expect(first.published.map(UTCFormat.string) == "2024-03-05T10:00:00Z")
        #expect(first.publishedSource == .dump)
        #expect(first.outlet == "Ex")
        #expect(first.language == "en")
        #expect(first.authors == ["A", "B"])
        #expect(first.summary == "s")
        #expect(first.html == "<p>1</p>")
        #expect(first.metadata == ["section": "world", "score": "3", "tags": "[\"x\"]"])

        let recovered = documents[1]
        #expect(recovered.published == nil)
        #expect(recovered.metadata["published"] == "the other day")
        #expect(recovered.fetched.map(UTCFormat.string) == "2024-03-06T00:00:00Z")
        #expect(recovered.text == "plain body")

        let withID = documents[2]
        #expect(withID.html == nil)
        #expect(withID.metadata["dump_id"] == "dump-42")
        #expect(withID.id == Document.stableID(url: nil, source: "dump-42", body: "x"))
    }

    @Test func oversizeLinesAreRejectedAndReadingContinues() throws {
        let big = #"{"text":""# + String(repeating: "a", count: 500) + #""}"#
        let bytes = Array((big + "\n" + #"{"text":"small"}"# + "\r\n").utf8)
        let (documents, summary) = collect(bytes: bytes, name: "dump.jsonl", options: IngestOptions(maxDocumentBytes: 100))
        #expect(documents.map(\.text) == ["small"])
        #expect(summary.rejects.count == 1)
        #expect(summary.rejects.first?.input == "dump.jsonl#line=1")
        #expect(summary.rejects.first?.reason.contains("larger than the size limit of 100 bytes") == true)
    }

    @Test func lastLineWithoutNewlineAndBOMAreHandled() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"text":"a"}"#.utf8) + [0x0A] + Array(#"{"text":"b"}"#.utf8)
        let (documents, summary) = collect(bytes: bytes, name: "x.ndjson")
        #expect(documents.map(\.text) == ["a", "b"])
        #expect(summary.totals.rejected == 0)
    }

    @Test func concatenatedGzipMembersAreAllRead() throws {
        let (documents, summary) = collect(paths: [IngestFixtures.path("two-members.jsonl.gz")])
        #expect(documents.map(\.title) == ["First", "Second"])
        #expect(summary.totals.rejected == 0)
    }

    @Test func epochDatesNumericIDsAndNamedAuthorsAreAccepted() throws {
        let line = #"{"text":"t","id":42,"published":1709632800,"fetched":1709632800123,"authors":[{"name":"A"},"B"],"categories":[{"term":"migratie"}]}"#
        let (documents, summary) = collect(bytes: Array(line.utf8), name: "d.jsonl")
        #expect(summary.totals.rejected == 0)
        let document = try #require(documents.first)
        #expect(document.published.map(UTCFormat.string) == "2024-03-05T10:00:00Z")
        #expect(document.fetched.map(UTCFormat.string) == "2024-03-05T10:00:00Z")
        #expect(document.metadata["dump_id"] == "42")
        #expect(document.authors == ["A", "B"])
        #expect(document.categories == ["migratie"])
        let (_, bad) = collect(bytes: Array(#"{"text":"t","published":1e300}"#.utf8), name: "d.jsonl")
        #expect(bad.rejects.first?.reason == "field `published` is a number, expected a date string")
    }
}
