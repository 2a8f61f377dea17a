/// The feed-level values a feed entry's JSON line carries (outlet, feed language, encoding, feed
/// title and link, `feed_version`, `feed_error`).
///
/// `FeedDocumentWalker` attaches the values known so far to each entry when parsing for the line
/// writer; `FeedLineWriter` writes the whole line with them at once and, at the feed's end, keeps
/// it only when they equal the final values (they usually do: channels give their title, link and
/// language before the items).
struct FeedLineContext: Sendable, Equatable {
    /// The feed title (also the outlet).
    var title: String?
    /// The feed language (used by entries without their own).
    var language: String?
    var encoding: String?
    var link: String?
    var version: String?
    /// The `feed_error` value; nil while the feed is well-formed.
    var error: String?

    /// The final values of a parsed feed.
    init(feed: ParsedFeed) {
        title = feed.feed.title
        language = feed.feed.language
        encoding = feed.encoding
        link = feed.feed.link
        version = feed.version
        error = feed.wellFormed ? nil : feed.error ?? "not well-formed"
    }

    init(title: String?, language: String?, encoding: String?, link: String?, version: String?) {
        self.title = title
        self.language = language
        self.encoding = encoding
        self.link = link
        self.version = version
    }

    /// The feed's `metadata` pairs, sorted by key.
    var metadata: [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        if let error { pairs.append((key: "feed_error", value: error)) }
        if let version { pairs.append((key: "feed_version", value: version)) }
        return pairs
    }
}
