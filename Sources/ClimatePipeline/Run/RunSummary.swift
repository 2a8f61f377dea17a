import ClimateCore
import Foundation

/// What a run did: counts, stage timings and every reject, for the manifest and the summary.
public struct RunSummary: Sendable {
    public var runID: Int64 = 0
    /// Input files read this run, and files skipped as unchanged.
    public var filesRead = 0
    public var filesSkipped = 0
    /// Documents ingested, processed (extract → tag → store), and skipped as already stored.
    public var documents = 0
    public var processed = 0
    public var skipped = 0
    /// Units that changed the store (new or updated documents, articles or tags).
    public var written = 0
    public var articles = 0
    public var tagSets = 0
    /// Articles whose cluster changed.
    public var reclustered = 0
    /// Rejects of this run (new ones and those carried over from unchanged inputs), by input.
    public var rejects: [Reject] = []
    /// Seconds by stage (extract, dedup, tag: CPU seconds summed over jobs; store, cluster, total: wall).
    public var timings: [String: Double] = [:]
    /// Set when the run stopped early.
    public var fatalError: String?

    public init() {}

    /// Counts for the run manifest.
    public var counts: [String: Int] {
        ["files_read": filesRead, "files_skipped": filesSkipped, "documents": documents, "processed": processed,
         "skipped": skipped, "written": written, "articles": articles, "tag_sets": tagSets, "rejects": rejects.count,
         "reclustered": reclustered]
    }

    /// The final summary for stderr, listing every reject.
    public var report: String {
        let seconds = timings["total"] ?? 0
        let rate = seconds > 0 ? Double(processed) / seconds : 0
        var lines = [
            "run \(runID): \(filesRead) files read, \(filesSkipped) unchanged; \(documents) documents: \(processed) processed, "
                + "\(skipped) already stored; \(articles) articles, \(tagSets) tag sets, \(written) units written; "
                + "\(reclustered) cluster changes; \(rejects.count) rejected",
            String(format: "time: %.2f s (%.0f documents/s)", seconds, rate)
                + timings.keys.sorted().filter { $0 != "total" }.map { String(format: ", %@ %.2f s", $0, timings[$0] ?? 0) }.joined(),
        ]
        lines += rejects.map { "  rejected [\($0.stage)] \($0.line)" }
        if let fatalError { lines.append("run stopped: \(fatalError)") }
        return lines.joined(separator: "\n")
    }
}
