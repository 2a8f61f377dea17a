import ClimateCore
import Foundation

/// Maps one JSON object of a JSONL dump to a `Document`.
///
/// Known fields (docs/INPUT-FORMATS.md): `url`, `title`, `published`, `outlet`, `language`,
/// `html`, `text`, `id`, `summary`, `authors`, `categories`, `fetched`. Each must be a string (or
/// null); `id` may be a number, `published`/`fetched` a Unix time in seconds or milliseconds;
/// `authors` and `categories` may be a string or an array of strings or `{"name": ...}` objects. Every other field is kept as
/// text in `metadata`. A record needs a non-empty `html` or `text`.
enum DumpRecord {
    /// Why a record cannot become a document.
    struct Problem: Error, Sendable, Hashable {
        var reason: String
        var fix: String
    }

    static let stringFields: Set<String> = [
        "url", "title", "published", "outlet", "language", "html", "text", "id", "summary", "fetched",
    ]
    static let listFields: Set<String> = ["authors", "categories"]
    static let dateFields: Set<String> = ["published", "fetched"]

    /// A Unix time in seconds (milliseconds when 10^11 or more), between 1900 and 2200.
    static func epochDate(_ raw: String) -> Date? {
        guard var seconds = Double(raw), seconds.isFinite else { return nil }
        if abs(seconds) >= 1e11 { seconds /= 1000 }
        guard seconds >= -2_208_988_800, seconds < 7_258_118_400 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// The document for `value` found at `source` (`path#line=N`); `recovered` when a field had to
    /// be set aside (an unreadable date) or a string held invalid UTF-8.
    static func document(_ value: JSONValue, source: String, hadInvalidUTF8: Bool)
        throws(Problem) -> (document: Document, recovered: Bool) {
        guard case .object(let members) = value else {
            throw Problem(reason: "the line is \(value.typeName), not a JSON object",
                          fix: "write one JSON object per line")
        }
        var strings: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var metadata: [String: String] = [:]
        var epochs: [String: Date] = [:]
        for member in members {
            if stringFields.contains(member.key) {
                switch member.value {
                case .string(let text): strings[member.key] = text
                case .null: strings[member.key] = nil
                case .number(let raw) where member.key == "id": strings["id"] = raw
                case .number(let raw) where dateFields.contains(member.key):
                    guard let date = epochDate(raw) else { throw wrongType(member, expected: "a date string") }
                    epochs[member.key] = date
                default: throw wrongType(member, expected: "a string")
                }
            } else if listFields.contains(member.key) {
                lists[member.key] = try stringList(member)
            } else {
                metadata[member.key] = member.value.text
            }
        }
        let html = nonEmpty(strings["html"])
        let text = nonEmpty(strings["text"])
        guard html != nil || text != nil else {
            throw Problem(reason: "no `html` or `text` field with content",
                          fix: "give each record the article body as `html` or `text`")
        }
        var recovered = hadInvalidUTF8
        if hadInvalidUTF8 { metadata["invalid_utf8"] = "true" }
        var published = epochs["published"]
        if published == nil {
            published = date(strings["published"], field: "published", metadata: &metadata, recovered: &recovered)
        }
        var fetched = epochs["fetched"]
        if fetched == nil {
            fetched = date(strings["fetched"], field: "fetched", metadata: &metadata, recovered: &recovered)
        }
        let url = nonEmpty(strings["url"])
        let dumpID = nonEmpty(strings["id"])
        if let dumpID { metadata["dump_id"] = dumpID }
        let document = Document(
            id: Document.stableID(url: url, source: dumpID ?? source, body: html ?? text),
            kind: .dumpRecord, source: source, url: url, title: nonEmpty(strings["title"]),
            published: published, publishedSource: published == nil ? nil : .dump, fetched: fetched,
            outlet: nonEmpty(strings["outlet"]), language: nonEmpty(strings["language"]),
            authors: lists["authors"] ?? [], categories: lists["categories"] ?? [],
            summary: nonEmpty(strings["summary"]), html: html, text: text, encoding: "utf-8", metadata: metadata)
        return (document, recovered)
    }

    /// A string or an array of strings (nulls dropped).
    private static func stringList(_ member: JSONMember) throws(Problem) -> [String] {
        switch member.value {
        case .null: return []
        case .string(let text): return nonEmpty(text).map { [$0] } ?? []
        case .array(let items):
            var out: [String] = []
            for item in items {
                switch item {
                case .string(let text): if let text = nonEmpty(text) { out.append(text) }
                case .null: continue
                case .object(let fields):
                    // `{"name": "..."}` as many exporters write people and tags.
                    let name = fields.last { $0.key == "name" || $0.key == "term" }?.value
                    guard case .string(let text)? = name else {
                        throw wrongType(member, expected: "a string or an array of strings")
                    }
                    if let text = nonEmpty(text) { out.append(text) }
                default: throw wrongType(member, expected: "a string or an array of strings")
                }
            }
            return out
        default:
            throw wrongType(member, expected: "a string or an array of strings")
        }
    }

    /// Parses a date field; an unreadable one is kept as text in metadata and marks the record recovered.
    private static func date(_ text: String?, field: String, metadata: inout [String: String],
                             recovered: inout Bool) -> Date? {
        guard let text = nonEmpty(text) else { return nil }
        if let date = DateParser.parse(text) { return date }
        metadata[field] = text
        metadata["unparsed_dates"] = (metadata["unparsed_dates"].map { $0 + "," } ?? "") + field
        recovered = true
        return nil
    }

    private static func wrongType(_ member: JSONMember, expected: String) -> Problem {
        Problem(reason: "field `\(member.key)` is \(member.value.typeName), expected \(expected)",
                fix: "write `\(member.key)` as \(expected) (or null)")
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy({ $0.isWhitespace }) else { return nil }
        return text
    }
}
