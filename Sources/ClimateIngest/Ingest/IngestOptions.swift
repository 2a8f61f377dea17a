/// Settings for one ingest run.
public struct IngestOptions: Sendable, Hashable {
    /// The default per-document size limit: 64 MiB.
    public static let defaultMaxDocumentBytes = 64 * 1024 * 1024

    /// Largest document accepted, in bytes: an HTML page or feed file (after gunzip), a JSONL
    /// line, or a WARC record payload. Larger ones are rejected with a message naming the limit.
    public var maxDocumentBytes: Int
    /// The most rejections kept in the summary's list (all are counted).
    public var maxListedRejects: Int

    public init(maxDocumentBytes: Int = IngestOptions.defaultMaxDocumentBytes, maxListedRejects: Int = 10_000) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxListedRejects = maxListedRejects
    }
}
