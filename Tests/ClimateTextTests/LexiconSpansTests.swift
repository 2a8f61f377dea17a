import Testing
@testable import ClimateText

/// Plain matching (`spans(in:sentences:)`) finds exactly the spans behind the flagged hits.
@Suite struct LexiconSpansTests {
    static let texts = [
        "A wave of migrants. The humanitarian crisis deepens. This is not an invasion. A heat wave.",
        "The Missing Migrants Project said “they lost their lives” as asylum-seekers and oorlogsvluchtelingen.",
        "Not migrants, not a wave: anti-migrant and pro-migrant-wave slogans. They lost. Lives went on.",
    ]

    @Test func spansAreTheHitsWithoutFlags() throws {
        let lexicon = try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml")
        let matcher = LexiconMatcher(lexicon: lexicon)
        for text in Self.texts {
            let analysis = TextAnalysis(text: text, language: "en")
            let hits = matcher.match(analysis)
            let spans = matcher.spans(in: analysis.tokenized, sentences: analysis.sentences)
            #expect(!spans.isEmpty)
            #expect(spans.map(\.entry) == hits.map(\.entry))
            #expect(spans.map(\.tokens) == hits.map(\.tokens))
            #expect(spans.map(\.bytes) == hits.map(\.bytes))
            #expect(spans.map { matcher.category(of: $0) } == hits.map(\.category))
        }
    }

    /// Without the sentences, the splitter deciding only the boundaries a phrase could cross: the
    /// same spans, on every golden text of every language and on phrases cut by a sentence end.
    @Test func spansWithoutSplittingFirstAreTheSame() throws {
        let lexicon = try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml")
        let matcher = LexiconMatcher(lexicon: lexicon)
        var texts = Self.texts + ["They lost. Lives went on. They lost their lives.", "They lost…\ntheir lives. Dr. Lost their lives!"]
        for language in ["ca", "de", "en", "es", "fr", "it", "nl"] {
            texts += try GoldenFile.texts(language)
        }
        var phrases = 0
        for text in texts {
            let tokenized = Tokenizer(language: "en").tokenize(text)
            let splitter = SentenceSplitter(language: "en")
            let spans = matcher.spans(in: tokenized, splitter: splitter)
            #expect(spans == matcher.spans(in: tokenized, sentences: splitter.split(tokenized)), "\(text)")
            phrases += spans.filter { $0.tokens.count > 1 }.count
        }
        #expect(phrases >= 2)
    }

    @Test func phrasesStayInsideOneSentence() throws {
        let lexicon = try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml")
        let matcher = LexiconMatcher(lexicon: lexicon)
        let text = Tokenizer(language: "en").tokenize("They lost. Lives went on. They lost their lives.")
        let spans = matcher.spans(in: text, sentences: SentenceSplitter(language: "en").split(text))
        #expect(spans.map { text.slice($0.bytes) } == ["lost their lives"])
        #expect(matcher.spans(in: text, splitter: SentenceSplitter(language: "en")) == spans)
    }
}
