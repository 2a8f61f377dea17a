import ClimateCore
import Foundation

/// Writes a `ParsedFeed` as JSON in the shape of `shared/data/feeds/README.md` ("Expected JSON shape").
///
/// Absent fields are left out (the checkers treat absent and null alike); dates are UTC
/// `YYYY-MM-DDTHH:MM:SSZ`. Extra keys: `error` (first problem) and `truncated` (capped fields).
public enum FeedJSON {
    /// One JSONL line `{"id": id, "parsed": {...}}` (without the newline).
    public static func line(id: String, parsed: ParsedFeed) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("id", id)
        w.key("parsed")
        write(parsed, into: &w)
        w.endObject()
        return w.bytes
    }

    /// One JSONL line `{"id": id, "error": message}` for a record that could not be parsed at all.
    public static func errorLine(id: String, message: String) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.field("id", id)
        w.field("error", message)
        w.endObject()
        return w.bytes
    }

    /// Writes the `parsed` object.
    public static func write(_ p: ParsedFeed, into w: inout JSONWriter) {
        w.beginObject()
        writeHeader(p, into: &w)
        w.key("entries")
        w.beginArray()
        for entry in p.entries { write(entry, into: &w) }
        w.endArray()
        w.endObject()
    }

    /// Writes the keys of `parsed` other than `entries` into an open object.
    static func writeHeader(_ p: ParsedFeed, into w: inout JSONWriter) {
        w.field("well_formed", p.wellFormed)
        w.field("error", p.error)
        w.field("encoding", p.encoding)
        w.field("version", p.version)
        if !p.truncatedFields.isEmpty { w.field("truncated", strings: p.truncatedFields) }
        w.key("feed")
        writeFeed(p.feed, into: &w)
    }

    /// Streams `{"id": id, "parsed": {"entries": [...], ...}}` for a feed file: each entry is written
    /// through `emit` as soon as it is parsed, so memory stays bounded for very large feeds.
    /// The line ends without a newline. Throws only for I/O errors before anything was written.
    public static func streamLine(id: String, path: String, options: FeedParseOptions,
                                  emit: ([UInt8]) -> Void) throws {
        var head = JSONWriter(capacity: 256)
        head.beginObject()
        head.field("id", id)
        head.key("parsed")
        head.beginObject()
        head.key("entries")
        head.beginArray()
        var buffer = head.bytes
        var first = true
        let result = try FeedParser.stream(path: path, options: options) { entry in
            var w = JSONWriter(capacity: 2048)
            write(entry, into: &w)
            if !first { buffer.append(UInt8(ascii: ",")) }
            first = false
            buffer.append(contentsOf: w.bytes)
            if buffer.count >= 1 << 16 { emit(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        var tail = JSONWriter(capacity: 1024)
        tail.beginObject()
        writeHeader(result, into: &tail)
        tail.endObject()
        buffer.append(UInt8(ascii: "]"))
        buffer.append(UInt8(ascii: ","))
        buffer.append(contentsOf: tail.bytes.dropFirst())
        buffer.append(UInt8(ascii: "}"))
        emit(buffer)
    }

    private static func writeFeed(_ f: FeedMetadata, into w: inout JSONWriter) {
        w.beginObject()
        text("title", f.titleDetail, &w)
        text("subtitle", f.subtitleDetail, &w)
        w.field("link", f.link)
        links(f.links, &w)
        w.field("id", f.id)
        w.field("language", f.language)
        w.field("updated", f.updated)
        w.field("published", f.published)
        people(f.author, f.authorDetail, f.authors, &w)
        text("rights", f.rightsDetail, &w)
        categories(f.categories, &w)
        w.endObject()
    }

    /// Writes one entry object.
    public static func write(_ e: FeedEntry, into w: inout JSONWriter) {
        w.beginObject()
        text("title", e.titleDetail, &w)
        w.field("link", e.link)
        links(e.links, &w)
        w.field("id", e.id)
        w.field("published", e.published)
        w.field("updated", e.updated)
        people(e.author, e.authorDetail, e.authors, &w)
        text("summary", e.summaryDetail, &w)
        if !e.content.isEmpty {
            w.key("content")
            w.beginArray()
            for c in e.content { detail(c, &w) }
            w.endArray()
        }
        categories(e.categories, &w)
        let enclosures = e.enclosures
        if !enclosures.isEmpty {
            w.key("enclosures")
            w.beginArray()
            for x in enclosures {
                w.beginObject(); w.field("href", x.href); w.field("type", x.type); w.field("length", x.length); w.endObject()
            }
            w.endArray()
        }
        w.field("comments", e.comments)
        text("rights", e.rightsDetail, &w)
        w.field("language", e.language)
        if !e.truncatedFields.isEmpty { w.field("truncated", strings: e.truncatedFields) }
        w.endObject()
    }

    private static func text(_ name: String, _ value: FeedText?, _ w: inout JSONWriter) {
        guard let value else { return }
        w.field(name, value.value)
        w.key(name + "_detail")
        detail(value, &w)
    }

    private static func detail(_ value: FeedText, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("type", value.type)
        w.field("language", value.language)
        w.field("value", value.value)
        w.endObject()
    }

    private static func links(_ links: [FeedLink], _ w: inout JSONWriter) {
        guard !links.isEmpty else { return }
        w.key("links")
        w.beginArray()
        for l in links {
            w.beginObject()
            w.field("href", l.href); w.field("rel", l.rel); w.field("type", l.type)
            w.field("title", l.title); w.field("length", l.length)
            w.endObject()
        }
        w.endArray()
    }

    private static func person(_ p: FeedPerson, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("name", p.name); w.field("email", p.email); w.field("href", p.href)
        w.endObject()
    }

    private static func people(_ author: String?, _ detail: FeedPerson?, _ all: [FeedPerson], _ w: inout JSONWriter) {
        w.field("author", author)
        if let detail { w.key("author_detail"); person(detail, &w) }
        guard !all.isEmpty else { return }
        w.key("authors")
        w.beginArray()
        for p in all { person(p, &w) }
        w.endArray()
    }

    private static func categories(_ list: [FeedCategory], _ w: inout JSONWriter) {
        guard !list.isEmpty else { return }
        w.key("categories")
        w.beginArray()
        for c in list {
            w.beginObject(); w.field("term", c.term); w.field("scheme", c.scheme); w.field("label", c.label); w.endObject()
        }
        w.endArray()
    }
}
