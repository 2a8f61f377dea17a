/// Validates UTF-8 byte by byte (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
struct UTF8Check: Sendable, Equatable {
    /// Number of well-formed multi-byte sequences.
    var multiByte = 0
    /// Number of ill-formed bytes or truncated sequences.
    var invalid = 0

    /// Whether every byte is ASCII.
    var isASCII: Bool { multiByte == 0 && invalid == 0 }
    /// Whether the bytes are valid UTF-8.
    var isValid: Bool { invalid == 0 }

    init(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    init(buffer: UnsafeBufferPointer<UInt8>) { scan(buffer) }

    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = buffer.count
        let raw = UnsafeRawBufferPointer(buffer)
        while index < count {
            // Eight ASCII bytes at a time (most of an HTML page).
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            guard let (length, second) = UTF8Lead.sequence(lead) else { invalid += 1; index += 1; continue }
            var ok = index + length <= count
            if ok {
                ok = second.contains(buffer[index + 1])
                var offset = 2
                while ok && offset < length {
                    ok = buffer[index + offset] & 0xC0 == 0x80
                    offset += 1
                }
            }
            if ok { multiByte += 1; index += length } else { invalid += 1; index += 1 }
        }
    }
}
