#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns bytes in a known encoding into a valid Swift `String`; undecodable bytes become U+FFFD.
///
/// UTF-8, UTF-16 and windows-1252 are decoded here (windows-1252 follows WHATWG: 0x80–0x9F are
/// € ‚ ƒ „ … and friends, the five unassigned bytes map to the C1 code points). Every other
/// encoding goes through the C library's iconv.
enum Transcoder {
    /// The decoded text and how many bytes could not be decoded.
    struct Result {
        var text: String
        var replacements: Int
    }

    /// Decodes `bytes` as `encoding` (a canonical name from `CharsetLabel`); nil when the
    /// encoding is not available on this system.
    static func decode(_ bytes: ArraySlice<UInt8>, encoding: String) -> Result? {
        switch encoding {
        case "utf-8":
            let check = UTF8Check(bytes)
            return Result(text: String(decoding: bytes, as: UTF8.self), replacements: check.invalid)
        case "utf-16le", "utf-16be":
            return utf16(bytes, littleEndian: encoding == "utf-16le")
        case "windows-1252":
            return Result(text: windows1252(bytes), replacements: 0)
        default:
            return throughIconv(bytes, from: CharsetLabel.iconvName(encoding))
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        let odd = bytes.count % 2
        if odd == 1 { text.append("\u{FFFD}") }
        return Result(text: text, replacements: odd)
    }

    /// windows-1252 → UTF-8 with a table for 0x80–0x9F; 0xA0–0xFF equal their code points.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            let scalar = byte < 0xA0 ? high1252[Int(byte - 0x80)] : UInt32(byte)
            appendUTF8(scalar, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x800 {
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Code points of windows-1252 bytes 0x80–0x9F (WHATWG index).
    private static let high1252: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Decodes through iconv, replacing each undecodable byte with U+FFFD and carrying on.
    private static func throughIconv(_ bytes: ArraySlice<UInt8>, from name: String) -> Result? {
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var replacements = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let inBase = inBuffer.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let (produced, status) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (outBuffer.count - outLeft, result == -1 ? errno : 0)
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == E2BIG || status == 0 { continue }
                // EILSEQ or EINVAL (truncated at the end): replace one byte and go on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements += 1
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return Result(text: String(decoding: output, as: UTF8.self), replacements: replacements)
    }
}
