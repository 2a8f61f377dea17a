import ClimateCore
import Foundation

/// Turns the bytes of one HTML page into a `Document`.
///
/// The encoding is decided by `HTMLDecoder`, then libxml2 reads the page's title, language,
/// canonical URL, site name and declared publication time (`HTMLPageMetadata`). A page with
/// undecodable bytes is still a document, marked as recovered.
public enum HTMLPageReader {
    /// The document for `bytes` read from `source`; `fetched` is the file's modification time.
    public static func document(bytes: [UInt8], source: String, fetched: Date?,
                                contentType: String? = nil) -> (document: Document, recovered: Bool) {
        let decoded = HTMLDecoder.decode(bytes, contentType: contentType)
        let page = HTMLPageMetadata.read(html: decoded.text)
        let url = page.url
        var metadata = ["encoding_decided_by": decoded.decidedBy.rawValue]
        if let label = decoded.declaredLabel { metadata["declared_charset"] = label }
        if decoded.replacements > 0 { metadata["undecodable_bytes"] = String(decoded.replacements) }
        var published: Date?
        if let time = page.publishedTime {
            published = DateParser.parse(time)
            if published == nil { metadata["article:published_time"] = time }
        }
        let document = Document(
            id: Document.stableID(url: url, source: source, body: decoded.text),
            kind: .htmlPage, source: source, url: url, title: page.title, published: published,
            publishedSource: published == nil ? nil : .meta, fetched: fetched, outlet: page.siteName,
            language: page.language, html: decoded.text, encoding: decoded.encoding, metadata: metadata)
        return (document, decoded.replacements > 0)
    }
}
