import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct WARCDocumentsTests {
    /// warcinfo, request, a windows-1252 HTML 200, an image, a 404 page, an HTML resource, a redirect.
    private func archive() -> [UInt8] {
        let html1252 = Array("<html lang=\"fr\"><head><title>R".utf8) + [0xE9] + Array("fugi".utf8) + [0xE9, 0x73, 0x20, 0x80]
            + Array(("</title></head><body><p>" + String(repeating: "x", count: 200) + "</p></body></html>").utf8)
        return WARCFixture.record(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: t\r\n".utf8))
            + WARCFixture.record(type: "request", uri: "https://journal.example.fr/a", contentType: "application/http;msgtype=request",
                                 block: Array("GET /a HTTP/1.1\r\nHost: journal.example.fr\r\n\r\n".utf8))
            + WARCFixture.record(type: "response", uri: "https://journal.example.fr/a",
                                 contentType: "application/http;msgtype=response",
                                 block: WARCFixture.httpResponse(headers: ["Content-Type: text/html; charset=iso-8859-1"],
                                                                 body: html1252))
            + WARCFixture.record(type: "response", uri: "https://journal.example.fr/logo.png",
                                 contentType: "application/http;msgtype=response",
                                 block: WARCFixture.httpResponse(headers: ["Content-Type: image/png"], body: [0x89, 0x50]))
            + WARCFixture.record(type: "response", uri: "https://journal.example.fr/missing",
                                 contentType: "application/http;msgtype=response",
                                 block: WARCFixture.httpResponse(status: "404 Not Found",
                                                                 headers: ["Content-Type: text/html"], body: WARCFixture.page("404")))
            + WARCFixture.record(type: "resource", uri: "file:///saved/page.html", contentType: "text/html; charset=utf-8",
                                 block: WARCFixture.page("Saved"))
            + WARCFixture.record(type: "response", uri: "https://journal.example.fr/old",
                                 contentType: "application/http;msgtype=response",
                                 block: WARCFixture.httpResponse(status: "301 Moved Permanently",
                                                                 headers: ["Location: /a", "Content-Type: text/html"], body: []))
    }

    @Test func htmlRecordsBecomeDocumentsAndOthersAreSkipped() throws {
        let path = try WARCFixture.write(archive(), name: "crawl.warc")
        let (documents, summary) = collect(paths: [path])
        #expect(documents.map(\.source) == [path + "#record=3", path + "#record=6"])
        #expect(summary.byKind[.warc]?.read == 7)
        #expect(summary.byKind[.warc]?.skipped == 5)
        #expect(summary.totals.rejected == 0)
        let page = try #require(documents.first)
        #expect(page.kind == .warcRecord)
        #expect(page.url == "https://journal.example.fr/a")
        #expect(page.title == "Réfugiés €")
        #expect(page.encoding == "windows-1252")
        #expect(page.metadata["encoding_decided_by"] == "content-type")
        #expect(page.metadata["http_status"] == "200")
        #expect(page.language == "fr")
        #expect(page.fetched.map(UTCFormat.string) == "2024-01-01T12:00:00Z")
        #expect(documents[1].title == "Saved")
    }

    @Test func gzipWARCAndStandardInputAreRead() throws {
        let records = archive()
        let gz = WARCFixture.gzip(records)
        let path = try WARCFixture.write(gz, name: "crawl.warc.gz")
        let (fromFile, _) = collect(paths: [path])
        #expect(fromFile.map(\.title) == ["Réfugiés €", "Saved"])
        let (fromStdin, summary) = collect(bytes: gz)
        #expect(summary.inputs.first?.kind == .warc)
        #expect(fromStdin.map(\.source) == ["-#record=3", "-#record=6"])
    }

    @Test func oversizeRecordsAreRejectedAndReadingGoesOn() throws {
        let path = try WARCFixture.write(archive(), name: "crawl.warc")
        let (documents, summary) = collect(paths: [path], options: IngestOptions(maxDocumentBytes: 150))
        #expect(documents.map(\.title) == ["Saved"])
        #expect(summary.rejects.map(\.input) == [path + "#record=3"])
        #expect(summary.rejects.first?.reason == "larger than the size limit of 150 bytes")
    }

    @Test func aDamagedRecordStopsTheFileWithARejection() throws {
        let bytes = archive() + Array("this is not a WARC record\r\n\r\n".utf8)
        let path = try WARCFixture.write(bytes, name: "bad.warc")
        let (documents, summary) = collect(paths: [path])
        #expect(documents.count == 2)
        #expect(summary.rejects.map(\.input) == [path + "#record=8"])
        #expect(summary.rejects.first?.reason.hasPrefix("the WARC reader stopped") == true)
    }
}
