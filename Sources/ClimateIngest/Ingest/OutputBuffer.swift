#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor (stdout by default): bytes are collected and written in
/// large blocks, not per line.
public final class OutputBuffer {
    /// A failed write, with the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var reason: String
        public var description: String { "cannot write the output: \(reason); check the disk or the pipe reader" }
    }

    private let descriptor: Int32
    private let capacity: Int
    private var buffer: [UInt8] = []

    public init(descriptor: Int32 = 1, capacity: Int = 1 << 20) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends bytes, writing the buffer out when it is full.
    public func append(_ bytes: [UInt8]) throws(WriteError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends a slice of bytes, writing the buffer out when it is full.
    public func append(_ bytes: ArraySlice<UInt8>) throws(WriteError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one byte.
    public func append(byte: UInt8) throws(WriteError) {
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out everything buffered.
    public func flush() throws(WriteError) {
        var offset = 0
        let failure: Int32? = buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            while offset < raw.count {
                let count = write(descriptor, base + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw WriteError(reason: String(cString: strerror(failure))) }
    }
}
