import ClimateCore
import ClimateIngest
import Foundation

/// Extracts an `Article` (body text and metadata) from one HTML page.
///
/// The body comes from a cascade on the libxml2 DOM (`BodyExtractor`): cleaning of boilerplate
/// subtrees (scripts, styles, nav, aside, footer, forms, hidden elements, comment sections,
/// share/related/newsletter/cookie blocks by class/id/role), container detection (CMS body names,
/// `<article>`, a paragraph score, `<main>`), link-density pruning, removal of repeated
/// paragraphs, then JSON-LD `articleBody` or a page-wide paragraph sweep when the result is
/// shorter than 250 characters. `Article.method` records the step that produced the text.
/// Metadata comes from `MetadataExtractor` and `DateResolver`. Thresholds and scoring:
/// `docs/EXTRACTION.md`.
public enum ArticleExtractor {
    /// What the caller already knows about the page (from a feed, dump or crawl).
    public struct Hints: Sendable {
        public var url: String?
        public var published: Date?
        public var publishedSource: DateSource?
        /// When the page was fetched: no date after it is accepted. Defaults to now.
        public var fetched: Date?
        public var title: String?
        public var language: String?
        public var authors: [String]

        public init(url: String? = nil, published: Date? = nil, publishedSource: DateSource? = nil,
                    fetched: Date? = nil, title: String? = nil, language: String? = nil, authors: [String] = []) {
            self.url = url
            self.published = published
            self.publishedSource = publishedSource
            self.fetched = fetched
            self.title = title
            self.language = language
            self.authors = authors
        }
    }

    /// Pages larger than this are rejected (`ExtractError.tooLarge`).
    public static let maximumBytes = 64 << 20

    /// Decodes `bytes` with `HTMLDecoder` (BOM, valid UTF-8, declared charset, else
    /// windows-1252) and extracts.
    public static func extract(bytes: [UInt8], contentType: String? = nil, id: String, hints: Hints = Hints()) throws(ExtractError) -> Article {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        return try extract(html: decode(bytes, contentType: contentType), id: id, hints: hints)
    }

    /// Extracts from already-decoded HTML.
    public static func extract(html: String, id: String, hints: Hints = Hints()) throws(ExtractError) -> Article {
        guard html.utf8.count <= maximumBytes else { throw .tooLarge(bytes: html.utf8.count, limit: maximumBytes) }
        guard html.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) else { throw .empty }
        // libxml2 is only needed until the tree is copied: parse and copy inside one arena session.
        let built: (PageTree, PageMeta)? = ParseArena.withArena {
            guard let document = HTMLDocument(text: html, inArena: true) else { return nil }
            return withExtendedLifetime(document) {
                TreeBuilder.build(document, expectedNodes: min(html.utf8.count / 60, 1 << 22) + 64)
            }
        }
        guard let built else { throw .unparsable }
        var tree = built.0
        return extract(tree: &tree, meta: built.1, id: id, hints: hints)
    }

    /// Benchmark floor: decodes and parses `bytes` with libxml2 and frees the document, nothing
    /// else. Returns whether a document was produced.
    public static func parseOnly(bytes: [UInt8]) -> Bool {
        let text = decode(bytes, contentType: nil)
        return ParseArena.withArena { HTMLDocument(text: text, inArena: true) != nil }
    }

    /// `HTMLDecoder.decode`, with a fast path for the common case it decides the same way:
    /// no byte-order mark, no HTTP charset, and bytes that are valid UTF-8 (ASCII included, which
    /// every ASCII-compatible label decodes identically).
    static func decode(_ bytes: [UInt8], contentType: String?) -> String {
        let bom = bytes.count >= 2 && ((bytes[0] == 0xEF && bytes[1] == 0xBB) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if contentType == nil, !bom, let text = String(validating: bytes, as: UTF8.self) { return text }
        return HTMLDecoder.decode(bytes, contentType: contentType).text
    }

    static func extract(tree: inout PageTree, meta: PageMeta, id: String, hints: Hints) -> Article {
        let jsonLD = JSONLDArticle.parse(meta.jsonLD)
        let heading = firstHeading(tree)
        let fetched = hints.fetched ?? Date()
        let pageText = { [tree] in tree.plainText(of: tree.body, limit: 20_000) }
        let dates = DateResolver(
            feedDate: hints.published, feedSource: hints.publishedSource, fetched: fetched, meta: meta,
            jsonLD: jsonLD, url: hints.url ?? meta.canonical, pageText: pageText
        ).resolve()
        let body = BodyExtractor.extract(&tree, jsonLDBody: jsonLD.articleBody, headline: heading)
        let metadata = MetadataExtractor(meta: meta, jsonLD: jsonLD, url: hints.url, firstHeading: heading)
        let length = body.blocks.isEmpty ? Int(PageTree.visibleLength(body.text)) : body.blocks.reduce(0) { $0 + $1.length }
        return Article(
            id: id, url: hints.url ?? metadata.canonicalURL, title: metadata.title ?? hints.title, text: body.text,
            published: dates.published, publishedSource: dates.publishedSource,
            modified: dates.modified, modifiedSource: dates.modifiedSource,
            authors: metadata.authors.isEmpty ? hints.authors : metadata.authors,
            language: metadata.language ?? hints.language, canonicalURL: metadata.canonicalURL,
            siteName: metadata.siteName, description: metadata.description, section: metadata.section,
            isArticle: isArticle(length: length, body: body, metadata: metadata, jsonLD: jsonLD), method: body.method
        )
    }

    /// Article or index page: long enough, not a home page, not a page of teasers.
    /// Extracts from an ingest `Document`: its HTML, or its plain text split at blank lines.
    public static func extract(document: Document) throws(ExtractError) -> Article {
        let hints = Hints(url: document.url, published: document.published, publishedSource: document.publishedSource,
                          fetched: document.fetched, title: document.title, language: document.language,
                          authors: document.authors)
        if let html = document.html, html.utf8.contains(where: { $0 > 0x20 }) {
            return try extract(html: html, id: document.id, hints: hints)
        }
        let body = BodyExtractor.normalise(document.text ?? "")
        return Article(
            id: document.id, url: document.url, title: document.title, text: body, published: document.published,
            publishedSource: document.publishedSource, authors: document.authors, language: document.language,
            isArticle: PageTree.visibleLength(body) >= 300, method: body.isEmpty ? .empty : .plainText
        )
    }

    static func isArticle(length: Int, body: BodyExtractor.Result, metadata: MetadataExtractor, jsonLD: JSONLDArticle) -> Bool {
        if length < 300 || metadata.isHomePage { return false }
        if jsonLD.isListing && !jsonLD.isArticle { return false }
        if !metadata.declaresArticle && body.teaserHeadings >= 6 && length < 2000 { return false }
        return true
    }

    private static func firstHeading(_ tree: PageTree) -> String? {
        for i in 0..<tree.count where tree.tags[i] == .h1 && !tree.isRemoved(i) {
            let text = tree.plainText(of: i, limit: 500)
            if !text.isEmpty { return text }
        }
        return nil
    }
}
