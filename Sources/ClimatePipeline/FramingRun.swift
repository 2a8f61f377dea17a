import ClimateCore
import ClimateFraming
import ClimateIngest
import ClimateLanguage
import ClimateText
import Foundation

/// `mediaclimate tag` and `mediaclimate kwic` as library calls over any ingest input.
public enum FramingRun {
    /// Output formats of the KWIC listing.
    public typealias KWICFormat = KWIC.Format

    /// Tags every article of the inputs; writes one framing JSON object per line through `write`.
    /// Articles in a language without a lexicon are rejected with the reason and the fix.
    public static func tag(paths: [String], lexicons: LexiconSet, write: ([UInt8]) throws -> Void) -> ArticleStream.Summary {
        let tagger = FramingTagger(lexicons: lexicons)
        var writer = JSONWriter(capacity: 1 << 16)
        var languageRejects: [Reject] = []
        var summary = ArticleStream.read(paths: paths) { document, article in
            guard let language = resolveLanguage(document, article, tagger.languages) else {
                languageRejects.append(languageReject(document, article, tagger.languages))
                return
            }
            guard let tags = tagger.tag(id: outputID(document, article), url: article.url ?? document.url, language: language, text: article.text) else { return }
            writer.reset()
            FramingJSON.write(tags, text: article.text, into: &writer)
            writer.newline()
            try write(writer.bytes)
        }
        summary.rejects += languageRejects
        return summary
    }

    /// Writes the keyword-in-context lines of every hit (of `category` when given).
    public static func kwic(paths: [String], lexicons: LexiconSet, category: String?, window: Int, format: KWICFormat,
                            write: ([UInt8]) throws -> Void) -> ArticleStream.Summary {
        let matchers = lexicons.byLanguage.mapValues { LexiconMatcher(lexicon: $0) }
        let languages = matchers.keys.sorted()
        var languageRejects: [Reject] = []
        var first = true
        var out: [UInt8] = []
        var summary = ArticleStream.read(paths: paths) { document, article in
            guard let language = resolveLanguage(document, article, languages), let matcher = matchers[language] else {
                languageRejects.append(languageReject(document, article, languages))
                return
            }
            let analysis = TextAnalysis(text: article.text, language: language)
            let lines = KWIC.lines(documentID: outputID(document, article), analysis: analysis, hits: matcher.match(analysis),
                                   lexicon: matcher.lexicon, window: window, category: category)
            out.removeAll(keepingCapacity: true)
            KWIC.write(lines, format: format, header: first, to: &out)
            first = false
            try write(out)
        }
        if first, format != .jsonl {  // no article at all: still print the header
            var header: [UInt8] = []
            KWIC.write([], format: format, header: true, to: &header)
            try? write(header)
        }
        summary.rejects += languageRejects
        return summary
    }

    /// The article's language: identified from its text when the identifier is confident (pages and
    /// feeds often declare a site-wide language), else the language the page or input declares, else
    /// the identifier's best guess — reduced to its primary subtag and kept only when supported.
    static func resolveLanguage(_ document: Document, _ article: Article, _ supported: [String]) -> String? {
        let guess = LanguageIdentifier.shared.identify(String(article.text.prefix(2000)))
        if guess.confidence >= confidentIdentification, supported.contains(guess.language) { return guess.language }
        for candidate in [article.language, document.language] {
            if let language = ArticleStream.primaryLanguage(candidate), supported.contains(language) { return language }
        }
        return supported.contains(guess.language) ? guess.language : nil
    }

    /// The id researchers see: the input's own id (a dump's `id`) when it has one, else the article id.
    static func outputID(_ document: Document, _ article: Article) -> String {
        document.metadata["dump_id"] ?? article.id
    }

    /// Posterior probability from which the identified language overrides the declared one.
    static let confidentIdentification = 0.9

    static func languageReject(_ document: Document, _ article: Article, _ supported: [String]) -> Reject {
        let declared = article.language ?? document.language
        return Reject(input: document.source, stage: "tag",
                      reason: declared.map { "language '\($0)' has no lexicon and the text was not identified as one that has" }
                          ?? "no language declared and the text was not identified as one of the supported languages",
                      fix: "tag texts in \(supported.joined(separator: ", ")), or give their `language` in the input")
    }
}
