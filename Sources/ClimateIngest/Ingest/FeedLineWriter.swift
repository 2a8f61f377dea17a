import ClimateCore
import Foundation

/// Writes the JSON lines of a feed's documents while the feed is still being parsed.
///
/// Each entry handed to `add` is turned into its document and serialised on a background thread.
/// The feed-level values (outlet, feed language, encoding, feed title and link, `feed_version`,
/// `feed_error`) are final only once the whole feed is read: each line is written whole with the
/// values known when its entry was read (`FeedEntry.provisionalFeed`), and its own sections are
/// kept apart too. `emit` writes the lines in entry order, each whole when its provisional values
/// equal the final ones, else reassembled from its sections with the final values. The bytes are
/// exactly those of `DocumentJSON.write` on the completed `Document`: both use its sections.
final class FeedLineWriter: @unchecked Sendable {
    /// One entry's serialised sections (ranges into `arena`) and what `emit` needs besides.
    private struct Line {
        var source: String
        /// Nil when the entry has no link, title, content or summary: it is rejected, not written.
        var opening: Range<Int>?
        var lists = 0..<0
        var bodies = 0..<0
        var metadata: [(key: String, value: String)] = []
        var language: String?
        /// The whole line (with its newline), written with `provisional`.
        var whole: Range<Int>?
        var provisional: FeedLineContext?
    }

    private let input: String
    private let fetched: Date?
    /// Entries handed to the worker at a time.
    static let batchSize = 128

    /// Entries not yet handed over (parsing thread only).
    private var outgoing: [FeedEntry] = []
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queue: [FeedEntry] = []
    private var closed = false
    private var finished = false
    // Owned by the worker thread until `finished`, then by the caller of `emit`.
    private var arena: [UInt8] = []
    private var lines: [Line] = []
    private var scratch = JSONWriter(capacity: 1 << 16)
    /// The metadata section being written by `emit`.
    private var metadataWriter = JSONWriter(capacity: 1024)

    /// A writer for the entries of `input`; `expectedBytes` sizes the buffer (the feed's size).
    init(input: String, fetched: Date?, expectedBytes: Int) {
        self.input = input
        self.fetched = fetched
        arena.reserveCapacity(expectedBytes + expectedBytes / 8 + 4096)
        let thread = Thread { [self] in work() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Hands over the next entry (called from the parsing thread). Entries are passed on in
    /// batches of `batchSize`: waking the worker per entry costs more than serialising it.
    func add(_ entry: FeedEntry) {
        outgoing.append(entry)
        if outgoing.count >= Self.batchSize { handOver() }
    }

    private func handOver() {
        condition.lock()
        if queue.isEmpty { swap(&queue, &outgoing) } else { queue.append(contentsOf: outgoing); outgoing.removeAll() }
        condition.unlock()
        condition.signal()
    }

    /// Waits until every entry added so far is serialised; no entry may be added afterwards.
    func close() {
        if !outgoing.isEmpty { handOver() }
        condition.lock()
        closed = true
        condition.signal()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// The number of entries read.
    var count: Int { lines.count }

    /// Writes every line, completed with the feed-level values of `feed`, to `output` through
    /// `context` (rejecting entries with nothing to ingest). Call after `close`.
    func emit(feed: ParsedFeed, context: IngestContext, output: OutputBuffer) throws {
        let recovered = !feed.wellFormed
        let finalFeed = FeedLineContext(feed: feed)
        let feedMetadata = finalFeed.metadata
        let outlet = feed.feed.title
        let feedOutlet = section { DocumentJSON.writeOutlet(outlet, language: feed.feed.language, to: &$0) }
        let feedContext = section {
            DocumentJSON.writeFeedContext(encoding: feed.encoding, feedTitle: feed.feed.title,
                                          feedLink: feed.feed.link, to: &$0)
        }
        for line in lines {
            guard let opening = line.opening else {
                context.reject(FeedDocuments.emptyEntryReject(source: line.source))
                continue
            }
            if let whole = line.whole, line.provisional == finalFeed {
                try context.emitWritten(source: line.source, recovered: recovered) { try output.append(arena[whole]) }
                continue
            }
            let outletSection = line.language == nil ? feedOutlet
                : section { DocumentJSON.writeOutlet(outlet, language: line.language, to: &$0) }
            metadataWriter.reset()
            metadataWriter.beginObject()
            DocumentJSON.writeMetadata(Self.merge(line.metadata, feedMetadata), to: &metadataWriter)
            try context.emitWritten(source: line.source, recovered: recovered) {
                try output.append(byte: UInt8(ascii: "{"))
                try output.append(arena[opening])
                try output.append(byte: UInt8(ascii: ","))
                try output.append(outletSection)
                try output.append(byte: UInt8(ascii: ","))
                try output.append(arena[line.lists])
                try output.append(byte: UInt8(ascii: ","))
                try output.append(feedContext)
                try output.append(byte: UInt8(ascii: ","))
                try output.append(metadataWriter.bytes.dropFirst())
                try output.append(byte: UInt8(ascii: ","))
                try output.append(arena[line.bodies])
                try output.append(byte: UInt8(ascii: "}"))
                try output.append(byte: 0x0A)
            }
        }
    }

    /// The worker thread: serialises entries as they arrive until closed.
    private func work() {
        var batch: [FeedEntry] = []
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            swap(&batch, &queue)
            let last = closed && batch.isEmpty
            if last { finished = true; condition.broadcast() }
            condition.unlock()
            if last { return }
            for entry in batch { serialise(entry) }
            batch.removeAll(keepingCapacity: true)
        }
    }

    private func serialise(_ entry: FeedEntry) {
        var entry = entry
        entry.normalizePending()
        let document = FeedDocuments.document(entry, number: lines.count + 1, input: input, fetched: fetched)
        var line = Line(source: document.source)
        guard !FeedDocuments.isEmpty(document) else { lines.append(line); return }
        line.metadata = document.metadata.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
        line.language = document.language
        guard let feed = entry.provisionalFeed else {
            line.opening = append { DocumentJSON.writeOpening(document, to: &$0) }
            line.lists = append { DocumentJSON.writeListsAndSummary(document, to: &$0) }
            line.bodies = append { DocumentJSON.writeBodies(document, to: &$0) }
            lines.append(line)
            return
        }
        // The whole line, as `emit` would assemble it with `feed` as the final values.
        let start = arena.count
        arena.append(UInt8(ascii: "{"))
        line.opening = append { DocumentJSON.writeOpening(document, to: &$0) }
        arena.append(UInt8(ascii: ","))
        _ = append { DocumentJSON.writeOutlet(feed.title, language: line.language ?? feed.language, to: &$0) }
        arena.append(UInt8(ascii: ","))
        line.lists = append { DocumentJSON.writeListsAndSummary(document, to: &$0) }
        arena.append(UInt8(ascii: ","))
        _ = append { DocumentJSON.writeFeedContext(encoding: feed.encoding, feedTitle: feed.title, feedLink: feed.link, to: &$0) }
        arena.append(UInt8(ascii: ","))
        _ = append { DocumentJSON.writeMetadata(Self.merge(line.metadata, feed.metadata), to: &$0) }
        arena.append(UInt8(ascii: ","))
        line.bodies = append { DocumentJSON.writeBodies(document, to: &$0) }
        arena.append(UInt8(ascii: "}"))
        arena.append(0x0A)
        line.whole = start..<arena.count
        line.provisional = feed
        lines.append(line)
    }

    /// Writes one section with `body` and appends its bytes to the arena; returns their range.
    private func append(_ body: (inout JSONWriter) -> Void) -> Range<Int> {
        let start = arena.count
        scratch.reset()
        scratch.beginObject()
        body(&scratch)
        // Drop the `{` that put the writer inside an object (so keys are comma-separated).
        scratch.bytes.withUnsafeBufferPointer { arena.append(contentsOf: UnsafeBufferPointer(rebasing: $0[1...])) }
        return start..<arena.count
    }

    /// The bytes of one section written with `body` (without the enclosing braces).
    private func section(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        body(&writer)
        return Array(writer.bytes.dropFirst())
    }

    /// Two key-sorted pair lists merged in UTF-8 key order (the keys are distinct).
    private static func merge(_ a: [(key: String, value: String)],
                              _ b: [(key: String, value: String)]) -> [(key: String, value: String)] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [(key: String, value: String)] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].key.utf8.lexicographicallyPrecedes(b[j].key.utf8)) {
                out.append(a[i]); i += 1
            } else {
                out.append(b[j]); j += 1
            }
        }
        return out
    }
}
