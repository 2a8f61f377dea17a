#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only source of byte chunks: a file, stdin, memory, or a gzip stream over another.
///
/// Chunks are returned in order; `nil` means the end. Readers built on it (line splitting, whole
/// file reads with a size limit) never need the whole input in memory.
protocol ByteSource: AnyObject {
    /// The next chunk (never empty), or nil at the end of input.
    func next() throws(IngestError) -> [UInt8]?
}

extension ByteSource {
    /// Reads everything; throws `tooLarge` as soon as more than `limit` bytes arrive.
    func readAll(limit: Int, input: String) throws(IngestError) -> [UInt8] {
        var out: [UInt8] = []
        while let chunk = try next() {
            if out.count + chunk.count > limit { throw .tooLarge(input: input, limit: limit) }
            out.append(contentsOf: chunk)
        }
        return out
    }
}

/// Reads a file descriptor in 256 KiB chunks; closes it on deinit when it owns it.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let input: String
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    /// Opens `path` for reading.
    init(path: String) throws(IngestError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(input: path, cause: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.input = path
    }

    /// Reads standard input (not closed afterwards).
    init(standardInput: Void) {
        descriptor = 0
        ownsDescriptor = false
        input = "-"
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    func next() throws(IngestError) -> [UInt8]? {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[0..<count]) }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            throw .unreadable(input: input, cause: String(cString: strerror(errno)))
        }
    }
}

/// Serves bytes held in memory, in chunks (stdin tests, peeked prefixes).
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int

    init(_ bytes: [UInt8], chunkSize: Int = 256 * 1024) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    func next() throws(IngestError) -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// Replays chunks already read (while sniffing) before continuing with the underlying source.
final class PeekedByteSource: ByteSource {
    private var pending: [[UInt8]]
    private let rest: ByteSource

    init(peeked: [[UInt8]], rest: ByteSource) {
        self.pending = peeked.filter { !$0.isEmpty }.reversed()
        self.rest = rest
    }

    func next() throws(IngestError) -> [UInt8]? {
        if let chunk = pending.popLast() { return chunk }
        return try rest.next()
    }

    /// Reads at least `count` bytes from `source` (fewer at the end) and returns them with a source
    /// that replays them followed by the rest.
    static func peek(_ source: ByteSource, count: Int) throws(IngestError) -> ([UInt8], PeekedByteSource) {
        var chunks: [[UInt8]] = []
        var prefix: [UInt8] = []
        while prefix.count < count, let chunk = try source.next() {
            chunks.append(chunk)
            prefix.append(contentsOf: chunk)
        }
        return (prefix, PeekedByteSource(peeked: chunks, rest: source))
    }
}
