import ClimateCore
import Foundation

/// Turns the entries of an RSS/Atom feed (read by `FeedParser`) into `Document`s.
///
/// Entry → document: kind `feed_entry`, source `path#entry=N`, url = the entry link (or its id
/// when that is a URL), html = the first content value else the summary, published/updated from
/// the feed (`published_source` = `feed`), language = entry language else feed language, outlet
/// and `feed_title` = the feed title. A feed that is not well-formed still yields the entries
/// libxml2 recovered; they are counted as recovered and carry the parser's error in metadata.
/// A feed with no usable entries and a parse error, or XML that is not a feed at all (a sitemap),
/// is rejected as a whole; a valid feed with no entries yields nothing.
enum FeedDocuments {
    /// The reader hook registered in `ExternalReader.builtIn`.
    static let reader = ExternalReader(read: { path, input, fetched, context in
        try read(path: path, input: input, fetched: fetched, context: context)
    }, handlesGzip: false)

    static func read(path: String, input: String, fetched: Date?, context: IngestContext) throws {
        let options = FeedParseOptions(maxDocumentBytes: context.options.maxDocumentBytes)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > options.maxDocumentBytes {
            throw IngestError.tooLarge(input: input, limit: options.maxDocumentBytes)
        }
        var entries: [FeedEntry] = []
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser.stream(path: path, options: options) { entries.append($0) }
        } catch {
            throw IngestError.parserFailed(input: input, kind: .feed, cause: error.localizedDescription)
        }
        if entries.isEmpty, !parsed.wellFormed {
            throw IngestError.parserFailed(input: input, kind: .feed,
                                           cause: parsed.error ?? "no entries could be recovered")
        }
        if entries.isEmpty, parsed.version == nil {
            throw IngestError.parserFailed(input: input, kind: .feed,
                                           cause: "the XML is not an RSS or Atom feed (no channel, feed or item found)")
        }
        for (index, entry) in entries.enumerated() {
            let document = document(entry, number: index + 1, feed: parsed, input: input, fetched: fetched)
            if document.html == nil && document.url == nil && document.title == nil {
                context.reject(Reject(input: document.source, stage: "ingest",
                                      reason: "feed entry has no link, title, content or summary",
                                      fix: "nothing to ingest; check the feed source"))
                continue
            }
            try context.emit(document, recovered: !parsed.wellFormed)
        }
    }

    /// The document for entry number `number` (1-based) of `feed`.
    static func document(_ entry: FeedEntry, number: Int, feed: ParsedFeed, input: String, fetched: Date?) -> Document {
        let source = "\(input)#entry=\(number)"
        let url = entry.link ?? entry.id.flatMap { isURL($0) ? $0 : nil }
        let html = entry.content.first?.value ?? entry.summary
        var metadata: [String: String] = [:]
        if let id = entry.id { metadata["entry_id"] = id }
        if let version = feed.version { metadata["feed_version"] = version }
        if let comments = entry.comments { metadata["comments"] = comments }
        if !entry.truncatedFields.isEmpty { metadata["truncated_fields"] = entry.truncatedFields.joined(separator: ",") }
        if !feed.wellFormed { metadata["feed_error"] = feed.error ?? "not well-formed" }
        var authors = entry.authors.compactMap(\.name)
        if authors.isEmpty, let author = entry.author { authors = [author] }
        return Document(
            id: Document.stableID(url: url, source: source, body: html),
            kind: .feedEntry, source: source, url: url, title: entry.title, published: entry.published,
            publishedSource: entry.published == nil ? nil : .feed, updated: entry.updated, fetched: fetched,
            outlet: feed.feed.title, language: entry.language ?? feed.feed.language, authors: authors,
            categories: entry.categories.compactMap(\.term), summary: entry.summary, html: html,
            encoding: feed.encoding, feedTitle: feed.feed.title, feedLink: feed.feed.link, metadata: metadata)
    }

    private static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
