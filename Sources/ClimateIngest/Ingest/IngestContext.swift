import ClimateCore

/// The running state of one ingest: the summary being built, the options and the emit callback.
///
/// Readers report each item through it (`emit`, `reject`, `skip`); it keeps the per-input,
/// per-kind and total counts in step. Confined to the ingesting task.
final class IngestContext {
    /// Thrown through readers when the emit callback failed; ends the run.
    struct Stop: Error { let message: String }

    let options: IngestOptions
    private let emitDocument: (Document) throws -> Void
    private(set) var summary = IngestSummary()
    private var current: InputReport?

    private let progress: ((IngestCounts) -> Void)?

    /// Set when documents end up as JSON lines in this buffer (the `emit` callback writes them
    /// there): readers may then write a document's line themselves (`emitWritten`), e.g. feeds.
    let lines: OutputBuffer?

    init(options: IngestOptions, progress: ((IngestCounts) -> Void)? = nil, lines: OutputBuffer? = nil,
         emit: @escaping (Document) throws -> Void) {
        self.options = options
        self.progress = progress
        self.lines = lines
        self.emitDocument = emit
    }

    /// Starts the report for `input`; the previous one is closed.
    func begin(input: String) {
        finishInput()
        current = InputReport(input: input, kind: nil, counts: IngestCounts())
    }

    /// Records the kind the current input was classified as.
    func classify(_ kind: InputKind) { current?.kind = kind }

    /// Emits a document; `recovered` marks one read despite defects.
    func emit(_ document: Document, recovered: Bool = false) throws(Stop) {
        do {
            try emitDocument(document)
        } catch {
            throw Stop(message: "could not write document \(document.source): \(error)")
        }
        count { counts in
            counts.read += 1
            if recovered { counts.recovered += 1 } else { counts.parsed += 1 }
        }
    }

    /// Counts a document whose JSON line `write` puts into `lines` (as `emit` would have).
    func emitWritten(source: String, recovered: Bool, write: () throws -> Void) throws(Stop) {
        do {
            try write()
        } catch {
            throw Stop(message: "could not write document \(source): \(error)")
        }
        count { counts in
            counts.read += 1
            if recovered { counts.recovered += 1 } else { counts.parsed += 1 }
        }
    }

    /// Records a rejected item.
    func reject(_ reject: Reject) {
        count { $0.read += 1; $0.rejected += 1 }
        if summary.rejects.count < options.maxListedRejects {
            summary.rejects.append(reject)
        } else {
            summary.unlistedRejects += 1
        }
    }

    /// Records an item deliberately skipped.
    func skip() { count { $0.read += 1; $0.skipped += 1 } }

    /// Ends the run; the summary is final afterwards.
    func finish(fatal: String? = nil) -> IngestSummary {
        finishInput()
        if let fatal { summary.fatalError = fatal }
        return summary
    }

    private func count(_ change: (inout IngestCounts) -> Void) {
        var report = current ?? InputReport(input: "?", kind: nil, counts: IngestCounts())
        change(&report.counts)
        current = report
        change(&summary.totals)
        progress?(summary.totals)
    }

    private func finishInput() {
        guard let report = current else { return }
        summary.inputs.append(report)
        if let kind = report.kind { summary.byKind[kind, default: IngestCounts()] += report.counts }
        current = nil
    }
}
