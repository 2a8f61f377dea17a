import CLibXML2

/// The byte stream libxml2 reads: source bytes decoded to UTF-8, leading junk removed, entities repaired.
///
/// libxml2 pulls from it through `xmlReaderForIO` callbacks, so only one chunk (about 1 MiB, plus
/// its UTF-8 form) is held at a time. The document is always handed over as UTF-8 and parsed with
/// `XML_PARSE_IGNORE_ENC`, because the encoding decision was already made (see `FeedEncodingChoice`).
final class FeedInputStream {
    private let reader: FeedChunkReader
    private let decoder: FeedTranscoder
    private var bomToSkip: Int
    private var repair = FeedEntityRepair()
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var decoded: [UInt8] = []
    private var atStart = true
    private var finished = false
    /// Set when the decoder met invalid bytes or leading junk was removed.
    private(set) var problem: String?
    /// True once the decoder met bytes invalid in the chosen encoding.
    private(set) var sawInvalidBytes = false
    /// An I/O error met while libxml2 was reading (rethrown after parsing).
    private(set) var ioError: Error?

    init(reader: FeedChunkReader, decoder: FeedTranscoder, bomLength: Int) {
        self.reader = reader
        self.decoder = decoder
        self.bomToSkip = bomLength
    }

    /// True when the DOCTYPE named Netscape (feedparser's `rss091n`).
    var doctypeMentionsNetscape: Bool { repair.mentionsNetscape }

    /// The first entity repair made, if any.
    var entityProblem: String? { repair.problem }

    /// Copies up to `count` bytes into `buffer`; returns the number copied (0 at the end, -1 on error).
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        while pendingOffset >= pending.count {
            if finished { return 0 }
            do { try refill() } catch { ioError = error; return -1 }
        }
        let n = min(count, pending.count - pendingOffset)
        pending.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress!.advanced(by: pendingOffset), byteCount: n)
        }
        pendingOffset += n
        return Int32(n)
    }

    private func refill() throws {
        pending.removeAll(keepingCapacity: true)
        pendingOffset = 0
        decoded.removeAll(keepingCapacity: true)
        let chunk = try reader.next()
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
