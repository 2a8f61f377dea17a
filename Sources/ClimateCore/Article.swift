import Foundation

/// One extracted news article: body text plus metadata, each date with its provenance.
///
/// `mediaclimate extract` writes one `Article` per line (JSONL); later stages (tokenising,
/// framing) read `text`. Field by field, the JSON shape is documented in `docs/EXTRACTION.md`.
public struct Article: Sendable, Hashable {
    /// Which step of the extraction cascade produced `text`.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// A container named like an article body by CMS class/id/itemprop vocabulary.
        case containerClass = "container-class"
        /// The `<article>` element (or `role=article`) holding the most text.
        case articleTag = "article-tag"
        /// A main-content landmark (`<main>`, `id=content`, `id=main` ...).
        case mainContent = "main-content"
        /// The node with the best paragraph score (readability-style) when no container is named.
        case scored
        /// JSON-LD `articleBody`, used when the DOM result was too short.
        case jsonLD = "json-ld"
        /// Every kept paragraph of the page, the last resort when everything else was too short.
        case paragraphSweep = "paragraph-sweep"
        /// The input carried plain text only (ingest JSONL with `text` and no `html`).
        case plainText = "plain-text"
        /// Nothing usable was found.
        case empty
    }

    /// Input file name without extensions, or the ingest document id.
    public var id: String
    public var url: String?
    public var title: String?
    /// Body paragraphs separated by one blank line.
    public var text: String
    public var published: Date?
    public var publishedSource: DateSource?
    public var modified: Date?
    public var modifiedSource: DateSource?
    public var authors: [String]
    /// Declared language (primary subtag, lower case), e.g. `de`.
    public var language: String?
    public var canonicalURL: String?
    public var siteName: String?
    public var description: String?
    public var section: String?
    /// False for home, index and section pages made of teasers.
    public var isArticle: Bool
    public var method: Method

    public init(
        id: String, url: String? = nil, title: String? = nil, text: String = "",
        published: Date? = nil, publishedSource: DateSource? = nil,
        modified: Date? = nil, modifiedSource: DateSource? = nil, authors: [String] = [],
        language: String? = nil, canonicalURL: String? = nil, siteName: String? = nil,
        description: String? = nil, section: String? = nil, isArticle: Bool = true,
        method: Method = .empty
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.text = text
        self.published = published
        self.publishedSource = publishedSource
        self.modified = modified
        self.modifiedSource = modifiedSource
        self.authors = authors
        self.language = language
        self.canonicalURL = canonicalURL
        self.siteName = siteName
        self.description = description
        self.section = section
        self.isArticle = isArticle
        self.method = method
    }
}
