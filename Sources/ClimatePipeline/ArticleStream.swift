import ClimateCore
import ClimateExtract
import ClimateIngest

/// Reads any input `mediaclimate ingest` reads and yields extracted articles, in input order.
///
/// Documents come from ``Ingestor`` (feeds, HTML pages, JSONL dumps, WARC, folders, stdin); each is
/// turned into an ``Article`` by ``ArticleExtractor`` (HTML through the extraction cascade, plain
/// `text` as it is). Documents that cannot be extracted are rejected with their reason, never
/// dropped silently: the summary counts and lists them with the ingest rejects.
public enum ArticleStream {
    /// What a stream read: the ingest summary plus the extraction rejects.
    public struct Summary: Sendable {
        public var ingest: IngestSummary
        public var articles = 0
        public var rejects: [Reject] = []

        /// Every reject of every stage, ingest first.
        public var allRejects: [Reject] { ingest.rejects + rejects }

        /// A one-paragraph report for stderr.
        public var report: String {
            var lines = [ingest.report, "articles: \(articles) extracted, \(rejects.count) rejected at extraction"]
            lines += rejects.prefix(200).map { "  rejected \($0.line)" }
            if rejects.count > 200 { lines.append("  ... and \(rejects.count - 200) more") }
            return lines.joined(separator: "\n")
        }
    }

    /// Calls `body` with each document and its article; returns what was read and rejected.
    public static func read(paths: [String], options: IngestOptions = IngestOptions(),
                            body: (Document, Article) throws -> Void) -> Summary {
        var articles = 0
        var rejects: [Reject] = []
        let ingest = Ingestor.ingest(paths: paths, options: options) { document in
            let article: Article
            do {
                article = try ArticleExtractor.extract(document: document)
            } catch {
                rejects.append(Reject(input: document.source, stage: "extract", reason: error.localizedDescription,
                                      fix: "check that the page holds an article (see docs/EXTRACTION.md)"))
                return
            }
            articles += 1
            try body(document, article)
        }
        return Summary(ingest: ingest, articles: articles, rejects: rejects)
    }

    /// The primary subtag of a language tag (`en-GB` → `en`, `pt_BR` → `pt`), lower-cased.
    public static func primaryLanguage(_ tag: String?) -> String? {
        guard let tag, !tag.isEmpty else { return nil }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? tag
        return primary.lowercased()
    }
}
