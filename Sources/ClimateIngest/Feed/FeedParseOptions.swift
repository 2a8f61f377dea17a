import Foundation

/// Options for one feed parse: where the bytes came from and how much to accept.
public struct FeedParseOptions: Sendable {
    /// The URL the feed was fetched from: the base for relative links when no `xml:base` applies.
    public var documentURL: String?
    /// HTTP response headers, names in lower case (`content-type`, `content-location`, `content-language`).
    public var httpHeaders: [String: String]
    /// Documents larger than this are refused (not parsed) with a clear reason. Default 64 MiB.
    public var maxDocumentBytes: Int
    /// Per-field caps; longer values are truncated and the field is listed in `truncatedFields`.
    public var limits: FeedLimits
    /// Set when parsing for `FeedLineWriter`: entry summaries and content that surely stay under
    /// their cap are left for it to normalise (`FeedEntry.normalizePending()`), and each entry
    /// carries the feed-level values known so far (`FeedEntry.provisionalFeed`).
    var forLineWriter = false

    public init(documentURL: String? = nil, httpHeaders: [String: String] = [:],
                maxDocumentBytes: Int = 64 << 20, limits: FeedLimits = FeedLimits()) {
        self.documentURL = documentURL
        self.httpHeaders = Dictionary(httpHeaders.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        self.maxDocumentBytes = maxDocumentBytes
        self.limits = limits
    }
}

/// Per-field size caps (in UTF-8 bytes), applied after parsing each field.
///
/// libxml2 itself refuses text nodes over 10,000,000 bytes (we never pass `XML_PARSE_HUGE`), so a
/// single field can never exceed that; these caps keep titles and bodies to sane sizes below it.
public struct FeedLimits: Sendable {
    /// Titles, links, ids, authors, categories and other short fields. Default 64 KiB.
    public var shortField: Int
    /// Summaries, content and rights. Default 4 MiB.
    public var longField: Int
    /// Characters that declared internal entities may expand to, per document. Default 1 MiB.
    public var entityExpansion: Int

    public init(shortField: Int = 64 << 10, longField: Int = 4 << 20, entityExpansion: Int = 1 << 20) {
        self.shortField = shortField
        self.longField = longField
        self.entityExpansion = entityExpansion
    }
}

/// I/O failures of the feed parser (content problems never throw: they set `wellFormed = false`).
public enum FeedParseError: LocalizedError, Sendable {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open feed file \(path): \(reason); check the path and its permissions"
        case .readFailed(let path, let reason):
            return "reading feed file \(path) failed: \(reason); check the disk and retry"
        }
    }
}
