import CZlib
import Foundation

/// zlib-format (RFC 1950) compression of raw document bytes: libdeflate when the system has it
/// (`LibDeflate`), else zlib; zlib decompresses either.
///
/// Output is deterministic for a given library build and level, so equal inputs store equal blobs.
enum Deflate {
    /// Compression level 1: 4.3× on the benchmark pages at 1.5 ms per 176 KB page (level 6: 5.1×
    /// at 3.6 ms, the largest cost of storing a page). Blobs of either level decompress alike.
    static let level: Int32 = 1

    /// `bytes` compressed.
    static func compress(_ bytes: [UInt8]) throws(StoreError) -> Data {
        if let library = LibDeflate.shared, let out = bytes.withUnsafeBytes({ library.compress($0, level: level) }) {
            return Data(out)
        }
        return try zlibCompress(bytes)
    }

    /// `bytes` compressed by zlib (`compress2`).
    static func zlibCompress(_ bytes: [UInt8]) throws(StoreError) -> Data {
        var capacity = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(capacity))
        let status = bytes.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &capacity, source.baseAddress, uLong(source.count), level)
            }
        }
        guard status == Z_OK else { throw .compression(reason: "compress2 returned \(status)") }
        return Data(out.prefix(Int(capacity)))
    }

    /// `data` decompressed; `size` is the original length (stored beside the blob).
    static func decompress(_ data: Data, size: Int) throws(StoreError) -> [UInt8] {
        if size == 0 { return [] }
        var length = uLongf(size)
        var out = [UInt8](repeating: 0, count: size)
        let source = [UInt8](data)
        let status = source.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { target in
                uncompress(target.baseAddress, &length, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(length) == size else {
            throw .compression(reason: "uncompress returned \(status) (\(length) of \(size) bytes)")
        }
        return out
    }
}
