import Foundation

/// Reads the records of a WARC file (WARC/0.17, 0.18, 1.0, 1.1; plain or gzip) one at a time.
///
/// Memory is bounded by the largest record, not the file: the file is read in chunks and
/// each record's block is held only while it is returned. Reading stops at the first error;
/// `next()` throws it once, then returns nil, and `error` keeps it (records before it were
/// returned). Problems that can be worked around become `warnings`:
///
/// - a block shorter than its `Content-Length` (the file or gzip member ends early) is returned
///   with `isTruncated` set, as warcio does;
/// - a block not followed by a blank line (wrong `Content-Length`): the stray line is skipped
///   and reading goes on if the next record starts right there, else stops with an error.
///
/// With `Options(strict: true)` both become errors that stop reading. Copies of a reader share
/// one position in the file.
///
/// ## Topics
/// - ``init(path:options:)``
/// - ``next()``
/// - ``error``
/// - ``warnings``
public struct WARCReader {
    /// How tolerant reading is.
    public struct Options: Sendable {
        /// Truncated blocks and blocks not followed by a blank line stop reading with an error.
        public var strict: Bool
        public init(strict: Bool = false) { self.strict = strict }
    }

    private let state: WARCReaderState

    /// Opens `path`; gzip is recognised by its magic bytes, whatever the file is called.
    public init(path: String, options: Options = Options()) throws(WARCError) {
        state = WARCReaderState(source: try WARCByteSource(path: path), options: options)
    }

    /// The next record; nil at the end of the file (or after an error was thrown).
    public mutating func next() throws(WARCError) -> WARCRecord? { try state.next() }

    /// The error that stopped reading, if any.
    public var error: WARCError? { state.error }

    /// Problems worked around so far.
    public var warnings: [WARCWarning] { state.warnings }

    /// Whether the file is gzip-compressed.
    public var isGzip: Bool { state.source.isGzip }
}

/// The mutable side of `WARCReader`.
final class WARCReaderState {
    let source: WARCByteSource
    let options: WARCReader.Options
    private(set) var error: WARCError?
    private(set) var warnings: [WARCWarning] = []
    private var index = 0
    private var pending: (line: ArraySlice<UInt8>, offset: Int)?
    private var lastMemberStart = -1
    private var warnedSharedMember = false

    init(source: WARCByteSource, options: WARCReader.Options) {
        self.source = source
        self.options = options
    }

    func next() throws(WARCError) -> WARCRecord? {
        guard error == nil else { return nil }
        do {
            while true {
                switch try readRecord() {
                case .record(let record): return record
                case .dropped: continue
                case .end: return nil
                }
            }
        } catch {
            self.error = error
            throw error
        }
    }

    static let versions: Set<String> = ["WARC/1.0", "WARC/1.1", "WARC/0.17", "WARC/0.18"]

    /// A version line starts with one of `versions` (case-insensitive), as warcio checks it.
    static func isVersionLine(_ text: String) -> Bool {
        let upper = text.uppercased()
        return versions.contains { upper.hasPrefix($0) }
    }

    /// What one step of reading found.
    private enum Step {
        case record(WARCRecord)
        /// A response or request cut off before any of its block: nothing of it can be used.
        case dropped
        case end
    }

    private func readRecord() throws(WARCError) -> Step {
        guard let (first, offset) = try firstLine() else { return .end }
        if source.isGzip {
            if offset == lastMemberStart && !warnedSharedMember {
                warn("several records share the gzip member at offset \(offset) (whole-file gzip: offsets are not seek points)")
                warnedSharedMember = true
            }
            lastMemberStart = offset
        }
        let versionText = WARCHeaders.decode(first).trimmingTrailingWhitespace()
        guard Self.isVersionLine(versionText) else {
            throw .invalidVersionLine(offset: offset, line: String(versionText.prefix(80)))
        }
        var lines: [ArraySlice<UInt8>] = []
        var headerComplete = false
        while let line = try source.readLine() {
            if WARCHeaders.isBlank(line) { headerComplete = true; break }
            lines.append(line)
        }
        if !headerComplete {
            if options.strict { throw .truncatedHeader(offset: offset) }
            warn("truncated at offset \(offset): the \(source.isGzip ? "gzip member" : "file") ends inside the record header")
        }
        let headers = WARCHeaders.parse(lines)

        var length: Int?
        if let text = headers.value("Content-Length") {
            if let value = Int(text), value >= 0 {
                length = value
            } else {
                if options.strict { throw .badContentLength(offset: offset, value: text) }
                warn("bad Content-Length '\(text.prefix(40))' at offset \(offset): read as 0")
                length = 0
            }
        } else if headerComplete {
            warn("no Content-Length at offset \(offset): the block runs to the end of the \(source.isGzip ? "gzip member" : "file")")
        }
        let block = headerComplete ? try source.read(length ?? Int.max) : []
        var truncated = !headerComplete
        if let length, block.count < length, headerComplete {
            if options.strict { throw .truncatedBlock(offset: offset, expected: length, present: block.count) }
            warn("truncated at offset \(offset): Content-Length \(length), \(block.count) bytes present")
            truncated = true
        }
        if length != nil && !truncated { try skipRecordEnd(offset: offset) }
        if truncated && block.isEmpty && length != 0 && needsHTTPHead(headers) {
            warn("record at offset \(offset) dropped: cut off before its block")
            return .dropped
        }
        return .record(makeRecord(
            version: versionText, headers: headers, block: block, length: length, offset: offset, truncated: truncated))
    }

    /// The first non-blank line of the next record (and its offset); nil at the end of the file.
    private func firstLine() throws(WARCError) -> (ArraySlice<UInt8>, Int)? {
        if let pending {
            self.pending = nil
            return (pending.line, pending.offset)
        }
        while true {
            let offset = source.recordOffset
            if let line = try source.readLine() {
                if WARCHeaders.isBlank(line) { continue }
                return (line, offset)
            }
            guard try source.startNextMember() else { return nil }
        }
    }

    /// Consumes the blank lines after a block (CRLF CRLF). A non-blank first line means a wrong
    /// Content-Length: it is skipped with a warning (or kept when it is itself a version line).
    private func skipRecordEnd(offset: Int) throws(WARCError) {
        var isFirst = true
        while true {
            let lineOffset = source.recordOffset
            guard let line = try source.readLine() else { return }
            if WARCHeaders.isBlank(line) { isFirst = false; continue }
            if isFirst {
                let text = WARCHeaders.decode(line).trimmingTrailingWhitespace()
                if options.strict { throw .notTerminated(offset: offset, line: String(text.prefix(80))) }
                warn("record at offset \(offset) is not followed by a blank line but by '\(text.prefix(80))' (Content-Length probably wrong)")
                isFirst = false
                if Self.isVersionLine(text) { pending = (line, lineOffset); return }
                continue
            }
            pending = (line, lineOffset)
            return
        }
    }

    /// A response or request whose target is http(s): its block must start with an HTTP head.
    private func needsHTTPHead(_ headers: WARCHeaders) -> Bool {
        let type = headers.value("WARC-Type") ?? ""
        guard type == "response" || type == "request",
              let uri = WARCRecord.normaliseTargetURI(headers.raw("WARC-Target-URI")) else { return false }
        return uri.hasPrefix("http:") || uri.hasPrefix("https:")
    }

    private func makeRecord(
        version: String, headers: WARCHeaders, block: [UInt8], length: Int?, offset: Int, truncated: Bool
    ) -> WARCRecord {
        let type = headers.value("WARC-Type") ?? ""
        let target = WARCRecord.normaliseTargetURI(headers.raw("WARC-Target-URI"))
        var http: HTTPHead?
        var payload = block
        if WARCRecord.httpTypes.contains(type), !block.isEmpty, let target,
           target.hasPrefix("http:") || target.hasPrefix("https:") {
            if let head = HTTPHead.parse(block, request: type == "request") {
                http = head
                payload = Array(block[head.length...])
            } else if type == "response" {
                warn("response at offset \(offset) does not start with an HTTP status line: the block is kept as the payload")
            }
        }
        let record = WARCRecord(
            index: index, offset: offset, version: version, type: type, typeAsWritten: headers.raw("WARC-Type"),
            headers: headers, targetURI: target, date: headers.value("WARC-Date").flatMap(DateParser.parse),
            warcContentType: headers.value("Content-Type"), contentLength: length ?? block.count, http: http,
            payload: payload, isTruncated: truncated)
        index += 1
        return record
    }

    private func warn(_ message: String) {
        warnings.append(WARCWarning(recordIndex: index, message: message))
    }
}
