import Foundation
import Testing
@testable import ClimateIngest

/// stdin (`-`) has no name to go by: its kind comes from its first bytes.
@Suite struct StandardInputSniffingTests {
    @Test func htmlOnStandardInput() throws {
        let (documents, summary) = collect(bytes: Array("\n  <!DOCTYPE html><title>piped</title>".utf8))
        #expect(documents.first?.title == "piped")
        #expect(documents.first?.source == "-")
        #expect(documents.first?.fetched == nil)
        #expect(summary.inputs.first?.kind == .html)
    }

    @Test func jsonlOnStandardInput() {
        let (documents, summary) = collect(bytes: Array("{\"text\":\"a\"}\n{\"text\":\"b\"}\n".utf8))
        #expect(documents.map(\.source) == ["-#line=1", "-#line=2"])
        #expect(summary.inputs.first?.kind == .jsonl)
    }

    @Test func gzipOnStandardInputIsLookedThrough() throws {
        let (documents, _) = collect(bytes: try IngestFixtures.bytes("two-members.jsonl.gz"))
        #expect(documents.count == 2)
        let (pages, _) = collect(bytes: try IngestFixtures.bytes("page-windows1252.html.gz"))
        #expect(pages.first?.encoding == "windows-1252")
    }

    @Test func unknownAndEmptyStandardInputAreRejected() {
        let (_, unknown) = collect(bytes: [0x00, 0x01, 0x02])
        #expect(unknown.rejects.first?.input == "-")
        #expect(unknown.rejects.first?.reason.contains("\\x00\\x01\\x02") == true)
        let (_, empty) = collect(bytes: [])
        #expect(empty.rejects.first?.reason == "the input is empty")
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", InputKind.feed),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .feed),
        ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", .feed),
        ("<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">", .html),
        ("WARC/1.1\r\nWARC-Type: warcinfo\r\n", .warc),
        ("\u{FEFF}<HTML><BODY>", .html),
        ("{\"url\":1}", .jsonl),
        ("<!-- generated --><html>", .html),
    ])
    func sniffsKinds(_ start: String, _ kind: InputKind) {
        #expect(InputClassifier.sniff(Array(start.utf8)) == kind)
    }

    @Test func extensionsDecideBeforeSniffing() {
        #expect(InputClassifier.kind(forName: "a/b.HTM.gz") == .html)
        #expect(InputClassifier.kind(forName: "x.ndjson") == .jsonl)
        #expect(InputClassifier.kind(forName: "crawl.warc.gz") == .warc)
        #expect(InputClassifier.kind(forName: "feed.atom") == .feed)
        #expect(InputClassifier.kind(forName: "dir.d/file") == nil)
        #expect(InputClassifier.kind(forName: "-") == nil)
    }
}
