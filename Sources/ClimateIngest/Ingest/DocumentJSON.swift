import ClimateCore
import Foundation

/// Writes a `Document` as one JSON object with a fixed key order (docs/INGEST-SCHEMA.md).
///
/// Every key is always present (absent values are `null`, absent lists `[]`), so each line has
/// the same shape; the large `text` and `html` bodies come last. `metadata` keys are sorted.
/// The object is written in six sections (see `write`); feed readers write a document's own
/// sections early and the feed-level ones once the whole feed is read (`FeedLineWriter`).
public enum DocumentJSON {
    /// The keys in output order.
    public static let keys = [
        "id", "kind", "source", "url", "title", "published", "published_source", "updated", "fetched",
        "outlet", "language", "authors", "categories", "summary", "encoding", "feed_title", "feed_link",
        "metadata", "text", "html",
    ]

    /// Appends `document` as one JSON object to `writer` (no newline).
    public static func write(_ document: Document, to writer: inout JSONWriter) {
        writer.beginObject()
        writeOpening(document, to: &writer)
        writeOutlet(document.outlet, language: document.language, to: &writer)
        writeListsAndSummary(document, to: &writer)
        writeFeedContext(encoding: document.encoding, feedTitle: document.feedTitle, feedLink: document.feedLink,
                         to: &writer)
        writeMetadata(document.metadata.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }),
                      to: &writer)
        writeBodies(document, to: &writer)
        writer.endObject()
    }

    /// `document` as one JSON line (with the trailing newline).
    public static func line(_ document: Document) -> String {
        var writer = JSONWriter(capacity: 4096)
        write(document, to: &writer)
        writer.newline()
        return writer.string
    }

    /// Section 1: `id` … `fetched`.
    static func writeOpening(_ document: Document, to writer: inout JSONWriter) {
        writer.key("id"); writer.string(document.id)
        writer.key("kind"); writer.string(document.kind.rawValue)
        writer.key("source"); writer.string(document.source)
        optional("url", document.url, &writer)
        optional("title", document.title, &writer)
        optional("published", document.published, &writer)
        optional("published_source", document.publishedSource?.rawValue, &writer)
        optional("updated", document.updated, &writer)
        optional("fetched", document.fetched, &writer)
    }

    /// Section 2: `outlet`, `language`.
    static func writeOutlet(_ outlet: String?, language: String?, to writer: inout JSONWriter) {
        optional("outlet", outlet, &writer)
        optional("language", language, &writer)
    }

    /// Section 3: `authors`, `categories`, `summary`.
    static func writeListsAndSummary(_ document: Document, to writer: inout JSONWriter) {
        writer.field("authors", strings: document.authors)
        writer.field("categories", strings: document.categories)
        optional("summary", document.summary, &writer)
    }

    /// Section 4: `encoding`, `feed_title`, `feed_link`.
    static func writeFeedContext(encoding: String?, feedTitle: String?, feedLink: String?,
                                 to writer: inout JSONWriter) {
        optional("encoding", encoding, &writer)
        optional("feed_title", feedTitle, &writer)
        optional("feed_link", feedLink, &writer)
    }

    /// Section 5: `metadata`, from pairs already sorted by key (UTF-8 order).
    static func writeMetadata(_ sorted: [(key: String, value: String)], to writer: inout JSONWriter) {
        writer.key("metadata")
        writer.beginObject()
        for (key, value) in sorted {
            writer.key(key)
            writer.string(value)
        }
        writer.endObject()
    }

    /// Section 6: `text`, `html`.
    static func writeBodies(_ document: Document, to writer: inout JSONWriter) {
        optional("text", document.text, &writer)
        optional("html", document.html, &writer)
    }

    private static func optional(_ key: String, _ value: Date?, _ writer: inout JSONWriter) {
        writer.key(key)
        if let value { writer.date(value) } else { writer.null() }
    }

    private static func optional(_ key: String, _ value: String?, _ writer: inout JSONWriter) {
        writer.key(key)
        if let value { writer.string(value) } else { writer.null() }
    }
}
