import Testing
@testable import ClimateText

@Suite struct TokenizerSmokeTests {
    func forms(_ text: String) -> [String] {
        let t = Tokenizer().tokenize(text)
        return t.tokens.indices.map { t.surface($0) }
    }

    @Test func basic() {
        #expect(forms("L'immigrant dell'Africa, 1.249 morti; 1 249 e 1\u{202F}249.") ==
                ["L'", "immigrant", "dell'", "Africa", ",", "1.249", "morti", ";", "1 249", "e", "1\u{202F}249", "."])
        #expect(forms("asylum-seekers at www.example.org/x. Mail me@ex.com #refugees @unhcr") ==
                ["asylum-seekers", "at", "www.example.org/x", ".", "Mail", "me@ex.com", "#refugees", "@unhcr"])
        #expect(forms("Il·legal Europe's 2015 249") == ["Il·legal", "Europe", "'s", "2015", "249"])
    }

    @Test func nfcAndNfdAgree() {
        let nfc = "Flüchtlinge réfugiés"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let a = Tokenizer().tokenize(nfc), b = Tokenizer().tokenize(nfd)
        #expect(a.tokens.map(\.key) == b.tokens.map(\.key))
        #expect(a.foldedForm(0) == "fluchtlinge")
        #expect(Tokenizer().tokenize("Straße ĲSSEL Łódź").tokens.indices.map { Tokenizer().tokenize("Straße ĲSSEL Łódź").foldedForm($0) } == ["strasse", "ijssel", "lodz"])
    }
}
