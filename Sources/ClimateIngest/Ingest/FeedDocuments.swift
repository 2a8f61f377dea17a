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

    /// Feeds up to this size are parsed once, their documents held until the feed-level values are
    /// known; larger ones are parsed twice (metadata first, then documents streamed), so memory
    /// stays bounded by the largest entry.
    static let singlePassLimit = 32 << 20

    /// Feeds from this size up, when their documents end up as JSON lines, are serialised on a
    /// second thread while they are parsed (`FeedLineWriter`); below it, a thread costs more than
    /// it saves.
    static let lineWriterMinimumBytes = 256 << 10

    /// Reads the feed at `path`; feeds over `singlePassLimit` bytes take the two-pass route.
    static func read(path: String, input: String, fetched: Date?, context: IngestContext,
                     singlePassLimit: Int = singlePassLimit,
                     lineWriterMinimumBytes: Int = lineWriterMinimumBytes) throws {
        let options = FeedParseOptions(maxDocumentBytes: context.options.maxDocumentBytes)
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        if let size, size > options.maxDocumentBytes {
            throw IngestError.tooLarge(input: input, limit: options.maxDocumentBytes)
        }
        if let size, size > singlePassLimit {
            try readTwice(path: path, input: input, fetched: fetched, options: options, context: context)
            return
        }
        if let output = context.lines, (size ?? 0) >= lineWriterMinimumBytes {
            try readWritingLines(path: path, input: input, fetched: fetched, size: size ?? 0, options: options,
                                 context: context, output: output)
            return
        }
        var documents: [(document: Document, hasLanguage: Bool)] = []
        let collect = { (entry: FeedEntry) in
            documents.append((document(entry, number: documents.count + 1, input: input, fetched: fetched),
                              entry.language != nil))
        }
        var parsed: ParsedFeed
        if let once = try parse(path: path, input: input, options: options, onePass: true, onEntry: collect) {
            parsed = once
        } else {
            documents.removeAll()
            parsed = try parse(path: path, input: input, options: options, onEntry: collect)!
        }
        try check(parsed, entryCount: documents.count, input: input)
        for index in documents.indices {
            complete(&documents[index].document, hasLanguage: documents[index].hasLanguage, feed: parsed)
            try emit(documents[index].document, feed: parsed, context: context)
        }
    }

    /// Single pass with the documents serialised on a second thread as the entries are read
    /// (`FeedLineWriter`); used when the documents end up as JSON lines anyway.
    private static func readWritingLines(path: String, input: String, fetched: Date?, size: Int,
                                         options: FeedParseOptions, context: IngestContext,
                                         output: OutputBuffer) throws {
        var options = options
        options.forLineWriter = true
        var writer = FeedLineWriter(input: input, fetched: fetched, expectedBytes: size)
        var parsed: ParsedFeed
        do {
            if let once = try parse(path: path, input: input, options: options, onePass: true, onEntry: writer.add) {
                parsed = once
            } else {
                writer.close()
                writer = FeedLineWriter(input: input, fetched: fetched, expectedBytes: size)
                parsed = try parse(path: path, input: input, options: options, onEntry: writer.add)!
            }
        } catch {
            writer.close()
            throw error
        }
        writer.close()
        try check(parsed, entryCount: writer.count, input: input)
        try writer.emit(feed: parsed, context: context, output: output)
    }

    /// Large feeds: a first parse for the feed-level values and flags, then a second one that emits
    /// each document as its entry is read.
    private static func readTwice(path: String, input: String, fetched: Date?, options: FeedParseOptions,
                                  context: IngestContext) throws {
        var count = 0
        var parsed: ParsedFeed
        var onePass = true
        if let once = try parse(path: path, input: input, options: options, onePass: true, onEntry: { _ in count += 1 }) {
            parsed = once
        } else {
            count = 0
            onePass = false
            parsed = try parse(path: path, input: input, options: options) { _ in count += 1 }!
        }
        try check(parsed, entryCount: count, input: input)
        var number = 0
        // The bytes decoded cleanly in one pass before, so they will again.
        _ = try parse(path: path, input: input, options: options, onePass: onePass) { entry in
            number += 1
            var document = document(entry, number: number, input: input, fetched: fetched)
            complete(&document, hasLanguage: entry.language != nil, feed: parsed)
            try emit(document, feed: parsed, context: context)
        }
    }

    /// One parse of the feed; with `onePass`, nil when the bytes did not decode cleanly (see
    /// `FeedParser.streamInOnePass`).
    private static func parse(path: String, input: String, options: FeedParseOptions, onePass: Bool = false,
                              onEntry: (FeedEntry) throws -> Void) throws -> ParsedFeed? {
        do {
            if onePass { return try FeedParser.streamInOnePass(path: path, options: options, onEntry: onEntry) }
            return try FeedParser.stream(path: path, options: options, onEntry: onEntry)
        } catch let stop as IngestContext.Stop {
            throw stop
        } catch {
            throw IngestError.parserFailed(input: input, kind: .feed, cause: error.localizedDescription)
        }
    }

    /// Rejects a feed as a whole when nothing usable came out of it.
    private static func check(_ parsed: ParsedFeed, entryCount: Int, input: String) throws {
        if entryCount == 0, !parsed.wellFormed {
            throw IngestError.parserFailed(input: input, kind: .feed,
                                           cause: parsed.error ?? "no entries could be recovered")
        }
        if entryCount == 0, parsed.version == nil {
            throw IngestError.parserFailed(input: input, kind: .feed,
                                           cause: "the XML is not an RSS or Atom feed (no channel, feed or item found)")
        }
    }

    private static func emit(_ document: Document, feed: ParsedFeed, context: IngestContext) throws {
        if isEmpty(document) {
            context.reject(emptyEntryReject(source: document.source))
            return
        }
        try context.emit(document, recovered: !feed.wellFormed)
    }

    /// True for an entry document with nothing to ingest (no link, title, content or summary).
    static func isEmpty(_ document: Document) -> Bool {
        document.html == nil && document.url == nil && document.title == nil
    }

    /// The rejection of an entry with nothing to ingest.
    static func emptyEntryReject(source: String) -> Reject {
        Reject(input: source, stage: "ingest", reason: "feed entry has no link, title, content or summary",
               fix: "nothing to ingest; check the feed source")
    }

    /// The entry's own part of its document; `complete` adds the feed-level values.
    static func document(_ entry: FeedEntry, number: Int, input: String, fetched: Date?) -> Document {
        let source = input + "#entry=" + String(number)
        let url = entry.link ?? entry.id.flatMap { isURL($0) ? $0 : nil }
        let html = entry.content.first?.value ?? entry.summary
        var metadata = [String: String](minimumCapacity: 4)
        if let id = entry.id { metadata["entry_id"] = id }
        if let comments = entry.comments { metadata["comments"] = comments }
        if !entry.truncatedFields.isEmpty { metadata["truncated_fields"] = entry.truncatedFields.joined(separator: ",") }
        var authors = entry.authors.compactMap(\.name)
        if authors.isEmpty, let author = entry.author { authors = [author] }
        return Document(
            id: Document.stableID(url: url, source: source, body: html),
            kind: .feedEntry, source: source, url: url, title: entry.title, published: entry.published,
            publishedSource: entry.published == nil ? nil : .feed, updated: entry.updated, fetched: fetched,
            language: entry.language, authors: authors,
            categories: entry.categories.compactMap(\.term), summary: entry.summary, html: html,
            metadata: metadata)
    }

    /// Fills the feed-level values of an entry's document.
    private static func complete(_ document: inout Document, hasLanguage: Bool, feed: ParsedFeed) {
        document.outlet = feed.feed.title
        if !hasLanguage { document.language = feed.feed.language }
        document.encoding = feed.encoding
        document.feedTitle = feed.feed.title
        document.feedLink = feed.feed.link
        if let version = feed.version { document.metadata["feed_version"] = version }
        if !feed.wellFormed { document.metadata["feed_error"] = feed.error ?? "not well-formed" }
    }

    private static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
