@testable import ClimateStore
import ClimateCore
import CZlib
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

/// Gzipped pages stored as they came.
@Suite("Raw bytes kept as gzip")
struct GzipRawTests {
    /// A gzip file (RFC 1952) of `bytes` made with zlib, one member.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let deflated = [UInt8](try Deflate.zlibCompress(bytes)).dropFirst(2).dropLast(4)  // raw deflate
        var crc = bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        var size = UInt32(truncatingIfNeeded: bytes.count)
        var file: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflated
        for _ in 0..<4 { file.append(UInt8(crc & 0xFF)); crc >>= 8 }
        for _ in 0..<4 { file.append(UInt8(size & 0xFF)); size >>= 8 }
        return file
    }

    @Test("a gzip file of exactly the raw bytes is kept and reads back")
    func keptAndRead() throws {
        let page = DeflateTests.samples[0]
        let file = try Self.gzip(page)
        #expect(Deflate.gzipHolds(file, page))
        #expect(try Deflate.decompress(Data(file), size: page.count) == page)
    }

    @Test("a gzip file of other bytes (edited, shorter, a non-empty first member) is not kept; every member is read")
    func refused() throws {
        let page = DeflateTests.samples[0]
        let file = try Self.gzip(page)
        var edited = page
        edited[100] ^= 0x20
        #expect(!Deflate.gzipHolds(file, edited))
        #expect(!Deflate.gzipHolds(file, Array(page.dropLast())))
        let twoMembers = try Self.gzip(Array(page.prefix(10))) + file
        #expect(!Deflate.gzipHolds(twoMembers, Array(page.prefix(10)) + page))
        #expect(try Deflate.decompress(Data(twoMembers), size: page.count + 10) == Array(page.prefix(10)) + page)
        let emptyFirst = try Self.gzip([]) + file
        #expect(Deflate.gzipHolds(emptyFirst, page))
        #expect(try Deflate.decompress(Data(emptyFirst), size: page.count) == page)
        #expect(!Deflate.gzipHolds(Array("not gzip at all, but long enough".utf8), page))
    }
}

/// libdeflate's one-call gunzip, used for gzipped page files when the library is present.
@Suite("libdeflate gunzip")
struct LibDeflateGunzipTests {
    @Test("a single-member file is read; two members, corruption and an over-limit size are left to zlib")
    func gunzip() throws {
        guard let library = LibDeflate.shared else {
            print("NOTE: libdeflate.so.0 absent: page files are read with zlib only")
            return
        }
        let page = DeflateTests.samples[0]
        let file = try GzipRawTests.gzip(page)
        #expect(library.gunzip(file, limit: page.count) == page)
        #expect(library.gunzip(file, limit: page.count - 1) == nil)
        #expect(library.gunzip(try GzipRawTests.gzip(Array(page.prefix(10))) + file, limit: 1 << 30) == nil)
        var corrupt = file
        corrupt[file.count / 2] ^= 0xFF
        #expect(library.gunzip(corrupt, limit: 1 << 30) == nil)
        #expect(library.gunzip(Array("plain text, not gzip".utf8), limit: 1 << 30) == nil)
    }
}
