import ClimateCore
import Foundation

/// Reads every kind of input (HTML pages and folders, JSONL dumps, feeds, WARC files, stdin) and
/// emits normalised `Document`s, one at a time, in a deterministic order.
///
/// Each input is classified by its name's extension, else by sniffing its first bytes (gzip is
/// looked through). Problems never stop the batch: an unreadable, empty, oversize or unknown input
/// becomes a `Reject` naming the input, the problem and the fix, and ingestion goes on. Only a
/// failing `emit` (e.g. the output cannot be written) ends the run early (`fatalError` is set).
public enum Ingestor {
    /// Ingests `paths` (files, folders, `-` for stdin) and calls `emit` for each document.
    public static func ingest(paths: [String], options: IngestOptions,
                              emit: (Document) throws -> Void) -> IngestSummary {
        ingest(paths: paths, options: options, progress: nil, emit: emit)
    }

    /// Ingests `paths`, writing each document as one JSON line (`DocumentJSON`) to `output`; calls
    /// `progress` with the running totals after each item. Faster than encoding each emitted
    /// `Document`: feed documents are serialised while their feed is still being parsed.
    public static func ingest(paths: [String], options: IngestOptions, progress: ((IngestCounts) -> Void)?,
                              output: OutputBuffer) -> IngestSummary {
        var writer = JSONWriter(capacity: 1 << 16)
        return ingest(paths: paths, options: options, progress: progress, lines: output) { document in
            writer.reset()
            DocumentJSON.write(document, to: &writer)
            writer.newline()
            try output.append(writer.bytes)
        }
    }

    /// As `ingest(paths:options:emit:)`, calling `progress` with the running totals after each item.
    public static func ingest(paths: [String], options: IngestOptions, progress: ((IngestCounts) -> Void)?,
                              emit: (Document) throws -> Void) -> IngestSummary {
        ingest(paths: paths, options: options, progress: progress, lines: nil, emit: emit)
    }

    private static func ingest(paths: [String], options: IngestOptions, progress: ((IngestCounts) -> Void)?,
                               lines: OutputBuffer?, emit: (Document) throws -> Void) -> IngestSummary {
        withoutActuallyEscaping(emit) { emit in
            let context = IngestContext(options: options, progress: progress, lines: lines, emit: emit)
            do {
                for item in InputWalker.expand(paths) {
                    switch item {
                    case .file(let path):
                        try ingestInput(name: path, path: path, fetched: InputWalker.modificationDate(path),
                                        context: context) { () throws(IngestError) in try FileByteSource(path: path) }
                    case .standardInput:
                        try ingestInput(name: "-", path: nil, fetched: nil, context: context) {
                            FileByteSource(standardInput: ())
                        }
                    case .failed(let error):
                        context.begin(input: error.input)
                        context.reject(error.reject)
                    }
                }
            } catch {
                return context.finish(fatal: error.message)
            }
            return context.finish()
        }
    }

    /// Ingests one input held in memory, named `name` (use `-` for what would be stdin): the
    /// same classification and readers as for files, for tests and embedding. `fetched` is what
    /// the file's modification time would give (``modificationDate(ofFile:)``).
    public static func ingest(bytes: [UInt8], name: String, fetched: Date? = nil, options: IngestOptions,
                              emit: (Document) throws -> Void) -> IngestSummary {
        withoutActuallyEscaping(emit) { emit in
            let context = IngestContext(options: options, emit: emit)
            do {
                try ingestInput(name: name, path: nil, fetched: fetched, context: context) { MemoryByteSource(bytes) }
            } catch {
                return context.finish(fatal: error.message)
            }
            return context.finish()
        }
    }

    /// The fetch time ingestion gives a local file's documents: its modification time.
    public static func modificationDate(ofFile path: String) -> Date? { InputWalker.modificationDate(path) }

    /// Classifies and reads one input; every problem except a failing `emit` becomes a rejection.
    static func ingestInput(name: String, path: String?, fetched: Date?, context: IngestContext,
                            open: () throws(IngestError) -> ByteSource) throws(IngestContext.Stop) {
        context.begin(input: name)
        var classified: InputKind?
        do {
            let (rawPrefix, raw) = try PeekedByteSource.peek(try open(), count: InputClassifier.sniffLength)
            guard !rawPrefix.isEmpty else { throw IngestError.empty(input: name) }
            let isGzip = GzipByteSource.isGzip(rawPrefix)
            var source: ByteSource = raw
            var prefix = rawPrefix
            if isGzip {
                (prefix, source) = try PeekedByteSource.peek(try GzipByteSource(raw, input: name),
                                                             count: InputClassifier.sniffLength)
                guard !prefix.isEmpty else { throw IngestError.empty(input: name) }
            }
            guard let kind = InputClassifier.kind(forName: name) ?? InputClassifier.sniff(prefix) else {
                throw IngestError.unknownKind(input: name, startsWith: InputClassifier.describeStart(prefix))
            }
            context.classify(kind)
            classified = kind
            switch kind {
            case .html:
                let bytes = try source.readAll(limit: context.options.maxDocumentBytes, input: name)
                let page = HTMLPageReader.document(bytes: bytes, source: name, fetched: fetched)
                try context.emit(page.document, recovered: page.recovered)
            case .jsonl:
                try JSONLDumpReader.read(source, input: name, context: context)
            case .feed, .warc:
                try readExternal(kind, name: name, path: path, fetched: fetched, isGzip: isGzip, source: source,
                                 context: context)
            }
        } catch let stop as IngestContext.Stop {
            throw stop
        } catch let error as IngestError {
            context.reject(error.reject)
        } catch {
            let cause = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            context.reject(IngestError.parserFailed(input: name, kind: classified ?? .html, cause: cause).reject)
        }
    }

    /// Hands a feed or WARC input to its reader, by path (a temporary copy for stdin or gzip).
    private static func readExternal(_ kind: InputKind, name: String, path: String?, fetched: Date?, isGzip: Bool,
                                     source: ByteSource, context: IngestContext) throws {
        guard let reader = ExternalReader.builtIn[kind] else {
            throw IngestError.readerUnavailable(input: name, kind: kind)
        }
        if let path, !isGzip || reader.handlesGzip {
            try reader.read(path, name, fetched, context)
            return
        }
        // WARC files hold many records: their copy may exceed the per-document limit.
        let limit = kind == .warc ? Int.max : context.options.maxDocumentBytes
        let copy = try TemporaryCopy(source, input: name, suffix: kind == .warc ? ".warc" : ".xml", limit: limit)
        try reader.read(copy.path, name, fetched, context)
    }
}

extension Error {
    /// The message of a run-ending error.
    fileprivate var message: String {
        if let stop = self as? IngestContext.Stop { return stop.message }
        return "\(self)"
    }
}
