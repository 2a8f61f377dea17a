@testable import ClimateIngest
import Testing

/// `UTF8Check` (with its eight-bytes-at-a-time ASCII skip) against the standard library's validation.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    @Test("validity and ASCII-ness agree with String(validating:) on random mixtures")
    func agreesWithStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("<p>plain ASCII text of some length</p>".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8),
            [0xC3], [0xE2, 0x82], [0xFF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("a".utf8),
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let check = UTF8Check(bytes[...])
            #expect(check.isValid == (String(validating: bytes, as: UTF8.self) != nil), "bytes \(bytes)")
            #expect(check.isASCII == bytes.allSatisfy { $0 < 0x80 }, "bytes \(bytes)")
        }
    }

    @Test("a multi-byte sequence right after an eight-byte ASCII run is still checked")
    func boundaries() {
        for offset in 0..<17 {
            let prefix = [UInt8](repeating: 0x61, count: offset)
            #expect(UTF8Check((prefix + [0xC3, 0xA9])[...]).multiByte == 1)
            #expect(UTF8Check((prefix + [0xC3])[...]).invalid == 1)
        }
    }
}
