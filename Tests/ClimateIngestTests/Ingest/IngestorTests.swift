import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct IngestorTests {
    @Test func foldersAreWalkedRecursivelyInByteOrderSkippingHiddenFiles() throws {
        let folder = try TestFolder()
        for name in ["z.html", "a/b.html", "a.html", "B.html", ".hidden.html", "a/.git/x.html", "m/n/o.htm"] {
            try folder.write(name, "<title>\(name)</title>")
        }
        let (documents, summary) = collect(paths: [folder.path])
        #expect(documents.map(\.title) == ["B.html", "a/b.html", "a.html", "m/n/o.htm", "z.html"])
        #expect(summary.inputs.map(\.input) == documents.map(\.source))
        #expect(summary.totals.parsed == 5)
        let (again, _) = collect(paths: [folder.path])
        #expect(again.map(\.id) == documents.map(\.id))
    }

    @Test func gzipPageIsDecompressedAndDecoded() throws {
        let path = IngestFixtures.path("page-windows1252.html.gz")
        let (documents, summary) = collect(paths: [path])
        let page = try #require(documents.first)
        #expect(summary.byKind[.html]?.parsed == 1)
        #expect(page.kind == .htmlPage)
        #expect(page.encoding == "windows-1252")
        #expect(page.title == "Flüchtlinge „willkommen“")
        #expect(page.url == "https://zeitung.example.de/artikel/1")
        #expect(page.language == "de")
        #expect(page.html?.contains("Straße € 100") == true)
        #expect(page.fetched != nil)
        #expect(page.source == path)
    }

    @Test func corruptAndTruncatedGzipAreRejected() throws {
        let good = try IngestFixtures.bytes("page-windows1252.html.gz")
        let folder = try TestFolder()
        let truncated = try folder.write("cut.html.gz", Array(good.prefix(good.count - 12)))
        var flipped = good
        flipped[20] ^= 0xFF
        flipped[21] ^= 0xFF
        let corrupt = try folder.write("bad.html.gz", flipped)
        let (documents, summary) = collect(paths: [truncated, corrupt])
        #expect(documents.isEmpty)
        #expect(summary.rejects.map(\.input) == [truncated, corrupt])
        #expect(summary.rejects.allSatisfy { $0.reason.hasPrefix("corrupt gzip data") })
    }

    @Test func problemInputsAreRejectedWithReasonsAndTheBatchContinues() throws {
        let folder = try TestFolder()
        let missing = folder.path + "/missing.html"
        let empty = try folder.write("empty.html", "")
        let unknown = try folder.write("notes.txt", "just some notes")
        let big = try folder.write("big.html", "<p>" + String(repeating: "x", count: 300) + "</p>")
        let fine = try folder.write("fine.html", "<title>fine</title>")
        let (documents, summary) = collect(paths: [missing, empty, unknown, big, fine],
                                           options: IngestOptions(maxDocumentBytes: 200))
        #expect(documents.map(\.title) == ["fine"])
        #expect(summary.rejects.map(\.input) == [missing, empty, unknown, big])
        #expect(summary.rejects[0].reason.contains("No such file or directory"))
        #expect(summary.rejects[1].reason == "the input is empty")
        #expect(summary.rejects[2].reason.hasPrefix("unknown input kind"))
        #expect(summary.rejects[2].reason.contains("\"just some notes\""))
        #expect(summary.rejects[3].reason == "larger than the size limit of 200 bytes")
        #expect(summary.rejects[3].fix.contains("--max-bytes"))
        #expect(summary.totals.read == 5)
        #expect(summary.totals.rejected == 4)
        #expect(summary.inputs.count == 5)
        #expect(summary.report.contains(missing + ": cannot read the input"))
    }

    @Test func emitFailureStopsTheRun() throws {
        struct Full: Error {}
        let folder = try TestFolder()
        try folder.write("a.html", "<p>a</p>")
        try folder.write("b.html", "<p>b</p>")
        var calls = 0
        let summary = Ingestor.ingest(paths: [folder.path], options: IngestOptions()) { _ in
            calls += 1
            throw Full()
        }
        #expect(calls == 1)
        #expect(summary.fatalError?.contains("could not write document") == true)
    }

    @Test func documentJSONHasAFixedKeyOrder() throws {
        let document = Document(id: "i", kind: .dumpRecord, source: "s", title: "T\n\"q\"",
                                published: Date(timeIntervalSince1970: 0), publishedSource: .dump,
                                authors: ["a"], text: "body", metadata: ["b": "2", "a": "1"])
        let line = DocumentJSON.line(document)
        #expect(line.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(DocumentJSON.keys))
        #expect(object["title"] as? String == "T\n\"q\"")
        #expect(object["published"] as? String == "1970-01-01T00:00:00Z")
        #expect(object["url"] is NSNull)
        let positions = DocumentJSON.keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(line.contains(#""metadata":{"a":"1","b":"2"}"#))
    }
}
