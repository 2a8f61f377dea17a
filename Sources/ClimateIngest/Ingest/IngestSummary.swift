import ClimateCore

/// Counts of one ingest run, for one input, one kind, or the whole batch.
///
/// Items are what an input holds: a page for HTML, a non-blank line for JSONL, an entry for a
/// feed, a record for WARC; an input that fails as a whole (unreadable, empty, unknown) counts as
/// one item read and rejected. `read = parsed + recovered + rejected + skipped`.
public struct IngestCounts: Sendable, Hashable {
    /// Items examined.
    public var read = 0
    /// Items turned into documents from well-formed data.
    public var parsed = 0
    /// Items turned into documents despite defects (malformed feed, undecodable bytes, a field
    /// that had to be dropped); the defect is noted in the document's metadata.
    public var recovered = 0
    /// Items rejected (listed in the summary with reason and fix).
    public var rejected = 0
    /// Items deliberately not turned into documents (e.g. WARC request or image records).
    public var skipped = 0

    public init() {}

    /// Documents emitted: parsed + recovered.
    public var documents: Int { parsed + recovered }

    static func += (lhs: inout IngestCounts, rhs: IngestCounts) {
        lhs.read += rhs.read
        lhs.parsed += rhs.parsed
        lhs.recovered += rhs.recovered
        lhs.rejected += rhs.rejected
        lhs.skipped += rhs.skipped
    }
}

/// What happened to one input (a file, or `-` for stdin).
public struct InputReport: Sendable, Hashable {
    public var input: String
    /// The kind it was read as; nil when it was rejected before classification.
    public var kind: InputKind?
    public var counts: IngestCounts

    public init(input: String, kind: InputKind?, counts: IngestCounts) {
        self.input = input
        self.kind = kind
        self.counts = counts
    }
}

/// The outcome of `Ingestor.ingest`: totals, per-kind and per-input counts, and every rejection.
public struct IngestSummary: Sendable {
    public var totals = IngestCounts()
    public var byKind: [InputKind: IngestCounts] = [:]
    /// One report per input file, in processing order.
    public var inputs: [InputReport] = []
    /// Rejections in order (at most `IngestOptions.maxListedRejects`).
    public var rejects: [Reject] = []
    /// Rejections counted but not kept in `rejects` because the list was full.
    public var unlistedRejects = 0
    /// Set when the run stopped early (e.g. the output could not be written).
    public var fatalError: String?

    public init() {}

    /// One-line totals: `read N, parsed N, recovered N, rejected N, skipped N, documents N`.
    public var totalsLine: String { Self.line(totals) }

    static func line(_ counts: IngestCounts) -> String {
        "read \(counts.read), parsed \(counts.parsed), recovered \(counts.recovered), "
            + "rejected \(counts.rejected), skipped \(counts.skipped), documents \(counts.documents)"
    }

    /// The human summary printed on stderr: totals, per kind, then every listed rejection.
    public var report: String {
        var lines = ["ingest: \(inputs.count) input(s): " + totalsLine]
        for kind in byKind.keys.sorted() {
            if let counts = byKind[kind] { lines.append("  \(kind.rawValue): " + Self.line(counts)) }
        }
        if !rejects.isEmpty { lines.append("rejected (\(totals.rejected)):") }
        for reject in rejects { lines.append("  " + reject.line) }
        if unlistedRejects > 0 { lines.append("  ... and \(unlistedRejects) more rejections not listed") }
        if let fatalError { lines.append("ingest stopped: " + fatalError) }
        return lines.joined(separator: "\n")
    }
}
