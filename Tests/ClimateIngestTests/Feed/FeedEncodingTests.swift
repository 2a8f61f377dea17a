import Foundation
import Testing
@testable import ClimateIngest

@Suite struct FeedEncodingTests {
    private func parse(_ bytes: [UInt8], headers: [String: String] = [:]) -> ParsedFeed {
        FeedParser.parse(bytes: bytes, options: FeedParseOptions(httpHeaders: headers))
    }

    @Test func readsUTF16WithABOM() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Łódź</title></channel></rss>".utf16 {
            bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8))
        }
        let feed = parse(bytes)
        #expect(feed.wellFormed)
        #expect(feed.encoding == "utf-16le")
        #expect(feed.feed.title == "Łódź")
    }

    @Test func declaredUTF8ThatIsReallyWindows1252IsReDecoded() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>don".utf8)
            + [0x92] + Array("t \u{20}caf".utf8) + [0xE9] + Array("</title></channel></rss>".utf8)
        let feed = parse(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.encoding == "windows-1252")
        #expect(feed.feed.title == "don\u{2019}t  café")
    }

    @Test func damagedUTF8StaysUTF8WithReplacementCharacters() {
        let bytes = Array("<rss version=\"2.0\"><channel><title>ok \u{e9} ".utf8) + [0xFF] + Array("</title></channel></rss>".utf8)
        let feed = parse(bytes)
        #expect(!feed.wellFormed)
        #expect(feed.encoding == "utf-8")
        #expect(feed.feed.title == "ok é \u{FFFD}")
    }

    @Test func followsRFC3023ForHTTPContentTypes() {
        let xml = Array("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8)
        #expect(parse(xml, headers: ["content-type": "text/xml"]).encoding == "us-ascii")
        #expect(parse(xml, headers: ["content-type": "application/xml"]).encoding == "iso-8859-1")
        #expect(parse(xml, headers: ["content-type": "application/rss+xml; charset='us-ascii'"]).encoding == "us-ascii")
        let plain = parse(xml, headers: ["content-type": "text/plain"])
        #expect(!plain.wellFormed)
    }

    @Test func windows1252CharsetFromHTTPIsUsed() {
        let bytes = Array("<rss version=\"2.0\"><channel><title>".utf8) + [0x93, 0x41, 0x94] + Array("</title></channel></rss>".utf8)
        let feed = parse(bytes, headers: ["content-type": "text/xml; charset=windows-1252"])
        #expect(feed.wellFormed)
        #expect(feed.feed.title == "\u{201C}A\u{201D}")
    }

    @Test func whitespaceBeforeTheDeclarationIsRecovered() {
        let feed = parse(Array("\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8))
        #expect(!feed.wellFormed)
        #expect(feed.feed.title == "t")
        #expect(feed.error?.contains("XML declaration") == true)
    }

    @Test func repairsUTF8ThatWasReadAsLatin1() {
        // "Ã©" is what "é" looks like after a wrong ISO-8859-1 round trip.
        let feed = parse(Array("<rss version=\"2.0\"><channel><title>caf\u{C3}\u{A9}</title></channel></rss>".utf8))
        #expect(feed.feed.title == "café")
    }

    @Test func readsAnIconvEncoding() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>".utf8)
            + [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0] + Array("</title></channel></rss>".utf8)
        let feed = parse(bytes)
        #expect(feed.encoding == "windows-1251")
        #expect(feed.feed.title == "Москва")
    }

    @Test func acceptsPythonCodecNamesLibxml2WouldReject() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"437\"?><rss version=\"2.0\"><channel><title>".utf8)
            + [0x80] + Array("</title></channel></rss>".utf8)
        let feed = parse(bytes)
        #expect(feed.wellFormed)
        #expect(feed.encoding == "437")
        #expect(feed.feed.title == "Ç")
    }
}
