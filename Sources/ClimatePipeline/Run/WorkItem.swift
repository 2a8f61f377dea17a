import ClimateCore
import ClimateIngest
import ClimateStore
import ClimateText
import Foundation

/// One item of a run's batch: a document already ingested, or an HTML page file whose reading,
/// decoding and `<head>` parse happen on the worker thread too (so the thread that writes the
/// store is not also the one that ingests every page).
enum WorkItem: Sendable {
    case document(Document)
    case pageFile(String)

    /// Whether a local file is ingested as an item of its own (one HTML page, gzipped or not).
    static func isPageFile(_ path: String) -> Bool { InputClassifier.kind(forName: path) == .html }
}

/// What computing one item produced: the built units, the documents skipped as already stored,
/// and the rejects of ingesting a page file.
struct WorkItemResult: Sendable {
    var built: [UnitBuilder.Built] = []
    var documents = 0
    var skippedSources: [String] = []
    var ingestRejects: [Reject] = []
}

/// The skip test of a run: a document whose unit is stored with the same bytes and tagged with the
/// same lexicons needs no stage work.
struct SkipTest: Sendable {
    let state: CorpusStore.RunState
    let lexicons: [LexiconSet]

    func isDone(_ document: Document) -> Bool {
        guard let stored = state.documentHashes[document.id],
              stored == SHA1.hex(utf8: document.html ?? document.text ?? "") else { return false }
        guard let article = state.articleOfDocument[document.id] else { return true }
        let tags = state.tagHashes[article] ?? [:]
        let taggedOut = state.rejects[document.source]?.contains { $0.stage == "tag" } ?? false
        return lexicons.allSatisfy { tags[$0.reference] == $0.contentHash || taggedOut }
    }
}

extension WorkItemResult {
    /// Computes `item`: builds a document's unit, or ingests a page file and builds (or skips) its documents.
    static func compute(_ item: WorkItem, builder: UnitBuilder, skip: SkipTest, run: Int64) -> WorkItemResult {
        var result = WorkItemResult()
        switch item {
        case .document(let document):
            result.built.append(builder.build(document, run: run))
        case .pageFile(let path):
            // A gzipped page is inflated in one call by libdeflate when the system has it (zlib's
            // streaming reader otherwise), and may be stored as it came (no second compression).
            let options = IngestOptions()
            let compressed = path.lowercased().hasSuffix(".gz") ? FileManager.default.contents(atPath: path).map { [UInt8]($0) } : nil
            var documents: [Document] = []
            let ingest: IngestSummary
            if let compressed, let page = LibDeflate.shared?.gunzip(compressed, limit: options.maxDocumentBytes) {
                ingest = Ingestor.ingest(bytes: page, name: path, fetched: Ingestor.modificationDate(ofFile: path), options: options) {
                    documents.append($0)
                }
            } else {
                ingest = Ingestor.ingest(paths: [path], options: options) { documents.append($0) }
            }
            result.ingestRejects = ingest.rejects
            let gzipped = documents.count == 1 ? compressed : nil
            for document in documents {
                result.documents += 1
                if skip.isDone(document) {
                    result.skippedSources.append(document.source)
                } else {
                    result.built.append(builder.build(document, run: run, gzipped: gzipped))
                }
            }
        }
        return result
    }
}
