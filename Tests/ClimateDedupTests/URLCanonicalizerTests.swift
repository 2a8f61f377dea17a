import ClimateDedup
import Testing

@Suite("URL canonicalisation")
struct URLCanonicalizerTests {
    let canonicalizer = URLCanonicalizer.standard
    let expected = "https://example.com/news/story-123"

    @Test("tracking, fragment, AMP, mobile, www, port and trailing-slash variants collapse", arguments: [
        "https://example.com/news/story-123",
        "http://www.Example.com/news/story-123/?utm_source=twitter&utm_medium=social#comments",
        "https://m.example.com/news/story-123",
        "https://mobile.example.com:443/news/story-123?outputType=amp",
        "https://example.com/news/story-123/amp",
        "https://example.com/amp/news/story-123/",
        "https://amp.example.com/news/story-123?amp=1",
        "https://example.com/news/story-123?amp",
        "http://example.com:80//news//story-123",
        "https://EXAMPLE.COM./news/story-123#top",
        "https://example.com/news/story-123?fbclid=abc&gclid=x&mc_cid=1&mc_eid=2&ocid=3&cmpid=4&at_medium=5&at_campaign=6",
        "  https://user@www.example.com/news/story-123?utm_campaign=x  ",
        "https://www.example.com/news/story-123.amp",
        "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-123/amp",
        "https://www.google.com/amp/s/www.example.com/news/story-123",
    ])
    func variantsCollapse(_ variant: String) {
        #expect(canonicalizer.canonicalize(variant) == expected)
    }

    @Test("remaining query parameters are sorted and kept; different resources stay apart")
    func queryIsSortedAndKept() {
        #expect(canonicalizer.canonicalize("https://example.com/a?b=2&a=1&utm_source=x") == "https://example.com/a?a=1&b=2")
        #expect(canonicalizer.canonicalize("https://example.com/a?id=1") != canonicalizer.canonicalize("https://example.com/a?id=2"))
        #expect(canonicalizer.canonicalize("https://example.com/a?flag") == "https://example.com/a?flag")
        #expect(canonicalizer.canonicalize("https://example.com/a/b") != canonicalizer.canonicalize("https://example.com/a"))
    }

    @Test("rel=canonical is preferred: absolute, protocol-relative and root-relative")
    func declaredCanonicalWins() {
        let url = "https://example.com/print/9981?ref=rss"
        #expect(canonicalizer.canonicalize(url, declaredCanonical: "https://www.example.com/news/story-123/") == expected)
        #expect(canonicalizer.canonicalize(url, declaredCanonical: "//example.com/news/story-123") == expected)
        #expect(canonicalizer.canonicalize(url, declaredCanonical: "/news/story-123") == expected)
        #expect(canonicalizer.canonicalize(nil, declaredCanonical: "https://example.com/news/story-123") == expected)
    }

    @Test("a canonical pointing at the site root is ignored for an article URL")
    func homepageCanonicalIgnored() {
        let url = "https://www.example.com/news/story-123?utm_source=x"
        #expect(canonicalizer.canonicalize(url, declaredCanonical: "https://example.com/") == expected)
        #expect(canonicalizer.canonicalize(url, declaredCanonical: "  ") == expected)
    }

    @Test(".amp markers inside a file name are removed, other dots kept")
    func ampFileNames() {
        #expect(canonicalizer.canonicalize("https://example.com/2023/story.amp.html") == "https://example.com/2023/story.html")
        #expect(canonicalizer.canonicalize("https://example.com/2023/story.html") == "https://example.com/2023/story.html")
        #expect(canonicalizer.canonicalize("https://example.com/2023/camp.html") == "https://example.com/2023/camp.html")
        #expect(canonicalizer.canonicalize("https://example.com/news/ampersand") == "https://example.com/news/ampersand")
    }

    @Test("host prefixes are dropped only while a registrable name remains")
    func hostPrefixes() {
        #expect(canonicalizer.canonicalize("https://www.bbc.co.uk/news/x") == "https://bbc.co.uk/news/x")
        #expect(canonicalizer.canonicalize("https://m.example/x") == "https://m.example/x")
        #expect(canonicalizer.canonicalize("https://example.com:8080/x") == "https://example.com:8080/x")
    }

    @Test("percent escapes compare equal whatever their case; unsupported schemes and blanks")
    func escapesAndOddInputs() {
        #expect(canonicalizer.canonicalize("https://example.com/caf%c3%a9") == "https://example.com/caf%C3%A9")
        #expect(canonicalizer.canonicalize("ftp://example.com/file#x") == "ftp://example.com/file")
        #expect(canonicalizer.canonicalize("   ") == nil)
        #expect(canonicalizer.canonicalize(nil) == nil)
        #expect(canonicalizer.canonicalize("https://example.com/") == "https://example.com")
    }
}
