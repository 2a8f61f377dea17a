import Foundation

/// One WARC record: its header, and its block split into HTTP head and payload.
///
/// For `application/http` records (response, request, revisit with an http(s) target) the
/// HTTP head is parsed and `payload` is what follows it; for other records `payload` is the
/// whole block. `payload` is as stored; `decodedPayload()` removes transfer and content
/// encodings.
public struct WARCRecord: Sendable {
    /// Position among all records of the file (0-based).
    public var index: Int
    /// Byte offset to seek to: of the record (plain files) or of its gzip member.
    public var offset: Int
    /// The version line, e.g. `WARC/1.0`.
    public var version: String
    /// `WARC-Type`, unfolded and trimmed (`""` when absent).
    public var type: String
    /// `WARC-Type` as written (continuation lines joined verbatim), nil when absent.
    public var typeAsWritten: String?
    /// Every WARC header field in order.
    public var headers: WARCHeaders
    /// `WARC-Target-URI` as warcio reports it: `<…>` brackets dropped, spaces as `%20`.
    public var targetURI: String?
    /// `WARC-Date`, parsed.
    public var date: Date?
    /// The WARC `Content-Type` (of the block).
    public var warcContentType: String?
    /// `Content-Length` from the header.
    public var contentLength: Int
    /// The parsed HTTP head, for HTTP records.
    public var http: HTTPHead?
    /// The payload as stored (after the HTTP head, if any).
    public var payload: [UInt8]
    /// The block ended before `Content-Length` bytes (the file or gzip member was cut short).
    public var isTruncated: Bool

    /// HTTP `Content-Type` for HTTP records, else the WARC `Content-Type`.
    public var contentType: String? { http != nil ? http?.headers.value("Content-Type") : warcContentType }

    /// The HTTP status code (`200`), for HTTP responses.
    public var httpStatus: Int? { http?.statusCode.flatMap { Int($0) } }

    /// HTTP header fields, for HTTP records.
    public var httpHeaders: WARCHeaders? { http?.headers }

    /// The payload with chunked transfer coding and gzip/deflate content coding removed;
    /// the stored bytes when decoding fails (see `PayloadDecoder`).
    public func decodedPayload() -> [UInt8] {
        guard let http else { return payload }
        return PayloadDecoder.decode(payload, headers: http.headers)
    }

    /// Record types whose block may hold an HTTP message.
    static let httpTypes: Set<String> = ["response", "request", "revisit"]

    /// warcio's clean-up of `WARC-Target-URI`: brackets some wget versions wrote are dropped,
    /// spaces (invalid in a URI) become `%20`.
    static func normaliseTargetURI(_ raw: String?) -> String? {
        guard var uri = raw?.trimmingTrailingWhitespace() else { return nil }
        uri = String(uri.drop { $0 == " " || $0 == "\t" })
        if uri.hasPrefix("<") && uri.hasSuffix(">") && uri.count >= 2 { uri = String(uri.dropFirst().dropLast()) }
        return uri.replacingOccurrences(of: " ", with: "%20")
    }
}
