@testable import ClimateStore
import Foundation
import Testing

/// Raw-bytes compression: every path writes a zlib stream that zlib reads back unchanged.
@Suite("Deflate")
struct DeflateTests {
    /// HTML-like bytes with repetition, plus incompressible noise and the empty input.
    static let samples: [[UInt8]] = {
        var generator = SystemRandomNumberGenerator()
        let page = Array(String(repeating: "<div class=\"story\"><p>Forty migrants reached Lampedusa on Tuesday.</p></div>\n", count: 2_000).utf8)
        let noise = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [page, noise, [], Array("a".utf8)]
    }()

    @Test("the chosen compressor round-trips (libdeflate when the system has it, else zlib)")
    func roundTrip() throws {
        if LibDeflate.shared == nil { print("NOTE: libdeflate.so.0 absent: Deflate uses zlib only") }
        for bytes in Self.samples {
            let blob = try Deflate.compress(bytes)
            #expect(try Deflate.decompress(blob, size: bytes.count) == bytes)
        }
    }

    @Test("zlib and libdeflate streams both decompress to the input")
    func bothLibraries() throws {
        for bytes in Self.samples {
            #expect(try Deflate.decompress(Deflate.zlibCompress(bytes), size: bytes.count) == bytes)
            if let library = LibDeflate.shared {
                let stream = try #require(bytes.withUnsafeBytes { library.compress($0, level: Deflate.level) })
                #expect(stream.first.map { $0 & 0x0F } == 8, "a zlib header (CM = 8, deflate)")
                #expect(try Deflate.decompress(Data(stream), size: bytes.count) == bytes)
            }
        }
    }

    @Test("HTML compresses several times over")
    func ratio() throws {
        let page = Self.samples[0]
        #expect(try Deflate.compress(page).count * 4 < page.count)
    }
}
