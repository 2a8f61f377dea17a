import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

@Suite struct HTMLPageReaderTests {
    private let page = """
        <!DOCTYPE html>
        <html lang="el">
        <head>
          <title>  Μετανάστες
            στη Λέσβο </title>
          <link rel="alternate stylesheet" href="/x.css">
          <link rel="Canonical" href="https://news.example.gr/a/1">
          <meta property="og:url" content="https://news.example.gr/og">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2024-05-02T08:30:00+03:00">
        </head>
        <body><p>Κείμενο</p></body></html>
        """

    @Test func readsLightMetadata() {
        let metadata = HTMLPageMetadata.read(html: page)
        #expect(metadata.title == "Μετανάστες στη Λέσβο")
        #expect(metadata.language == "el")
        #expect(metadata.canonicalURL == "https://news.example.gr/a/1")
        #expect(metadata.ogURL == "https://news.example.gr/og")
        #expect(metadata.url == "https://news.example.gr/a/1")
        #expect(metadata.siteName == "Example News")
        #expect(metadata.publishedTime == "2024-05-02T08:30:00+03:00")
    }

    @Test func documentFromPageBytes() {
        let fetched = Date(timeIntervalSince1970: 1_700_000_000)
        let (document, recovered) = HTMLPageReader.document(bytes: Array(page.utf8), source: "pages/a.html",
                                                            fetched: fetched)
        #expect(!recovered)
        #expect(document.kind == .htmlPage)
        #expect(document.url == "https://news.example.gr/a/1")
        #expect(document.id == Document.stableID(url: "https://news.example.gr/a/1", source: "x", body: nil))
        #expect(document.fetched == fetched)
        #expect(document.outlet == "Example News")
        #expect(document.language == "el")
        #expect(document.encoding == "utf-8")
        #expect(document.published.map(UTCFormat.string) == "2024-05-02T05:30:00Z")
        #expect(document.publishedSource == .meta)
        #expect(document.html?.contains("Κείμενο") == true)
    }

    @Test func ogURLIsUsedWithoutCanonicalAndNoURLGivesContentID() {
        let og = HTMLPageMetadata.read(html: "<html><head><meta property=\"og:url\" content=\"https://e.x/o\"></head></html>")
        #expect(og.url == "https://e.x/o")
        let (document, _) = HTMLPageReader.document(bytes: Array("<p>no url</p>".utf8), source: "p.html", fetched: nil)
        #expect(document.url == nil)
        #expect(document.id == Document.stableID(url: nil, source: "p.html", body: "<p>no url</p>"))
    }

    @Test func brokenMarkupAndEmptyPagesDoNotCrash() {
        #expect(HTMLPageMetadata.read(html: "") == HTMLPageMetadata())
        let broken = HTMLPageMetadata.read(html: "<title>Open <b>bold</title><meta property=og:site_name content=S")
        #expect(broken.title == "Open bold")
    }

    @Test func undecodableBytesMarkThePageRecovered() {
        let bytes = Array("<meta charset=utf-8><title>x</title>".utf8) + [0xFF]
        let (document, recovered) = HTMLPageReader.document(bytes: bytes, source: "p.html", fetched: nil)
        #expect(recovered)
        #expect(document.metadata["undecodable_bytes"] == "1")
    }

    @Test func externalResourcesAreNotLoaded() {
        // NONET: a DTD or entity pointing at the network must neither be fetched nor break parsing.
        let html = "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/evil.dtd\"><html><head><title>Safe</title></head></html>"
        #expect(HTMLPageMetadata.read(html: html).title == "Safe")
    }

    @Test func onlyTheHeadIsParsed() {
        let html = "<html><head><title>T</title></head><BODY><meta property=\"og:site_name\" content=\"late\"><p>x</p>"
        #expect(HTMLPageMetadata.headPart(of: html) == "<html><head><title>T</title></head>")
        #expect(HTMLPageMetadata.read(html: html).siteName == nil)
        #expect(HTMLPageMetadata.headPart(of: "<title>no body tag</title><p>x") == "<title>no body tag</title><p>x")
    }
}
