import Foundation

/// Decodes HTML bytes to text: BOM, then valid UTF-8, then the declared charset, else windows-1252.
///
/// Temporary, private stand-in for `HTMLDecoder` (ClimateIngest, branch `ingest`); it is deleted
/// once that decoder is merged. iso-8859-1, latin1, ascii and a missing label are read as
/// windows-1252, as browsers do.
enum PageDecoder {
    /// The decoded text and the name of the encoding used.
    static func decode(_ bytes: [UInt8], contentType: String? = nil) -> (text: String, encoding: String) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (String(decoding: bytes[3...], as: UTF8.self), "utf-8")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (String(decoding: utf16Units(bytes[2...], littleEndian: true), as: UTF16.self), "utf-16le")
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (String(decoding: utf16Units(bytes[2...], littleEndian: false), as: UTF16.self), "utf-16be")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "utf-8") }
        let label = (contentType.flatMap(charset(inHeader:)) ?? declaredCharset(bytes) ?? "").lowercased()
        if label == "utf-8" || label == "utf8" {
            return (String(decoding: bytes, as: UTF8.self), "utf-8")
        }
        if let encoding = foundationEncoding(label) , let text = String(bytes: bytes, encoding: encoding) {
            return (text, label)
        }
        return (windows1252(bytes), "windows-1252")
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return units
    }

    private static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        default: return nil
        }
    }

    /// The `charset=` value of a Content-Type header.
    static func charset(inHeader header: String) -> String? {
        guard let range = header.lowercased().range(of: "charset=") else { return nil }
        let rest = header[range.upperBound...]
        let value = rest.prefix { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" }
        return value.isEmpty ? nil : String(value)
    }

    /// A `<meta charset>` or http-equiv charset declared in the first 4 KB.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var rest = head[range.upperBound...]
        while let first = rest.first, first == "\"" || first == "'" || first == " " { rest = rest.dropFirst() }
        let value = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    /// windows-1252 bytes as text (0x80–0x9F mapped to the punctuation they stand for).
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte < 0xA0 {
                let mapped = high[Int(byte - 0x80)]
                scalars.append(Unicode.Scalar(mapped) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
