import ClimateCore
import ClimateIngest
import ClimateStore
import ClimateText
import Foundation

/// One pass of a run over the local input files: skip tests, batching, ordered writes.
struct RunPass {
    let store: CorpusStore
    let state: CorpusStore.RunState
    let lexicons: [LexiconSet]
    let builder: UnitBuilder
    let options: RunOptions
    let runID: Int64
    var summary = RunSummary()

    private var buffer: [WorkItem] = []
    /// Files fully ingested whose documents may still sit in `buffer`: marked done once written.
    private var pendingFiles: [(path: String, state: String)] = []
    /// The batch being computed while ingestion goes on, with the files done once it is written.
    private var inFlight: (batch: BackgroundBatch<WorkItem, WorkItemResult>, files: [(path: String, state: String)])?
    private var filesDone = 0
    private var filesTotal = 0

    /// Stored reject inputs by the file they come from (`dumps/a.jsonl#line=3` under `dumps/a.jsonl`),
    /// sorted: a skipped file's rejects are found in one look-up, not by scanning every reject
    /// (quadratic over 10,000 files).
    private let rejectInputsByFile: [String: [String]]

    init(store: CorpusStore, state: CorpusStore.RunState, lexicons: [LexiconSet], builder: UnitBuilder, options: RunOptions, runID: Int64) {
        self.store = store
        self.state = state
        // An input belongs to the file it equals and to each prefix that a `#` follows.
        var byFile: [String: [String]] = [:]
        for input in state.rejects.keys.sorted() {
            byFile[input, default: []].append(input)
            for hash in input.indices where input[hash] == "#" { byFile[String(input[..<hash]), default: []].append(input) }
        }
        rejectInputsByFile = byFile
        self.lexicons = lexicons
        self.builder = builder
        self.options = options
        self.runID = runID
    }

    var batchSize: Int { options.batchPerJob * options.jobs }

    mutating func readFiles(_ files: [InputFiles.File]) throws(StoreError) {
        filesTotal = files.count
        for file in files {
            defer { filesDone += 1; progress(finished: false) }
            if let fileState = file.state, state.inputFiles[file.path] == fileState {
                summary.filesSkipped += 1
                for input in rejectInputsByFile[file.path] ?? [] { carryRejects(of: input) }
                continue
            }
            summary.filesRead += 1
            if WorkItem.isPageFile(file.path) {
                // Marked done with the batch that holds it (queued first, so a dispatch takes both).
                if let fileState = file.state { pendingFiles.append((file.path, fileState)) }
                try enqueue(.pageFile(file.path))
                continue
            }
            var failure: StoreError?
            let ingest = Ingestor.ingest(paths: [file.path], options: IngestOptions()) { document in
                do throws(StoreError) { try accept(document) } catch { failure = error; throw error }
            }
            if let failure { throw failure }
            for reject in ingest.rejects {
                try store.record(reject, run: runID)
                summary.rejects.append(reject)
            }
            if let fatal = ingest.fatalError {
                summary.fatalError = fatal
                break
            }
            if let fileState = file.state { pendingFiles.append((file.path, fileState)) }
            if buffer.isEmpty {
                // Every document of the file is written or in the batch in flight.
                if inFlight == nil { try markPendingFiles() } else { inFlight?.files += pendingFiles; pendingFiles.removeAll() }
            }
        }
        try flush()
        progress(finished: true)
    }

    /// Queues one document unless it is already stored; writes a batch when the queue is full.
    mutating func accept(_ document: Document) throws(StoreError) {
        summary.documents += 1
        if isDone(document) {
            summary.skipped += 1
            carryRejects(of: document.source)
            return
        }
        try enqueue(.document(document))
    }

    /// Queues one item; starts computing the batch when the queue is full.
    private mutating func enqueue(_ item: WorkItem) throws(StoreError) {
        buffer.append(item)
        if buffer.count >= batchSize { try dispatch() }
    }

    /// Records a reject of this run.
    mutating func reject(_ reject: Reject) throws(StoreError) {
        try store.record(reject, run: runID)
        summary.rejects.append(reject)
    }

    /// Whether a document's unit is stored with the same bytes and tagged with the same lexicons.
    func isDone(_ document: Document) -> Bool { SkipTest(state: state, lexicons: lexicons).isDone(document) }

    /// Computes and writes everything buffered (the batch in flight first), then marks the files done.
    mutating func flush() throws(StoreError) {
        try dispatch()
        if let flight = inFlight {
            inFlight = nil
            try write(flight.batch.wait(), files: flight.files)
        }
        try markPendingFiles()
    }

    /// Starts computing the buffered documents once the batch in flight is computed, then writes
    /// that batch while this one computes: ingestion, computation and writing overlap, with never
    /// more than `jobs` threads computing.
    private mutating func dispatch() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        let previous = inFlight.map { (results: $0.batch.wait(), files: $0.files) }
        let builder = self.builder, run = runID, skip = SkipTest(state: state, lexicons: lexicons)
        inFlight = (BackgroundBatch(buffer, jobs: options.jobs) { WorkItemResult.compute($0, builder: builder, skip: skip, run: run) },
                    pendingFiles)
        buffer.removeAll(keepingCapacity: true)
        pendingFiles.removeAll()
        if let previous { try write(previous.results, files: previous.files) }
    }

    /// Writes a computed batch's units in input order, then marks its files done.
    private mutating func write(_ results: [WorkItemResult], files: [(path: String, state: String)]) throws(StoreError) {
        var built: [UnitBuilder.Built] = []
        for result in results {
            built += result.built
            summary.documents += result.documents
            summary.skipped += result.skippedSources.count
            for source in result.skippedSources { carryRejects(of: source) }
            for reject in result.ingestRejects { try self.reject(reject) }
        }
        for item in built {
            for (stage, seconds) in item.seconds { summary.timings[stage, default: 0] += seconds }
            summary.rejects += item.rejects
        }
        let units = built.compactMap(\.unit)
        let start = ContinuousClock.now
        let outcomes: [CorpusStore.WorkUnitOutcome?]
        do {
            outcomes = try store.save(units).map { $0 }
        } catch {
            outcomes = try saveOneByOne(units)
        }
        summary.timings["store", default: 0] += PipelineRunner.seconds(since: start)
        summary.processed += built.count
        for (unit, outcome) in zip(units, outcomes) {
            guard let outcome else { continue }
            if unit.article != nil { summary.articles += 1 }
            summary.tagSets += unit.tags.count
            let changed = outcome.document != .unchanged || (outcome.article.map { $0 != .unchanged } ?? false)
                || outcome.tags.contains { $0 != .unchanged }
            if changed { summary.written += 1 }
        }
        for file in files { try store.markInputFile(path: file.path, state: file.state, run: runID) }
    }

    /// Saves units one transaction each; a unit the store refuses becomes a `store` reject.
    private mutating func saveOneByOne(_ units: [CorpusStore.WorkUnit]) throws(StoreError) -> [CorpusStore.WorkUnitOutcome?] {
        var outcomes: [CorpusStore.WorkUnitOutcome?] = []
        for unit in units {
            do {
                outcomes.append(try store.save(unit))
            } catch {
                let reject = Reject(input: unit.document.source, stage: "store", reason: error.description,
                                    fix: "report this input with the message; other inputs were stored")
                try store.record(reject, run: runID)
                summary.rejects.append(reject)
                outcomes.append(nil)
            }
        }
        return outcomes
    }

    private mutating func markPendingFiles() throws(StoreError) {
        for file in pendingFiles { try store.markInputFile(path: file.path, state: file.state, run: runID) }
        pendingFiles.removeAll()
    }

    /// Lists the stored rejects of skipped inputs in this run's summary (without rewriting them).
    private mutating func carryRejects(of input: String) {
        guard let rows = state.rejects[input] else { return }
        summary.rejects += rows.sorted { $0.stage < $1.stage }.map(\.reject)
    }

    private func progress(finished: Bool) {
        options.progress?(RunProgress.Event(filesDone: filesDone, filesTotal: filesTotal,
                                            documents: summary.processed + summary.skipped, finished: finished))
    }
}
