import CZlib

/// A zlib inflate stream (gzip, zlib or raw deflate, by `windowBits`), fed in pieces.
///
/// `windowBits` follows zlib: 15 + 32 auto-detects a gzip or zlib header (used for WARC
/// files and `Content-Encoding: gzip`), 15 expects a zlib header, -15 raw deflate.
/// Not thread-safe; one owner at a time.
final class ZlibInflater {
    /// How a call ended.
    enum Outcome: Equatable {
        /// All input used, or output produced; call again with more input.
        case needsInput
        /// The compressed stream (one gzip member) ended; unused input follows.
        case streamEnd
        /// The data is not valid compressed data.
        case dataError(String)
    }

    private var stream = z_stream()
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    private let windowBits: Int32

    init(windowBits: Int32) throws(WARCError) {
        self.windowBits = windowBits
        let status = mc_inflateInit2(&stream, windowBits)
        guard status == Z_OK else { throw WARCError.zlib("inflateInit2 failed with status \(status)") }
    }

    deinit { inflateEnd(&stream) }

    /// Starts a new stream (the next gzip member) with the same settings.
    func reset() { inflateReset(&stream) }

    /// Inflates from `input`, appending to `output`; returns how many input bytes were used.
    func inflate(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) -> (consumed: Int, outcome: Outcome) {
        guard let base = input.baseAddress, !input.isEmpty else { return (0, .needsInput) }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(input.count)
        var outcome = Outcome.needsInput
        while true {
            var status: Int32 = Z_OK
            var produced = 0
            scratch.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                status = CZlib.inflate(&stream, Z_NO_FLUSH)
                produced = out.count - Int(stream.avail_out)
            }
            if produced > 0 { output.append(contentsOf: scratch[0..<produced]) }
            if status == Z_STREAM_END { outcome = .streamEnd; break }
            if status == Z_BUF_ERROR { break }
            if status != Z_OK {
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                outcome = .dataError(message)
                break
            }
            if stream.avail_in == 0 && stream.avail_out != 0 { break }
        }
        let consumed = input.count - Int(stream.avail_in)
        stream.next_in = nil
        stream.next_out = nil
        return (consumed, outcome)
    }

    /// Inflates a whole buffer at once (first stream only). `.dataError` comes with what was
    /// produced before the error.
    static func inflateAll(_ bytes: [UInt8], windowBits: Int32) -> (output: [UInt8], outcome: Outcome) {
        guard let inflater = try? ZlibInflater(windowBits: windowBits) else { return ([], .dataError("zlib init")) }
        var output: [UInt8] = []
        let result = bytes.withUnsafeBytes { inflater.inflate($0, into: &output) }
        return (output, result.outcome)
    }
}
