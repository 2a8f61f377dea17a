import Testing
@testable import ClimateText

@Suite struct SentenceQuoteSmokeTests {
    func sentences(_ text: String, _ lang: String) -> [String] {
        let t = Tokenizer().tokenize(text)
        return SentenceSplitter(language: lang).split(t).map { t.slice($0.bytes) }
    }

    @Test func splitsWithAbbreviations() {
        #expect(sentences("Mr. Smith arrived. He said so! Did he?", "en") == ["Mr. Smith arrived.", "He said so!", "Did he?"])
        #expect(sentences("Am 3. Oktober kamen z.B. viele an. Dann nicht.", "de") == ["Am 3. Oktober kamen z.B. viele an.", "Dann nicht."])
        #expect(sentences("Title line\nBody starts here. Second.", "en") == ["Title line", "Body starts here.", "Second."])
        #expect(sentences("« Nous avons fui. » M. Dupont l'a dit.", "fr") == ["« Nous avons fui. »", "M. Dupont l'a dit."])
    }

    @Test func nestedQuotes() {
        let text = "„Er sagte: ‚Wir sind geflohen‘, und weinte“, berichtet die Mutter."
        let t = Tokenizer().tokenize(text)
        let s = SentenceSplitter(language: "de").split(t)
        let q = QuoteFinder().find(t, sentences: s)
        #expect(q.count == 2)
        #expect(t.slice(q[0].bytes) == "Er sagte: ‚Wir sind geflohen‘, und weinte")
        #expect(q[1].depth == 1)
        #expect(t.slice(q[1].bytes) == "Wir sind geflohen")
        #expect(q[0].after.map { t.surface($0) }.contains("berichtet"))
    }
}
