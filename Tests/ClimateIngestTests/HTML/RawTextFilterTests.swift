import ClimateIngest
import Testing

/// `RawTextFilter` drops only what libxml2 would put in a script's or style's text node.
@Suite("Raw-text filter")
struct RawTextFilterTests {
    static func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let filtered = bytes.withUnsafeBufferPointer { RawTextFilter.filtered($0) }
        return filtered.map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    @Test("script and style content goes, the elements and everything else stay")
    func dropsContent() {
        let html = "<html><head><STYLE type=\"text/css\">p { color: red } a > b {}</STYLE>"
            + "<script src=\"a.js\"></script><script>var a = '<div>' < 3 && b > 2;</script></head>"
            + "<body><p>Forty people <b>rescued</b>.</p><Script type='text/javascript'>x()</sCRIPT></body></html>"
        #expect(Self.filter(html) == "<html><head><STYLE type=\"text/css\"></STYLE><script src=\"a.js\"></script><script></script></head>"
            + "<body><p>Forty people <b>rescued</b>.</p><Script type='text/javascript'></sCRIPT></body></html>")
    }

    @Test("JSON-LD scripts are kept, also with the type written as character references")
    func keepsJSONLD() {
        let html = "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
            + "<script type=\"application&#x2F;ld&#x2B;json\">{\"a\":1}</script><script type=\"application/json\">{\"big\":1}</script>"
        #expect(Self.filter(html) == "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
            + "<script type=\"application&#x2F;ld&#x2B;json\">{\"a\":1}</script><script type=\"application/json\"></script>")
    }

    @Test("a <script> inside a comment or an attribute value is not a script")
    func commentsAndAttributes() {
        let comment = "<!-- old: <script>legacy()</script> --><p>Text</p><!--[if IE]><script>ie()</script><![endif]-->"
        #expect(RawTextFilterTests.filter(comment) == comment)
        let attribute = "<div data-html=\"<script>x</script>\" title='a > <style>'><p>Kept</p></div>"
        #expect(Self.filter(attribute) == attribute)
        let declaration = "<!DOCTYPE html><?xml-stylesheet href=\"<script>\"?><p>x</p>"
        #expect(Self.filter(declaration) == declaration)
    }

    @Test("look-alike names, empty elements and unterminated markup")
    func edges() {
        #expect(Self.filter("<scripts>keep</scripts><styles>keep</styles>") == "<scripts>keep</scripts><styles>keep</styles>")
        #expect(Self.filter("<script/><p>after</p></script>") == "<script/><p>after</p></script>")
        // Unterminated script: libxml2 makes the rest its text, so the rest goes.
        #expect(Self.filter("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>")
        // Unterminated comment or quote: the rest is copied unchanged.
        #expect(Self.filter("<script>x</script><!-- open <script>y</script>") == "<script></script><!-- open <script>y</script>")
        #expect(Self.filter("<script>x</script><a href=\"open><script>y</script>") == "<script></script><a href=\"open><script>y</script>")
        #expect(Self.filter("") == "")
        #expect(Self.filter("no markup at all") == "no markup at all")
    }

    @Test("libxml2 builds the same elements and text from the filtered page")
    func sameTreeText() throws {
        let html = "<html><head><title>T</title><style>b{}</style></head><body><p>One <script>document.write('<p>two</p>')</script>three</p></body></html>"
        let filtered = Self.filter(html)
        #expect(filtered.contains("<script></script>"))
        #expect(HTMLPageMetadata.read(html: html) == HTMLPageMetadata.read(html: filtered))
    }
}
