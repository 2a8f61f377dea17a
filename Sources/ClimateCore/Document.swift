import Foundation

/// One normalised input document, as `mediaclimate ingest` writes it (one JSON object per line).
///
/// A document is what ingestion knows about a news item before extraction: where it came from,
/// its URL, the dates and metadata the source declared, and its body as HTML and/or plain text.
/// The JSON shape is documented field by field in `docs/INGEST-SCHEMA.md`.
public struct Document: Sendable, Hashable {
    /// Where a document came from.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An item of an RSS or Atom feed.
        case feedEntry = "feed_entry"
        /// An HTML page read from a file.
        case htmlPage = "html_page"
        /// A line of a JSON Lines dump.
        case dumpRecord = "dump_record"
        /// A response or resource record of a WARC file.
        case warcRecord = "warc_record"
    }

    /// Stable id: a hash of the URL, or of the input name and content when there is no URL.
    public var id: String
    public var kind: Kind
    /// The input this document was read from (file path, `-` for stdin), plus a fragment
    /// locating it inside a container (`#entry=3`, `#line=12`, `#record=5`).
    public var source: String
    public var url: String?
    public var title: String?
    public var published: Date?
    /// Where `published` came from (`feed`, `dump`, `warc`, ...).
    public var publishedSource: DateSource?
    public var updated: Date?
    /// When the bytes were fetched (WARC-Date, file modification time, feed fetch).
    public var fetched: Date?
    public var outlet: String?
    /// Declared language (feed `language`/`xml:lang`, HTML `lang`, dump `language`).
    public var language: String?
    public var authors: [String]
    public var categories: [String]
    /// A short description (feed summary, dump `summary`).
    public var summary: String?
    /// The page or item body as HTML, when the source has markup.
    public var html: String?
    /// The body as plain text, when the source gives text only.
    public var text: String?
    /// The character encoding the bytes were decoded from (`utf-8`, `windows-1252`, ...).
    public var encoding: String?
    /// Feed-level context for feed entries: feed title and link.
    public var feedTitle: String?
    public var feedLink: String?
    /// Fields of the source not modelled above (unknown dump keys, WARC headers), kept as text.
    public var metadata: [String: String]

    public init(
        id: String, kind: Kind, source: String, url: String? = nil, title: String? = nil,
        published: Date? = nil, publishedSource: DateSource? = nil, updated: Date? = nil,
        fetched: Date? = nil, outlet: String? = nil, language: String? = nil,
        authors: [String] = [], categories: [String] = [], summary: String? = nil,
        html: String? = nil, text: String? = nil, encoding: String? = nil,
        feedTitle: String? = nil, feedLink: String? = nil, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.publishedSource = publishedSource
        self.updated = updated
        self.fetched = fetched
        self.outlet = outlet
        self.language = language
        self.authors = authors
        self.categories = categories
        self.summary = summary
        self.html = html
        self.text = text
        self.encoding = encoding
        self.feedTitle = feedTitle
        self.feedLink = feedLink
        self.metadata = metadata
    }

    /// The stable id for a document: hash of its URL when it has one, else of source and body.
    public static func stableID(url: String?, source: String, body: String?) -> String {
        if let url, !url.isEmpty {
            return StableID.make(url)
        }
        return StableID.make(source + "\u{1F}" + (body ?? ""))
    }
}

/// Where a date came from. Every stored date records its provenance (docs/ARCHITECTURE.md).
public enum DateSource: String, Sendable, Hashable, CaseIterable {
    case feed
    case dump
    case warc
    case jsonLD = "json-ld"
    case meta
    case timeTag = "time-tag"
    case url
    case text
    case fetched
}
