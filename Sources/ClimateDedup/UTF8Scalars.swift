/// Decoding of Unicode scalars straight from UTF-8 bytes, for the byte-level fast paths of
/// ``ContentHash`` and ``Shingles``.
///
/// Swift strings always hold valid UTF-8, so the decoder trusts lead and continuation bytes.
enum UTF8Scalars {
    /// The scalar whose encoding starts at `index` and the index just after it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F); length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F); length = 3
        } else {
            value = UInt32(lead & 0x07); length = 4
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index + length)
    }

    /// Appends the UTF-8 encoding of `scalar` to `out`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            out.append(UInt8(value))
        case ..<0x800:
            out.append(UInt8(0xC0 | value >> 6)); out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | value >> 12)); out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18)); out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Appends the Unicode lower-case mapping of `scalar` (itself when it has none).
    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let properties = scalar.properties
        if properties.changesWhenLowercased {
            for mapped in properties.lowercaseMapping.unicodeScalars { append(mapped, to: &out) }
        } else {
            append(scalar, to: &out)
        }
    }
}
