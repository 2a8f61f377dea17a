/// Removes HTTP transfer and content encodings from a stored payload, the way warcio's
/// `content_stream()` does.
///
/// 1. `Transfer-Encoding: chunked` is removed. When the chunk framing breaks, the rest is taken
///    as it stands (servers send `chunked` headers over unchunked bodies); a body cut short keeps
///    what was read.
/// 2. `Content-Encoding: gzip` / `x-gzip` / `deflate` (zlib or raw) is removed. When the data
///    does not inflate from its first byte, the bytes are returned unchanged (ClueWeb22 stores
///    decoded bodies under `Content-Encoding: gzip`); when inflating fails midway, what was
///    inflated is kept. Other encodings (`br`, `zstd`) are left as they are.
enum PayloadDecoder {
    static func decode(_ payload: [UInt8], headers: WARCHeaders) -> [UInt8] {
        var bytes = payload
        if headers.value("Transfer-Encoding")?.lowercased() == "chunked" { bytes = dechunk(bytes) }
        switch headers.value("Content-Encoding")?.lowercased() {
        case "gzip", "x-gzip": return inflate(bytes, windowBits: [15 + 16])
        case "deflate": return inflate(bytes, windowBits: [15, -15])
        default: return bytes
        }
    }

    /// Chunked transfer coding removed (see the type's notes for broken framing).
    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let lineStart = index
            guard let newline = bytes[index...].prefix(64).firstIndex(of: 0x0A), newline > index,
                  bytes[newline - 1] == 0x0D, let size = chunkSize(bytes[index..<newline - 1])
            else {
                out.append(contentsOf: bytes[lineStart...])
                return out
            }
            index = newline + 1
            if size == 0 { return out }
            let available = min(size, bytes.count - index)
            out.append(contentsOf: bytes[index..<index + available])
            index += available
            if available < size { return out }
            let terminator = bytes[index..<min(index + 2, bytes.count)]
            if !terminator.elementsEqual([0x0D, 0x0A]) {
                // Framing broken: this chunk goes out with its size line, as it stands; the two
                // bytes read as its terminator are dropped and the rest is taken unchanged.
                out.removeLast(available)
                out.append(contentsOf: bytes[lineStart..<index])
                index = min(index + 2, bytes.count)
                out.append(contentsOf: bytes[index...])
                return out
            }
            index += 2
        }
        return out
    }

    /// Hex chunk size before any `;extension`; nil when not hex.
    private static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        let sizeText = line.split(separator: UInt8(ascii: ";"), maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        let text = String(decoding: sizeText, as: UTF8.self).trimmingCharacters(in: " \t")
        guard !text.isEmpty, text.count <= 16, let size = Int(text, radix: 16), size >= 0 else { return nil }
        return size
    }

    /// Inflates with the first `windowBits` that works; unchanged bytes when none does.
    private static func inflate(_ bytes: [UInt8], windowBits: [Int32]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        for bits in windowBits {
            let (output, outcome) = ZlibInflater.inflateAll(bytes, windowBits: bits)
            if case .dataError = outcome, output.isEmpty { continue }
            return output
        }
        return bytes
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
