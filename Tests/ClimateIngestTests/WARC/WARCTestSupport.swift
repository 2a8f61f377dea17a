import Foundation

/// Builds WARC files in memory for tests: records, chunked bodies, and gzip members written
/// with stored (uncompressed) deflate blocks, so no compressor is needed.
enum WARCFixture {
    /// One WARC record: version line, headers (Content-Length added unless given), block, CRLF CRLF.
    static func record(
        type: String, uri: String? = nil, contentType: String? = nil, block: [UInt8],
        contentLength: Int? = nil, extraHeaders: [String] = [], version: String = "WARC/1.0", terminator: Bool = true
    ) -> [UInt8] {
        var head = "\(version)\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r\n"
        head += "WARC-Date: 2024-01-01T12:00:00Z\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        for line in extraHeaders { head += line + "\r\n" }
        head += "Content-Length: \(contentLength ?? block.count)\r\n\r\n"
        return Array(head.utf8) + block + (terminator ? Array("\r\n\r\n".utf8) : [])
    }

    /// An HTTP response block.
    static func httpResponse(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    /// `body` in chunked transfer coding, cut into pieces of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int = 7) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < body.count {
            let piece = body[index..<min(index + size, body.count)]
            out += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
            index += size
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    /// One gzip member holding `data` (stored deflate blocks); `extra` adds an FEXTRA field.
    static func gzip(_ data: [UInt8], extra: [UInt8]? = nil) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, extra == nil ? 0 : 4, 0, 0, 0, 0, 0, 0xFF]
        if let extra { out += [UInt8(extra.count & 0xFF), UInt8(extra.count >> 8)] + extra }
        var index = 0
        repeat {
            let end = min(index + 65_535, data.count)
            let length = end - index
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[index..<end]
            index = end
        } while index < data.count
        let crc = crc32(data)
        out += [0, 8, 16, 24].map { UInt8((crc >> UInt32($0)) & 0xFF) }
        out += [0, 8, 16, 24].map { UInt8((UInt32(truncatingIfNeeded: data.count) >> UInt32($0)) & 0xFF) }
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~crc
    }

    /// Writes `bytes` to a fresh temporary file named `name`; returns its path.
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A small HTML page.
    static func page(_ title: String) -> [UInt8] {
        Array("<!doctype html><html><head><title>\(title)</title></head><body><p>\(title) body text.</p></body></html>".utf8)
    }
}
