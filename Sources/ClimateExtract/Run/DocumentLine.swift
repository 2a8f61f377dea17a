import ClimateCore
import Foundation

/// Reads one line of ingest JSONL (a `Document`) or of a dump (`url`, `title`, `published`,
/// `language`, and `html` or `text`) into the pieces extraction needs.
///
/// Minimal reader until `Ingestor` (branch `ingest`) provides decoding of its own output.
struct DocumentLine {
    var id: String
    var html: String?
    var text: String?
    var hints: ArticleExtractor.Hints

    init(_ line: String, input: String, number: Int) throws(ExtractError) {
        guard let data = line.data(using: .utf8),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { throw .badLine(input: input, line: number, reason: "not a JSON object") }
        func string(_ key: String) -> String? { (object[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        html = string("html")
        text = string("text")
        guard html != nil || text != nil else {
            throw .badLine(input: input, line: number, reason: "neither `html` nor `text` is set")
        }
        let url = string("url")
        id = string("id") ?? Document.stableID(url: url, source: "\(input)#line=\(number)", body: html ?? text)
        let published = string("published").flatMap(DateParser.parse)
        let source = string("published_source").flatMap(DateSource.init(rawValue:)) ?? (published == nil ? nil : .dump)
        hints = ArticleExtractor.Hints(
            url: url, published: published, publishedSource: source,
            fetched: string("fetched").flatMap(DateParser.parse), title: string("title"),
            language: string("language"), authors: (object["authors"] as? [String]) ?? []
        )
    }

    /// An article for a text-only document: the text split into paragraphs at blank lines.
    func plainArticle() -> Article {
        let body = BodyExtractor.normalise(text ?? "")
        return Article(
            id: id, url: hints.url, title: hints.title, text: body, published: hints.published,
            publishedSource: hints.publishedSource, authors: hints.authors, language: hints.language,
            isArticle: PageTree.visibleLength(body) >= 300, method: body.isEmpty ? .empty : .plainText
        )
    }
}
