/// A text prepared for matching: tokens, sentences, quotes and per-token lookups.
///
/// Built once per article by ``TextAnalysis/init(text:language:quoteWindow:)``; every matcher and
/// tagger reads the same analysis, so the text is tokenised once.
public struct TextAnalysis: Sendable {
    public let language: String
    public let tokenized: TokenizedText
    public let sentences: [Sentence]
    public let quotes: [QuoteSpan]
    /// Sentence index of every token.
    public let sentenceOfToken: [Int32]
    /// Innermost quote index covering every token (-1 outside quotes).
    public let quoteOfToken: [Int32]

    public init(text: String, language: String, quoteWindow: Int = 12) {
        self.language = language
        let tokenized = Tokenizer(language: language).tokenize(text)
        self.tokenized = tokenized
        let sentences = SentenceSplitter(language: language).split(tokenized)
        self.sentences = sentences
        let quotes = QuoteFinder(window: quoteWindow).find(tokenized, sentences: sentences)
        self.quotes = quotes
        var sentenceOf = [Int32](repeating: 0, count: tokenized.tokens.count)
        sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
            for (index, sentence) in sentences.enumerated() {
                for t in sentence.tokens { sentenceOf[t] = Int32(index) }
            }
        }
        self.sentenceOfToken = sentenceOf
        var quoteOf = [Int32](repeating: -1, count: tokenized.tokens.count)
        quoteOf.withUnsafeMutableBufferPointer { quoteOf in
            for (index, quote) in quotes.enumerated() {  // ordered by opening mark: inner quotes come later and win
                for t in quote.content { quoteOf[t] = Int32(index) }
            }
        }
        self.quoteOfToken = quoteOf
    }

    /// Number of word tokens (the denominator of densities per 1,000 tokens).
    public var wordCount: Int {
        tokenized.tokens.withUnsafeBufferPointer { tokens in
            var count = 0
            for k in tokens.indices where tokens[k].kind == .word || tokens[k].kind == .number { count += 1 }
            return count
        }
    }
}
