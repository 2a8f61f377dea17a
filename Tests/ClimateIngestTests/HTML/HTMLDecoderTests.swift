import Testing
@testable import ClimateIngest

/// Encoding decisions: the cases libxml2 2.9.14 gets wrong on its own (docs/STACK-NOTES.md).
@Suite struct HTMLDecoderTests {
    private func bytes(_ ascii: String) -> [UInt8] { Array(ascii.utf8) }

    @Test func byteOrderMarkBeatsAConflictingMeta() {
        let page = [0xEF, 0xBB, 0xBF] + bytes("<html><head><meta charset=\"windows-1252\"></head><p>Café – ok</p>")
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.decidedBy == .byteOrderMark)
        #expect(decoded.text.contains("Café – ok"))
        #expect(!decoded.text.hasPrefix("\u{FEFF}"))
    }

    @Test func utf16ByteOrderMarks() {
        let text = "<p>Αθήνα</p>"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(HTMLDecoder.decode(little).text == text)
        #expect(HTMLDecoder.decode(little).encoding == "utf-16le")
        #expect(HTMLDecoder.decode(big).text == text)
        #expect(HTMLDecoder.decode(big).encoding == "utf-16be")
    }

    @Test func windows1252WithoutCharsetKeepsQuotesAndEuro() {
        let page = bytes("<p>") + [0x93] + bytes("quoted") + [0x94] + bytes(" costs ") + [0x80]
            + bytes("5 ") + [0x96] + bytes(" caf") + [0xE9] + [0x85] + bytes("</p>")
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.decidedBy == .defaultEncoding)
        #expect(decoded.text == "<p>“quoted” costs €5 – café…</p>")
        #expect(!decoded.text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func unassignedWindows1252BytesMapToC1CodePoints() {
        let decoded = HTMLDecoder.decode(bytes("<p>") + [0x81, 0x9D])
        #expect(decoded.text.unicodeScalars.map(\.value).suffix(2) == [0x81, 0x9D])
    }

    @Test func utf8LabelledWindows1252IsReadAsUTF8() {
        // "Ý" is C3 9D in UTF-8: libxml2 alone truncates at 0x9D.
        let page = bytes("<html><head><meta charset=\"windows-1252\"></head><p>Ýmir – “ok” and more</p></html>")
        let decoded = HTMLDecoder.decode(page, contentType: "text/html; charset=windows-1252")
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.decidedBy == .validUTF8)
        #expect(decoded.text.hasSuffix("<p>Ýmir – “ok” and more</p></html>"))
    }

    @Test func declaredISO88591MeansWindows1252() {
        let page = bytes("<meta charset=\"ISO-8859-1\"><p>") + [0x80, 0x20, 0xE9, 0x92] + bytes("</p>")
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.decidedBy == .metaCharset)
        #expect(decoded.declaredLabel == "ISO-8859-1")
        #expect(decoded.text.hasSuffix("<p>€ é’</p>"))
    }

    @Test func httpEquivAndContentTypeLabels() {
        let greek: [UInt8] = [0xC1, 0xE8, 0xDE, 0xED, 0xE1]  // Αθήνα in ISO-8859-7
        let equiv = bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\"><p>") + greek
        #expect(HTMLDecoder.decode(equiv).text.hasSuffix("Αθήνα"))
        #expect(HTMLDecoder.decode(equiv).encoding == "iso-8859-7")
        let header = HTMLDecoder.decode(bytes("<p>") + greek, contentType: "text/html; charset=\"ISO-8859-7\"")
        #expect(header.text == "<p>Αθήνα")
        #expect(header.decidedBy == .contentType)
    }

    @Test func contentTypeBeatsMeta() {
        let page = bytes("<meta charset=\"iso-8859-7\"><p>") + [0xE9]
        let decoded = HTMLDecoder.decode(page, contentType: "text/html;charset=windows-1250")
        #expect(decoded.encoding == "windows-1250")
        #expect(decoded.text.hasSuffix("é"))
    }

    @Test func commentedOutMetaIsIgnored() {
        let page = bytes("<!-- <meta charset=\"iso-8859-7\"> --><p>") + [0xE9]
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("é"))
    }

    @Test func metaAfterTheFirst4KBIsIgnored() {
        let page = bytes("<p>" + String(repeating: "x", count: 4200) + "</p><meta charset=\"iso-8859-7\">") + [0xE9]
        #expect(HTMLDecoder.decode(page).encoding == "windows-1252")
    }

    @Test func invalidUTF8DeclaredAsUTF8BecomesReplacementCharacters() {
        let page = bytes("<meta charset=\"utf-8\"><p>a") + [0xFF, 0xC3] + bytes("b</p>")
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "<meta charset=\"utf-8\"><p>a\u{FFFD}\u{FFFD}b</p>")
        #expect(decoded.replacements == 2)
    }

    @Test func mostlyUTF8WithOneBrokenByteStaysUTF8() {
        let page = bytes("<p>Åre – Łódź – Göteborg – Malmö ") + [0xFF] + bytes("</p>")
        let decoded = HTMLDecoder.decode(page)
        #expect(decoded.decidedBy == .mostlyUTF8)
        #expect(decoded.text == "<p>Åre – Łódź – Göteborg – Malmö \u{FFFD}</p>")
    }

    @Test func pureASCIIIsReportedAsUTF8() {
        let decoded = HTMLDecoder.decode(bytes("<p>plain</p>"))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.decidedBy == .asciiOnly)
    }

    @Test func labelsFollowWHATWG() {
        #expect(CharsetLabel.canonical("latin1") == "windows-1252")
        #expect(CharsetLabel.canonical(" US-ASCII ") == "windows-1252")
        #expect(CharsetLabel.canonical("none") == "windows-1252")
        #expect(CharsetLabel.canonical("UTF8") == "utf-8")
        #expect(CharsetLabel.canonical("greek") == "iso-8859-7")
        #expect(CharsetLabel.canonical("x-unknown-thing") == nil)
        #expect(CharsetLabel.canonical("") == nil)
    }

    @Test func unknownLabelFallsThroughToTheDefault() {
        let decoded = HTMLDecoder.decode(bytes("<meta charset=\"klingon\"><p>") + [0x80])
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("€"))
    }

    @Test func metaDeclaringUTF16MeansUTF8() {
        let decoded = HTMLDecoder.decode(bytes("<meta charset=\"utf-16le\"><p>x") + [0xFF])
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "<meta charset=\"utf-16le\"><p>x\u{FFFD}")
    }

    @Test func iconvEncodingsReplaceUndefinedBytesAndGoOn() {
        // 0xAE is unassigned in ISO-8859-7; 0xC1 is Alpha.
        let decoded = HTMLDecoder.decode(bytes("<p>") + [0xC1, 0xAE, 0xC1], contentType: "text/html; charset=iso-8859-7")
        #expect(decoded.text == "<p>Α\u{FFFD}Α")
        #expect(decoded.replacements == 1)
        let japanese = HTMLDecoder.decode(bytes("<meta charset=shift_jis><p>") + [0x93, 0xFA, 0x96, 0x7B])
        #expect(japanese.text.hasSuffix("日本"))
    }
}
