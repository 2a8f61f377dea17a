import Foundation

/// Readers for input kinds parsed by other parts of the module (feeds, WARC), plugged in by name.
///
/// Each hook reads one file by path and reports every item through the `IngestContext`. The
/// hooks live in `FeedDocuments.swift` and `WARCDocuments.swift`; `builtIn` lists those compiled
/// into this binary. A kind without a hook is rejected with a clear message.
struct ExternalReader: Sendable {
    /// Reads the file at `path`; `input` is the name to use in sources and rejections, `fetched`
    /// the input file's modification time (nil for stdin).
    var read: @Sendable (_ path: String, _ input: String, _ fetched: Date?, _ context: IngestContext) throws -> Void
    /// Whether the reader decompresses gzip itself (otherwise it is given a decompressed copy).
    var handlesGzip: Bool
}

extension ExternalReader {
    /// The readers compiled into this binary, by kind.
    static let builtIn: [InputKind: ExternalReader] = [.feed: FeedDocuments.reader, .warc: WARCDocuments.reader]
}
