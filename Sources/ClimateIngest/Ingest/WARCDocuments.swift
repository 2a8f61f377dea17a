import ClimateCore
import Foundation

/// Turns the HTML records of a WARC file (read by `WARCReader`) into `Document`s.
///
/// A `response` record with HTTP status 200, or a `resource` record, whose content type is
/// `text/html` or `application/xhtml+xml` becomes a document of kind `warc_record`: url =
/// `WARC-Target-URI`, fetched = `WARC-Date`, html decoded by `HTMLDecoder` with the HTTP
/// `Content-Type` charset, source = `path#record=N` (1-based). Every other record (warcinfo,
/// request, metadata, revisit, images, redirects, errors) is counted as skipped, not rejected.
/// A payload over the size limit is rejected; a record cut short is kept and counted as
/// recovered. A reading error ends the file with a rejection naming the record.
enum WARCDocuments {
    /// The reader hook registered in `ExternalReader.builtIn`.
    static let reader = ExternalReader(read: { path, input, _, context in
        try read(path: path, input: input, context: context)
    }, handlesGzip: true)

    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    static func read(path: String, input: String, context: IngestContext) throws {
        var reader: WARCReader
        do {
            reader = try WARCReader(path: path)
        } catch {
            throw IngestError.parserFailed(input: input, kind: .warc, cause: error.localizedDescription)
        }
        var number = 0
        while true {
            let record: WARCRecord
            do {
                guard let next = try reader.next() else { return }
                record = next
            } catch {
                context.reject(Reject(input: "\(input)#record=\(number + 1)", stage: "ingest",
                                      reason: "the WARC reader stopped: \(error.localizedDescription)",
                                      fix: "the records before it were read; re-fetch or repair the file"))
                return
            }
            number += 1
            let source = "\(input)#record=\(number)"
            guard isHTMLPage(record) else {
                context.skip()
                continue
            }
            guard record.payload.count <= context.options.maxDocumentBytes else {
                context.reject(IngestError.tooLarge(input: source, limit: context.options.maxDocumentBytes).reject)
                continue
            }
            let (document, undecodable) = document(record, source: source)
            try context.emit(document, recovered: undecodable || record.isTruncated)
        }
    }

    /// Whether `record` is a successful HTML page (response 200 or resource).
    static func isHTMLPage(_ record: WARCRecord) -> Bool {
        let type = record.type.lowercased()
        guard type == "response" || type == "resource" else { return false }
        if type == "response", record.http != nil, record.httpStatus != 200 { return false }
        guard let contentType = record.contentType else { return false }
        let mediaType = contentType.split(separator: ";").first.map { String($0).trimmingSpaces().lowercased() } ?? ""
        return htmlTypes.contains(mediaType)
    }

    /// The document for an HTML record, and whether its bytes had undecodable sequences.
    static func document(_ record: WARCRecord, source: String) -> (Document, Bool) {
        let decoded = HTMLDecoder.decode(record.decodedPayload(), contentType: record.contentType)
        let page = HTMLPageMetadata.read(html: decoded.text)
        var metadata = ["warc_type": record.type, "encoding_decided_by": decoded.decidedBy.rawValue]
        if let id = record.headers.value("WARC-Record-ID") { metadata["warc_record_id"] = id }
        if let status = record.httpStatus { metadata["http_status"] = String(status) }
        if let contentType = record.contentType { metadata["content_type"] = contentType }
        if let canonical = page.url, canonical != record.targetURI { metadata["canonical_url"] = canonical }
        if record.isTruncated { metadata["truncated"] = "true" }
        if decoded.replacements > 0 { metadata["undecodable_bytes"] = String(decoded.replacements) }
        var published: Date?
        if let time = page.publishedTime {
            published = DateParser.parse(time)
            if published == nil { metadata["article:published_time"] = time }
        }
        let url = record.targetURI ?? page.url
        let document = Document(
            id: Document.stableID(url: url, source: source, body: decoded.text),
            kind: .warcRecord, source: source, url: url, title: page.title, published: published,
            publishedSource: published == nil ? nil : .meta, fetched: record.date, outlet: page.siteName,
            language: page.language, html: decoded.text, encoding: decoded.encoding, metadata: metadata)
        return (document, decoded.replacements > 0)
    }
}
