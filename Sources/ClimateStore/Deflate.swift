import CZlib
import Foundation

/// zlib (RFC 1950) compression of raw document bytes, through the system library.
///
/// Output is deterministic for a given zlib build and level, so equal inputs store equal blobs.
enum Deflate {
    /// Compression level 6 (zlib's default): ~4× on HTML at a fraction of parsing cost.
    static let level: Int32 = 6

    /// `bytes` compressed.
    static func compress(_ bytes: [UInt8]) throws(StoreError) -> Data {
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
