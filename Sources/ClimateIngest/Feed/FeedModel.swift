import Foundation

/// A text construct with its type and language (feedparser's `*_detail`).
public struct FeedText: Sendable, Equatable {
    /// The text; markup when `type` is HTML or XHTML.
    public var value: String
    /// `text/plain`, `text/html`, `application/xhtml+xml` or another MIME type the feed declared.
    public var type: String
    /// The `xml:lang` in scope, else the feed's language / HTTP `Content-Language`.
    public var language: String?
    /// Set when `value` still awaits `FeedHTMLNormalizer` (only with
    /// `FeedParseOptions.forLineWriter`; see `normalizePending`).
    var pendingNormalization: FeedPendingNormalization?

    public init(value: String, type: String = "text/plain", language: String? = nil) {
        self.value = value
        self.type = type
        self.language = language
    }
}

/// One `<link>` (Atom link, RSS link, or an enclosure, which feedparser also lists here).
public struct FeedLink: Sendable, Equatable {
    public var href: String
    public var rel: String?
    public var type: String?
    public var title: String?
    public var length: String?

    public init(href: String, rel: String? = nil, type: String? = nil, title: String? = nil, length: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.length = length
    }
}

/// An author or editor split into its parts.
public struct FeedPerson: Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var href: String?

    public init(name: String? = nil, email: String? = nil, href: String? = nil) {
        self.name = name
        self.email = email
        self.href = href
    }

    /// True when no part is set.
    public var isEmpty: Bool { name == nil && email == nil && href == nil }
}

/// A category, tag or subject.
public struct FeedCategory: Sendable, Equatable {
    public var term: String?
    public var scheme: String?
    public var label: String?

    public init(term: String? = nil, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// A media attachment (RSS `<enclosure>`, Atom `link rel="enclosure"`).
public struct FeedEnclosure: Sendable, Equatable {
    public var href: String
    public var type: String?
    public var length: String?

    public init(href: String, type: String? = nil, length: String? = nil) {
        self.href = href
        self.type = type
        self.length = length
    }
}

/// Channel-level metadata of a feed.
public struct FeedMetadata: Sendable, Equatable {
    public var title: String? { titleDetail?.value }
    public var titleDetail: FeedText?
    public var subtitle: String? { subtitleDetail?.value }
    public var subtitleDetail: FeedText?
    public var link: String?
    public var links: [FeedLink] = []
    public var id: String?
    public var language: String?
    public var updated: Date?
    public var published: Date?
    public var author: String?
    public var authorDetail: FeedPerson?
    public var authors: [FeedPerson] = []
    public var rights: String? { rightsDetail?.value }
    public var rightsDetail: FeedText?
    public var categories: [FeedCategory] = []

    public init() {}
}

/// One item / entry of a feed.
public struct FeedEntry: Sendable, Equatable {
    public var title: String? { titleDetail?.value }
    public var titleDetail: FeedText?
    public var link: String?
    public var links: [FeedLink] = []
    /// RSS `guid`, Atom `id`, RDF `rdf:about`.
    public var id: String?
    public var published: Date?
    public var updated: Date?
    public var author: String?
    public var authorDetail: FeedPerson?
    public var authors: [FeedPerson] = []
    public var summary: String? { summaryDetail?.value }
    public var summaryDetail: FeedText?
    public var content: [FeedText] = []
    public var categories: [FeedCategory] = []
    public var comments: String?
    public var rights: String? { rightsDetail?.value }
    public var rightsDetail: FeedText?
    public var language: String?
    /// Names of fields cut to the per-field limit (see `FeedLimits`).
    public var truncatedFields: [String] = []
    /// The feed-level values as known when the entry was read, while the feed is well-formed
    /// so far (only with `FeedParseOptions.forLineWriter`).
    var provisionalFeed: FeedLineContext?

    /// Enclosures: the links with `rel="enclosure"` (as feedparser derives them).
    public var enclosures: [FeedEnclosure] {
        links.filter { $0.rel == "enclosure" }.map { FeedEnclosure(href: $0.href, type: $0.type, length: $0.length) }
    }

    public init() {}
}

/// The result of parsing one feed document.
public struct ParsedFeed: Sendable, Equatable {
    /// False when libxml2 (or the encoding/entity checks) reported any problem, even if data was recovered.
    public var wellFormed: Bool = true
    /// The first problem reported, in libxml2's words where it came from libxml2.
    public var error: String?
    /// The source character set, in feedparser's names (`utf-8`, `windows-1252`, `utf-16le`, ...).
    public var encoding: String?
    /// feedparser's version name: rss090 rss091n rss091u rss092 rss093 rss094 rss20 rss10 rss atom01 atom02 atom03 atom10 atom.
    public var version: String?
    public var feed = FeedMetadata()
    public var entries: [FeedEntry] = []
    /// Feed-level fields cut to the per-field limit.
    public var truncatedFields: [String] = []

    public init() {}

    /// Records a problem: clears `wellFormed` and keeps the first message.
    mutating func noteProblem(_ message: String) {
        wellFormed = false
        if error == nil { error = message }
    }
}
