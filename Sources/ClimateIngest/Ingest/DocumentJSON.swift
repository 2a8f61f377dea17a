import ClimateCore
import Foundation

/// Writes a `Document` as one JSON object with a fixed key order (docs/INGEST-SCHEMA.md).
///
/// Every key is always present (absent values are `null`, absent lists `[]`), so each line has
/// the same shape; the large `text` and `html` bodies come last. `metadata` keys are sorted.
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
        writer.key("id"); writer.string(document.id)
        writer.key("kind"); writer.string(document.kind.rawValue)
        writer.key("source"); writer.string(document.source)
        optional("url", document.url, &writer)
        optional("title", document.title, &writer)
        optional("published", document.published, &writer)
        optional("published_source", document.publishedSource?.rawValue, &writer)
        optional("updated", document.updated, &writer)
        optional("fetched", document.fetched, &writer)
        optional("outlet", document.outlet, &writer)
        optional("language", document.language, &writer)
        writer.field("authors", strings: document.authors)
        writer.field("categories", strings: document.categories)
        optional("summary", document.summary, &writer)
        optional("encoding", document.encoding, &writer)
        optional("feed_title", document.feedTitle, &writer)
        optional("feed_link", document.feedLink, &writer)
        writer.key("metadata")
        writer.beginObject()
        for (key, value) in document.metadata.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            writer.key(key)
            writer.string(value)
        }
        writer.endObject()
        optional("text", document.text, &writer)
        optional("html", document.html, &writer)
        writer.endObject()
    }

    /// `document` as one JSON line (with the trailing newline).
    public static func line(_ document: Document) -> String {
        var writer = JSONWriter(capacity: 4096)
        write(document, to: &writer)
        writer.newline()
        return writer.string
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
