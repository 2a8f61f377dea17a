/// Turns the source bytes of a feed into the UTF-8 chunks libxml2 reads: decoded, leading junk
/// removed, the declaration relabelled, entities repaired.
///
/// Used by one thread at a time (`FeedInputStream` may hand it over to a prefetching thread, hence
/// `@unchecked Sendable`); each
/// `next` returns the state as it stands after that chunk, so the parser sees exactly the state
/// of the chunks it has read.
final class FeedChunkDecoder: @unchecked Sendable {
    /// One decoded chunk and the stream's state after it.
    struct Chunk {
        var bytes: [UInt8]
        /// True for the last chunk (`bytes` may be empty).
        var isLast = false
        var problem: String?
        var sawInvalidBytes = false
        var mentionsNetscape = false
        var entityProblem: String?
        /// An I/O error met reading the source; the chunk is then the last.
        var ioError: Error?
    }

    private let reader: FeedChunkReader
    private let decoder: FeedTranscoder
    private var bomToSkip: Int
    private var repair = FeedEntityRepair()
    private var decoded: [UInt8] = []
    private var atStart = true
    private var finished = false
    private var problem: String?
    private var sawInvalidBytes = false

    init(reader: FeedChunkReader, decoder: FeedTranscoder, bomLength: Int) {
        self.reader = reader
        self.decoder = decoder
        self.bomToSkip = bomLength
    }

    /// The next chunk (from up to `limit` source bytes), written into `buffer` (whose capacity is
    /// reused); after the last one, further calls return empty last chunks.
    func next(reusing buffer: [UInt8], limit: Int = FeedSource.chunkSize) -> Chunk {
        var pending = buffer
        pending.removeAll(keepingCapacity: true)
        var ioError: Error?
        if !finished {
            do { try refill(into: &pending, limit: limit) } catch { ioError = error; finished = true }
        }
        return Chunk(bytes: pending, isLast: finished, problem: problem, sawInvalidBytes: sawInvalidBytes,
                     mentionsNetscape: repair.mentionsNetscape, entityProblem: repair.problem, ioError: ioError)
    }

    private func refill(into pending: inout [UInt8], limit: Int) throws {
        decoded.removeAll(keepingCapacity: true)
        let chunk = try reader.next(limit: limit)
        if var chunk {
            if bomToSkip > 0 { let k = min(bomToSkip, chunk.count); chunk.removeFirst(k); bomToSkip -= k }
            if !decoder.transcode(chunk, into: &decoded, final: false) {
                sawInvalidBytes = true
                note("Input contains bytes invalid in its encoding; replaced with U+FFFD")
            }
        } else {
            finished = true
            if !decoder.transcode([], into: &decoded, final: true) {
                sawInvalidBytes = true
                note("Input is not proper UTF-8, indicate encoding")
            }
        }
        if atStart, !decoded.isEmpty { dropLeadingJunk(); relabelDeclaration(); atStart = false }
        repair.repair(decoded, into: &pending, final: finished)
    }

    /// Removes whitespace (and stray NULs) before `<?xml`, which libxml2 would reject.
    private func dropLeadingJunk() {
        var i = 0
        while i < decoded.count, [0x20, 0x09, 0x0A, 0x0D, 0x00].contains(decoded[i]) { i += 1 }
        guard i > 0, i + 5 <= decoded.count, Array(decoded[i..<(i + 5)]) == Array("<?xml".utf8) else { return }
        decoded.removeFirst(i)
        note("XML declaration allowed only at the start of the document")
    }

    /// Rewrites the declaration's `encoding="..."` to `utf-8`, as feedparser does: the bytes are UTF-8
    /// now, and libxml2 would reject a name such as `437` even while ignoring it.
    private func relabelDeclaration() {
        guard decoded.count > 5, Array(decoded[0..<5]) == Array("<?xml".utf8),
              let close = decoded.prefix(512).firstIndex(of: UInt8(ascii: ">")) else { return }
        let head = Array(decoded[0..<close])
        let key = Array("encoding".utf8)
        guard let at = (0...(head.count - key.count)).first(where: { Array(head[$0..<($0 + key.count)]) == key }) else { return }
        var i = at + key.count
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 { i += 1 }
        guard i < head.count, head[i] == UInt8(ascii: "=") else { return }
        i += 1
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 { i += 1 }
        guard i < head.count, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") else { return }
        let quote = head[i]
        guard let end = head[(i + 1)...].firstIndex(of: quote) else { return }
        decoded.replaceSubrange((i + 1)..<end, with: Array("utf-8".utf8))
    }

    private func note(_ message: String) { if problem == nil { problem = message } }
}
