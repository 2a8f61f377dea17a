/// A small tokenizer for the attributes of one start tag, used by the charset prescan.
///
/// Reads `name=value`, `name="value"`, `name='value'` and bare `name` pairs until `>` and returns
/// them with lower-cased names (first occurrence wins) plus the index after the tag.
enum TagAttributes {
    static func parse(_ bytes: [UInt8], from start: Int, end: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var index = start
        func skipSpace() {
            while index < end, CharsetSniffer.isSpaceOrSlash(bytes[index]) { index += 1 }
        }
        while index < end {
            skipSpace()
            guard index < end, bytes[index] != UInt8(ascii: ">") else { return (attributes, index + 1) }
            let nameStart = index
            while index < end, !CharsetSniffer.isSpaceOrSlash(bytes[index]),
                  bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index].map(CharsetSniffer.lower), as: UTF8.self)
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index += 1 }
            var value = ""
            if index < end, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    let valueStart = index
                    while index < end, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < end, !CharsetSniffer.isSpaceOrSlash(bytes[index]),
                          bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if !name.isEmpty, attributes[name] == nil { attributes[name] = value }
            if nameStart == index { index += 1 }
        }
        return (attributes, end)
    }
}
