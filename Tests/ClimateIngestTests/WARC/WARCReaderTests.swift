import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct WARCReaderTests {
    /// warcinfo, three HTML responses (plain; chunked; chunked + gzip), then a truncated one.
    static func records() -> (good: [[UInt8]], truncated: [UInt8], pages: [[UInt8]]) {
        let pages = [WARCFixture.page("plain"), WARCFixture.page("chunked"), WARCFixture.page("gzipped")]
        let info = WARCFixture.record(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8))
        let plain = WARCFixture.record(
            type: "response", uri: "http://example.com/plain", contentType: "application/http; msgtype=response",
            block: WARCFixture.httpResponse(headers: ["Content-Type: text/html"], body: pages[0]))
        let chunked = WARCFixture.record(
            type: "response", uri: "https://example.com/chunked", contentType: "application/http; msgtype=response",
            block: WARCFixture.httpResponse(headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
                                            body: WARCFixture.chunked(pages[1])))
        let gzipped = WARCFixture.record(
            type: "response", uri: "https://example.com/gzipped", contentType: "application/http; msgtype=response",
            block: WARCFixture.httpResponse(
                headers: ["Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
                body: WARCFixture.chunked(WARCFixture.gzip(pages[2]), size: 20)))
        let cutBlock = WARCFixture.httpResponse(headers: ["Content-Type: text/html"], body: WARCFixture.page("cut"))
        let truncated = WARCFixture.record(
            type: "response", uri: "http://example.com/cut", contentType: "application/http; msgtype=response",
            block: cutBlock, contentLength: cutBlock.count + 500, terminator: false)
        return ([info, plain, chunked, gzipped], truncated, pages)
    }

    static func readAll(_ path: String, strict: Bool = false) throws -> (records: [WARCRecord], reader: WARCReader) {
        var records: [WARCRecord] = []
        var reader = try WARCReader(path: path, options: .init(strict: strict))
        while let record = try? reader.next() { records.append(record) }
        return (records, reader)
    }

    @Test func gzipPerRecordKeepsGoodRecordsAndReportsTheTruncatedOne() throws {
        let (good, truncated, pages) = Self.records()
        let bytes = (good + [truncated]).flatMap { WARCFixture.gzip($0) }
        let path = try WARCFixture.write(bytes, name: "test.warc.gz")
        let (records, reader) = try Self.readAll(path)
        #expect(reader.isGzip)
        #expect(reader.error == nil)
        #expect(records.map(\.type) == ["warcinfo", "response", "response", "response", "response"])
        for (record, page) in zip(records[1...3], pages) {
            #expect(record.httpStatus == 200)
            #expect(record.decodedPayload() == page)
            #expect(!record.isTruncated)
        }
        #expect(records[2].payload != pages[1], "payload is stored chunked")
        #expect(records[3].contentType == "text/html; charset=utf-8")
        #expect(records[1].date == UTCFormat.date(year: 2024, month: 1, day: 1, hour: 12))
        #expect(records[1].targetURI == "http://example.com/plain")
        #expect(records[4].isTruncated)
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings.first?.message.contains("truncated") == true)
        // Offsets are gzip member starts.
        #expect(records[1].offset == WARCFixture.gzip(good[0]).count)

        let (strictRecords, strictReader) = try Self.readAll(path, strict: true)
        #expect(strictRecords.count == 4)
        guard case .truncatedBlock(_, let expected, let present)? = strictReader.error else {
            Issue.record("strict reader did not stop on the truncated block: \(String(describing: strictReader.error))")
            return
        }
        #expect(expected == present + 500)
    }

    @Test func wholeFileGzipNamedWarcIsSniffed() throws {
        let (good, _, pages) = Self.records()
        let path = try WARCFixture.write(WARCFixture.gzip(good.flatMap { $0 }), name: "whole.warc")
        let (records, reader) = try Self.readAll(path)
        #expect(reader.isGzip)
        #expect(reader.error == nil)
        #expect(records.count == 4)
        #expect(records.last?.decodedPayload() == pages[2])
        #expect(reader.warnings.contains { $0.message.contains("share the gzip member") })
    }

    @Test func plainFileWithWrongContentLengths() throws {
        let (good, _, _) = Self.records()
        // Record 1's Content-Length swallows its CRLF CRLF: the next version line follows directly.
        let block = WARCFixture.httpResponse(headers: ["Content-Type: text/html"], body: WARCFixture.page("long"))
        let long = WARCFixture.record(type: "response", uri: "http://example.com/long",
                                      contentType: "application/http; msgtype=response", block: block,
                                      contentLength: block.count + 4)
        let path = try WARCFixture.write(good[0] + long + good[2], name: "recover.warc")
        let (records, reader) = try Self.readAll(path)
        #expect(records.count == 3)
        #expect(reader.error == nil)
        #expect(reader.warnings.count == 1)
        #expect(records[1].decodedPayload() == WARCFixture.page("long") + Array("\r\n\r\n".utf8))

        // A Content-Length far too small leaves junk lines: reading stops with an error.
        let short = WARCFixture.record(type: "resource", uri: "urn:x", contentType: "text/plain",
                                       block: Array("line one\nline two\nline three\n".utf8), contentLength: 4)
        let badPath = try WARCFixture.write(good[0] + short + good[2], name: "bad.warc")
        let (badRecords, badReader) = try Self.readAll(badPath)
        #expect(badRecords.count == 2)
        guard case .invalidVersionLine? = badReader.error else {
            Issue.record("expected invalidVersionLine, got \(String(describing: badReader.error))")
            return
        }
    }

    @Test func headersFoldedRepeatedAndOddURIs() throws {
        let block = Array("HTTP/1.1 200 \r\nX-Powered-By: a\r\nX-Powered-By: b\r\nContent-Type: text/plain\r\n\r\nhello".utf8)
        var bytes = Array("WARC/0.17\r\nWARC-Type: \r\n\tresponse\r\nWARC-Target-URI: <http://example.com/a b>\r\n".utf8)
        bytes += Array("WARC-Protocol: h2\r\nWARC-Protocol: tls/1.3\r\nContent-Length: \(block.count)\r\n\r\n".utf8) + block
        bytes += Array("\r\n\r\n".utf8)
        let path = try WARCFixture.write(WARCFixture.gzip(bytes, extra: Array("XX\u{4}\u{0}test".utf8)), name: "odd.warc.gz")
        let (records, reader) = try Self.readAll(path)
        try #require(records.count == 1)
        let record = records[0]
        #expect(reader.error == nil)
        #expect(record.version == "WARC/0.17")
        #expect(record.type == "response")
        #expect(record.typeAsWritten == "\tresponse")
        #expect(record.targetURI == "http://example.com/a%20b")
        #expect(record.headers.values("WARC-Protocol") == ["h2", "tls/1.3"])
        #expect(record.httpStatus == 200)
        #expect(record.httpHeaders?.values("x-powered-by") == ["a", "b"])
        #expect(record.payload == Array("hello".utf8))
        #expect(record.date == nil, "no WARC-Date in this record")
    }

    @Test func notAWarcAndMissingFile() throws {
        let path = try WARCFixture.write(Array("<html>not a warc</html>\n".utf8), name: "page.warc")
        let (records, reader) = try Self.readAll(path)
        #expect(records.isEmpty)
        guard case .invalidVersionLine? = reader.error else {
            Issue.record("expected invalidVersionLine, got \(String(describing: reader.error))")
            return
        }
        #expect(throws: WARCError.self) { try WARCReader(path: path + ".missing") }
    }

    @Test func brokenEncodingsFallBackToStoredBytes() {
        let body = Array("<p>already decoded</p>".utf8)
        let gzipClaim = WARCHeaders([("Content-Encoding", "gzip")])
        #expect(PayloadDecoder.decode(body, headers: gzipClaim) == body)
        let chunkClaim = WARCHeaders([("Transfer-Encoding", "chunked")])
        #expect(PayloadDecoder.decode(body, headers: chunkClaim) == body)
        #expect(PayloadDecoder.dechunk(Array("5\r\nhello\r\n0\r\n\r\n".utf8)) == Array("hello".utf8))
        #expect(PayloadDecoder.dechunk(Array("5\r\nhel".utf8)) == Array("hel".utf8))
        // A chunk not followed by CRLF goes out as stored; the two stray bytes are dropped.
        #expect(PayloadDecoder.dechunk(Array("2\r\nab\r\n5\r\nhelloXX3\r\nabc".utf8)) == Array("ab5\r\nhello3\r\nabc".utf8))
    }

    @Test func responseCutInsideItsHeaderIsDropped() throws {
        let (good, _, _) = Self.records()
        // Cut after the WARC-Target-URI line, before Content-Type and Content-Length.
        let text = String(decoding: good[2], as: UTF8.self)
        let cut = text.utf8.distance(from: text.startIndex, to: try #require(text.range(of: "Content-Type:")).lowerBound)
        let plainPath = try WARCFixture.write(good[0] + good[1] + good[2].prefix(cut), name: "cut-header.warc")
        let (records, reader) = try Self.readAll(plainPath)
        #expect(records.count == 2)
        #expect(reader.error == nil)
        #expect(reader.warnings.contains { $0.message.contains("dropped") })
        // A stored gzip member: 10 header bytes, 5 block-header bytes, then the record as is.
        let gzipped = WARCFixture.gzip(good[0]) + WARCFixture.gzip(good[2]).prefix(15 + cut)
        let gzipPath = try WARCFixture.write(gzipped, name: "cut-member.warc.gz")
        #expect(try Self.readAll(gzipPath).records.count == 1)
    }
}
