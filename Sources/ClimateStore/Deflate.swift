import ClimateCore
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

    /// `data` decompressed; `size` is the original length (stored beside the blob). A zlib
    /// stream, or a gzip file kept as the page arrived (``gzipHolds(_:_:)``).
    static func decompress(_ data: Data, size: Int) throws(StoreError) -> [UInt8] {
        if size == 0 { return [] }
        let source = [UInt8](data)
        var out = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        // 15 + 32: zlib or gzip header, detected.
        guard mc_inflateInit2(&stream, 15 + 32) == Z_OK else { throw .compression(reason: "inflateInit2 failed") }
        defer { inflateEnd(&stream) }
        let (status, produced) = source.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                var status = inflate(&stream, Z_FINISH)
                // A gzip file may hold several members: their contents follow each other.
                while status == Z_STREAM_END, stream.avail_in > 0, inflateReset(&stream) == Z_OK {
                    status = inflate(&stream, Z_FINISH)
                }
                return (status, target.count - Int(stream.avail_out))
            }
        }
        guard status == Z_STREAM_END, produced == size else {
            throw .compression(reason: "inflate returned \(status) (\(produced) of \(size) bytes)")
        }
        return out
    }

    /// Whether `gzip`, a gzip file whose whole content is known to be `bytes` or other bytes, holds
    /// exactly `bytes`: its (last) trailer's length and CRC-32 match them. Members before the last
    /// must then be empty, and `decompress` reads every member.
    static func gzipHolds(_ gzip: [UInt8], _ bytes: [UInt8]) -> Bool {
        guard gzip.count >= 18, gzip[0] == 0x1F, gzip[1] == 0x8B, gzip[2] == 8 else { return false }
        func word(_ at: Int) -> UInt32 {
            UInt32(gzip[at]) | UInt32(gzip[at + 1]) << 8 | UInt32(gzip[at + 2]) << 16 | UInt32(gzip[at + 3]) << 24
        }
        let end = gzip.count
        guard word(end - 4) == UInt32(truncatingIfNeeded: bytes.count) else { return false }
        let crc = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        return UInt32(crc) == word(end - 8)
    }
}
