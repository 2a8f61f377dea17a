import ClimateCore
import ClimateDedup
import ClimateExtract
import ClimateFraming
import ClimateStore
import ClimateText
import Foundation

/// Turns one ingested document into its unit of work: document, article with dedup keys, tag sets
/// under every configured lexicon, and the rejects of the extract and tag stages.
///
/// Pure and thread-safe: the runner calls it in parallel and writes the units in input order.
struct UnitBuilder: Sendable {
    let taggers: [FramingTagger]
    let outlets: OutletMatcher
    let canonicalizer = URLCanonicalizer.standard

    /// What building a unit produced, with per-stage CPU seconds.
    struct Built: Sendable {
        var unit: CorpusStore.WorkUnit?
        var rejects: [Reject] = []
        var seconds: [String: Double] = [:]
    }

    /// Languages an article's language is resolved against (every language a lexicon can have).
    static let lexiconLanguages = Lexicon.languages.sorted()

    /// Builds the unit of `document`; `gzipped` is the gzip file it was read from, if any (stored
    /// as the raw bytes when it holds exactly them, see `DocumentRecord`).
    func build(_ document: Document, run: Int64, gzipped: [UInt8]? = nil) -> Built {
        var built = Built()
        var clock = ContinuousClock.now
        func lap(_ stage: String) {
            let now = ContinuousClock.now
            let elapsed = now - clock
            built.seconds[stage, default: 0] += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            clock = now
        }
        let documentURL = canonicalizer.canonicalize(document.url)
        let outlet = outlets.outlet(for: document, url: document.url)
        let record: DocumentRecord
        do {
            record = try DocumentRecord(document: document, canonicalURL: documentURL, outletID: outlet?.id, run: run, gzipped: gzipped)
        } catch {
            built.rejects.append(Reject(input: document.source, stage: "store", reason: error.localizedDescription, fix: error.description))
            return built
        }
        var unit = CorpusStore.WorkUnit(outlet: outlet, document: record)
        lap("record")
        let article: Article
        do {
            article = try ArticleExtractor.extract(document: document)
        } catch {
            built.rejects.append(Reject(input: document.source, stage: "extract", reason: error.localizedDescription,
                                        fix: "check that the page holds an article (see docs/EXTRACTION.md)"))
            unit.rejects = built.rejects.map { RejectRecord($0, run: run) }
            built.unit = unit
            lap("extract")
            return built
        }
        lap("extract")
        let keys = DedupKeys(text: article.text)
        let canonical = canonicalizer.canonicalize(article.url ?? document.url, declaredCanonical: article.canonicalURL)
        let articleID = DedupKeys.articleID(canonicalURL: canonical, contentHash: keys.contentHash)
        lap("dedup")
        let language = FramingRun.resolveLanguage(document, article, Self.lexiconLanguages)
        lap("language")
        var tokenCount: Int?
        for tagger in taggers {
            guard let language, let framing = tagger.tag(id: articleID, url: canonical, language: language, text: article.text) else {
                built.rejects.append(FramingRun.languageReject(document, article, tagger.languages))
                continue
            }
            tokenCount = tokenCount ?? framing.tokenCount
            unit.tags.append(TagRows.set(framing, articleID: articleID, lexicon: tagger.lexicons, run: run))
        }
        lap("tag")
        unit.article = ArticleRecord(
            id: articleID, documentID: document.id, outletID: outlet?.id, url: article.url ?? document.url, canonicalURL: canonical,
            title: article.title, text: article.text, published: article.published, publishedSource: article.publishedSource?.rawValue,
            language: language ?? ArticleStream.primaryLanguage(article.language ?? document.language), authors: article.authors,
            isArticle: article.isArticle, method: article.method.rawValue, tokenCount: tokenCount, contentHash: keys.contentHash,
            minhash: keys.signature.map { Data($0.bytes) }, firstRunID: run)
        unit.rejects = Self.unique(built.rejects).map { RejectRecord($0, run: run) }
        built.rejects = Self.unique(built.rejects)
        built.unit = unit
        return built
    }

    /// Rejects with one row per (input, stage): two lexicons refusing a language give one reject.
    static func unique(_ rejects: [Reject]) -> [Reject] {
        var seen: Set<String> = []
        return rejects.filter { seen.insert($0.input + "\u{1F}" + $0.stage).inserted }
    }
}

extension RejectRecord {
    /// A reject first and last seen by `run`.
    init(_ reject: Reject, run: Int64) {
        self.init(input: reject.input, stage: reject.stage, reason: reject.reason, fix: reject.fix, firstRunID: run, lastRunID: run)
    }
}
