/// The HTTP message head at the start of an `application/http` record block.
///
/// `statusLine` is the first line (`HTTP/1.1 200 OK`, or `GET /path HTTP/1.1` for requests);
/// the payload starts after the empty line that ends the header fields. A head without that
/// empty line takes the whole block (the payload is then empty), as warcio does.
public struct HTTPHead: Sendable, Equatable {
    /// The first line, right-trimmed.
    public var statusLine: String
    /// Header fields in order, repeats kept.
    public var headers: WARCHeaders
    /// Bytes of the block taken by the head (status line, fields, empty line).
    public var length: Int

    /// The status code of a response (`"200"` in `HTTP/1.1 200 OK`), as written.
    public var statusCode: String? {
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].uppercased().hasPrefix("HTTP/") else { return nil }
        return String(parts[1])
    }

    /// Methods a request line may start with.
    static let methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "OPTIONS", "CONNECT", "PATCH"]

    /// Parses the head of `block`: a status line starting `HTTP/` (responses, revisits) or a
    /// method (requests). Nil when the first line is neither.
    static func parse(_ block: [UInt8], request: Bool) -> HTTPHead? {
        var index = 0
        var lines: [ArraySlice<UInt8>] = []
        var statusLine: String?
        while index < block.count {
            let end = block[index...].firstIndex(of: 0x0A).map { $0 + 1 } ?? block.count
            let line = block[index..<end]
            index = end
            if statusLine == nil {
                let text = WARCHeaders.decode(line).trimmingTrailingWhitespace()
                let upper = text.uppercased()
                let ok = request ? methods.contains { upper.hasPrefix($0 + " ") } : upper.hasPrefix("HTTP/")
                guard ok else { return nil }
                statusLine = text
                continue
            }
            if WARCHeaders.isBlank(line) { break }
            lines.append(line)
        }
        guard let statusLine else { return nil }
        return HTTPHead(statusLine: statusLine, headers: WARCHeaders.parse(lines), length: index)
    }
}
