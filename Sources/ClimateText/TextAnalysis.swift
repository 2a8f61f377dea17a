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
    /// Number of word and number tokens (the denominator of densities per 1,000 tokens).
    public let wordCount: Int

    public init(text: String, language: String, quoteWindow: Int = 12) {
        self.init(text: text, language: language, quoteWindow: quoteWindow,
                  tokenizer: Tokenizer(language: language), splitter: SentenceSplitter(language: language))
    }

    /// The same analysis with the language's tokenizer and splitter made once by the caller (a
    /// batch of articles in one language need not look up its abbreviation lists per article).
    public init(text: String, language: String, quoteWindow: Int = 12, tokenizer: Tokenizer, splitter: SentenceSplitter) {
        self.language = language
        let tokenized = tokenizer.tokenize(text)
        self.tokenized = tokenized
        let sentences = splitter.split(tokenized)
        self.sentences = sentences
        let quotes = QuoteFinder(window: quoteWindow).find(tokenized, sentences: sentences)
        self.quotes = quotes
        var sentenceOf = [Int32](repeating: 0, count: tokenized.tokens.count)
        var words = 0
        sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
        tokenized.tokens.withUnsafeBufferPointer { tokens in
            // Sentences cover every token: one pass gives each its sentence and counts the words.
            for (index, sentence) in sentences.enumerated() {
                for t in sentence.tokens {
                    sentenceOf[t] = Int32(index)
                    if tokens[t].kind == .word || tokens[t].kind == .number { words += 1 }
                }
            }
        }
        }
        self.sentenceOfToken = sentenceOf
        self.wordCount = words
        var quoteOf = [Int32](repeating: -1, count: tokenized.tokens.count)
        quoteOf.withUnsafeMutableBufferPointer { quoteOf in
            for (index, quote) in quotes.enumerated() {  // ordered by opening mark: inner quotes come later and win
                for t in quote.content { quoteOf[t] = Int32(index) }
            }
        }
        self.quoteOfToken = quoteOf
    }
}
