import Foundation

/// The byte stream libxml2 reads: source bytes decoded to UTF-8, leading junk removed, entities repaired.
///
/// libxml2 pulls from it through `xmlReaderForIO` callbacks. The document is always handed over as
/// UTF-8 and parsed with `XML_PARSE_IGNORE_ENC`, because the encoding decision was already made
/// (see `FeedEncodingChoice`). The first chunk (64 KiB) is decoded on the parsing thread; when
/// there is more, a second thread decodes the following chunks (1 MiB each) while libxml2 parses (at most
/// `prefetchDepth` ahead, so memory stays bounded). The state it reports (`problem`...) is always
/// that after the last chunk libxml2 has read.
final class FeedInputStream {
    /// Decoded chunks kept ready ahead of the parser.
    static let prefetchDepth = 2
    /// Source bytes of the first chunk, decoded on the parsing thread: small, so that the
    /// prefetching starts early.
    static let firstChunkSize = 64 << 10

    private var decoder: FeedChunkDecoder?
    private var prefetcher: FeedChunkPrefetcher?
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var finished = false
    /// Set when the decoder met invalid bytes or leading junk was removed.
    private(set) var problem: String?
    /// True once the decoder met bytes invalid in the chosen encoding.
    private(set) var sawInvalidBytes = false
    /// True when the DOCTYPE named Netscape (feedparser's `rss091n`).
    private(set) var doctypeMentionsNetscape = false
    /// The first entity repair made, if any.
    private(set) var entityProblem: String?
    /// An I/O error met while libxml2 was reading (rethrown after parsing).
    private(set) var ioError: Error?

    init(reader: FeedChunkReader, decoder: FeedTranscoder, bomLength: Int) {
        self.decoder = FeedChunkDecoder(reader: reader, decoder: decoder, bomLength: bomLength)
    }

    deinit { prefetcher?.cancel() }

    /// Copies up to `count` bytes into `buffer`; returns the number copied (0 at the end, -1 on error).
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        while pendingOffset >= pending.count {
            if finished { return 0 }
            if takeChunk() { return -1 }
        }
        let n = min(count, pending.count - pendingOffset)
        pending.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress!.advanced(by: pendingOffset), byteCount: n)
        }
        pendingOffset += n
        return Int32(n)
    }

    /// Moves to the next decoded chunk; true when it brought an I/O error.
    private func takeChunk() -> Bool {
        let chunk: FeedChunkDecoder.Chunk
        if let prefetcher {
            chunk = prefetcher.take(returning: pending)
        } else if let decoder {
            chunk = decoder.next(reusing: pending, limit: Self.firstChunkSize)
            if !chunk.isLast {
                // More to come: decode the rest on a second thread.
                prefetcher = FeedChunkPrefetcher(decoder, depth: Self.prefetchDepth)
                self.decoder = nil
            }
        } else {
            return false
        }
        pending = chunk.bytes
        pendingOffset = 0
        finished = chunk.isLast
        problem = chunk.problem
        sawInvalidBytes = chunk.sawInvalidBytes
        doctypeMentionsNetscape = chunk.mentionsNetscape
        entityProblem = chunk.entityProblem
        if let error = chunk.ioError { ioError = error; return true }
        return false
    }
}

/// Runs a `FeedChunkDecoder` on its own thread, keeping up to `depth` chunks ready.
final class FeedChunkPrefetcher: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ready: [FeedChunkDecoder.Chunk] = []
    private var spare: [[UInt8]] = []
    private var cancelled = false
    private let depth: Int

    init(_ decoder: FeedChunkDecoder, depth: Int) {
        self.depth = depth
        let thread = Thread { [self] in run(decoder) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next chunk, waiting for it if needed; `used` is the consumed chunk's buffer, for reuse.
    func take(returning used: [UInt8]) -> FeedChunkDecoder.Chunk {
        condition.lock()
        defer { condition.unlock() }
        if used.capacity > 0 { spare.append(used) }
        while ready.isEmpty { condition.wait() }
        let chunk = ready.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Stops the thread (the consumer is gone).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func run(_ decoder: FeedChunkDecoder) {
        var buffer: [UInt8] = []
        while true {
            let chunk = decoder.next(reusing: buffer)
            condition.lock()
            while ready.count >= depth && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); return }
            ready.append(chunk)
            condition.broadcast()
            buffer = spare.popLast() ?? []
            condition.unlock()
            if chunk.isLast { return }
        }
    }
}
