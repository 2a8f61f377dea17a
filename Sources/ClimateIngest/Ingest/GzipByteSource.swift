import CZlib

/// Inflates a gzip (or zlib) stream read from another `ByteSource`, chunk by chunk.
///
/// Handles concatenated gzip members (as in `.warc.gz` and `cat a.gz b.gz`). A corrupt or
/// truncated stream throws `IngestError.corruptGzip` naming the input.
final class GzipByteSource: ByteSource {
    private let source: ByteSource
    private let input: String
    private var stream = z_stream()
    private var pendingInput: [UInt8] = []
    private var pendingOffset = 0
    private var finished = false
    private var started = false
    private var betweenMembers = false
    private var output = [UInt8](repeating: 0, count: 256 * 1024)

    init(_ source: ByteSource, input: String) throws(IngestError) {
        self.source = source
        self.input = input
        // 15 + 32: maximum window, detect gzip or zlib headers automatically.
        guard mc_inflateInit2(&stream, 15 + 32) == Z_OK else {
            throw .corruptGzip(input: input, cause: "zlib could not start")
        }
    }

    deinit { inflateEnd(&stream) }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    func next() throws(IngestError) -> [UInt8]? {
        while !finished {
            if pendingOffset >= pendingInput.count {
                guard let chunk = try source.next() else {
                    finished = true
                    if started { throw .corruptGzip(input: input, cause: "the stream ends early (truncated file)") }
                    return nil
                }
                pendingInput = chunk
                pendingOffset = 0
            }
            if betweenMembers {
                // Another member must start with the gzip magic; anything else is trailing padding.
                guard pendingInput[pendingOffset] == 0x1F else { finished = true; return nil }
                betweenMembers = false
            }
            let (produced, status, consumed) = inflateStep()
            pendingOffset += consumed
            if status == Z_STREAM_END {
                started = false
                betweenMembers = true
                inflateReset(&stream)
            } else if status != Z_OK && status != Z_BUF_ERROR || (produced == 0 && consumed == 0) {
                finished = true
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw .corruptGzip(input: input, cause: message)
            } else {
                started = true
            }
            if produced > 0 { return Array(output[0..<produced]) }
        }
        return nil
    }

    /// Runs one `inflate` call over the pending input; returns bytes produced, status, bytes consumed.
    private func inflateStep() -> (Int, Int32, Int) {
        let available = pendingInput.count - pendingOffset
        return pendingInput.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress.map { $0 + pendingOffset }
                stream.avail_in = UInt32(available)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                let produced = outBuffer.count - Int(stream.avail_out)
                let consumed = available - Int(stream.avail_in)
                stream.next_in = nil
                stream.next_out = nil
                return (produced, status, consumed)
            }
        }
    }
}
