#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A private temporary file holding a copy of a stream (stdin, a decompressed gzip input), for
/// readers that need a path. Deleted on deinit.
final class TemporaryCopy {
    let path: String

    /// Copies all of `source` to a new temporary file (mode 0600); `limit` caps its size.
    init(_ source: ByteSource, input: String, suffix: String, limit: Int) throws(IngestError) {
        var template = Array((NSTemporaryDirectory() + "/mediaclimate-ingest-XXXXXX" + suffix).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, Int32(suffix.utf8.count))
        }
        guard descriptor >= 0 else {
            throw .unreadable(input: input, cause: "cannot create a temporary copy: \(String(cString: strerror(errno)))")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        var written = 0
        while let chunk = try source.next() {
            written += chunk.count
            if written > limit { throw .tooLarge(input: input, limit: limit) }
            let ok = chunk.withUnsafeBytes { buffer -> Bool in
                guard let base = buffer.baseAddress else { return true }
                var offset = 0
                while offset < buffer.count {
                    let count = write(descriptor, base + offset, buffer.count - offset)
                    if count < 0 { if errno == EINTR { continue }; return false }
                    offset += count
                }
                return true
            }
            guard ok else {
                throw .unreadable(input: input, cause: "cannot write a temporary copy: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { unlink(path) }
}
