import Testing
@testable import ClimateCore

@Suite struct SHA1Tests {
    @Test func knownDigests() {
        #expect(SHA1.hex(Array("".utf8)) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA1.hex(long) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func bufferUpdateMatchesByteUpdate() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var a = SHA1()
        data.withUnsafeBytes { a.update(buffer: UnsafeRawBufferPointer(rebasing: $0[0..<7])) }
        data.withUnsafeBytes { a.update(buffer: UnsafeRawBufferPointer(rebasing: $0[7..<1000])) }
        #expect(SHA1.hexString(a.finalize()) == SHA1.hex(data))
    }

    @Test func longInputAndEveryPath() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA1.hex(million) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        // A non-contiguous collection takes the byte-by-byte path; a string its UTF-8 buffer.
        let text = String(repeating: "Łódź, 41 ", count: 500)
        let viaBytes = SHA1.hex(text.utf8.lazy.map { $0 })
        #expect(viaBytes == SHA1.hex(Array(text.utf8)))
        #expect(SHA1.hex(utf8: text) == viaBytes)
    }

    @Test func systemLibraryAgreesWithPortableCode() {
        guard let system = SystemSHA1.shared else {
            print("NOTE: libcrypto.so.3 absent: SHA1 uses its portable code only")
            return
        }
        var generator = SystemRandomNumberGenerator()
        for length in [4096, 4097, 65_536, 176_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var portable = SHA1()
            portable.update(Array(bytes).lazy.map { $0 })
            #expect(bytes.withUnsafeBytes { system.digest($0) } == portable.finalize())
            #expect(SHA1.hex(bytes) == SHA1.hexString(portable.finalize()))
        }
    }
}
