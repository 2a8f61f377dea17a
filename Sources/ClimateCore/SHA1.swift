/// SHA-1 (FIPS 180-4) over bytes, for content hashes and WARC payload digests.
///
/// Not for security: used where formats and tools compare SHA-1 digests (WARC, warcio).
public struct SHA1: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() { buffer.reserveCapacity(64) }

    /// Feeds more bytes.
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        // Arrays, slices and native strings' UTF-8 views are contiguous: hash whole blocks.
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: UnsafeRawBufferPointer($0)) }
        if contiguous != nil { return }
        length &+= UInt64(bytes.count)
        for byte in bytes {
            buffer.append(byte)
            if buffer.count == 64 {
                compress(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Feeds a contiguous buffer (fast path: whole blocks are compressed without copying bytes one by one).
    public mutating func update(buffer bytes: UnsafeRawBufferPointer) {
        var start = 0
        length &+= UInt64(bytes.count)
        if !buffer.isEmpty {
            while start < bytes.count && buffer.count < 64 { buffer.append(bytes[start]); start += 1 }
            if buffer.count == 64 { compress(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        while bytes.count - start >= 64 {
            compress(UnsafeRawBufferPointer(rebasing: bytes[start..<start + 64]))
            start += 64
        }
        while start < bytes.count { buffer.append(bytes[start]); start += 1 }
    }

    /// The 20-byte digest. The value itself is not changed.
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = length &* 8
        // The buffered bytes, 0x80, zeros, and the 64-bit length: one or two final blocks.
        let blocks = buffer.count + 1 + 8 <= 64 ? 1 : 2
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            for (i, byte) in buffer.enumerated() { tail[i] = byte }
            tail[buffer.count] = 0x80
            let end = blocks * 64
            for k in 0..<8 { tail[end - 1 - k] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * k)) }
            for block in 0..<blocks {
                copy.compress(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(tail)[(block * 64)..<(block * 64 + 64)]))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for word in [copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4] {
            out.append(UInt8(word >> 24)); out.append(UInt8((word >> 16) & 0xFF))
            out.append(UInt8((word >> 8) & 0xFF)); out.append(UInt8(word & 0xFF))
        }
        return out
    }

    /// Lower-case hex digest of the UTF-8 bytes of `text`.
    public static func hex(utf8 text: String) -> String {
        var text = text
        return text.withUTF8 { hex(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Lower-case hex digest of contiguous bytes (OpenSSL's SHA-1 for large inputs, when present).
    public static func hex(buffer bytes: UnsafeRawBufferPointer) -> String {
        if bytes.count >= SystemSHA1.minimumBytes, let system = SystemSHA1.shared { return hexString(system.digest(bytes)) }
        var hasher = SHA1()
        hasher.update(buffer: bytes)
        return hexString(hasher.finalize())
    }

    /// Lower-case hex digest of `bytes`.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hex(buffer: UnsafeRawBufferPointer($0)) }) { return digest }
        var hasher = SHA1()
        hasher.update(bytes)
        return hexString(hasher.finalize())
    }

    /// Lower-case hex of a digest.
    public static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digest.count * 2)
        for byte in digest { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One 64-byte block of contiguous memory (words loaded directly, big-endian).
    private mutating func compress(_ block: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
            rounds(w)
        }
    }

    private mutating func compress<C: Collection>(_ block: C) where C.Element == UInt8, C.Index == Int {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            let base = block.startIndex
            for i in 0..<16 {
                w[i] = UInt32(block[base + 4 * i]) << 24 | UInt32(block[base + 4 * i + 1]) << 16
                    | UInt32(block[base + 4 * i + 2]) << 8 | UInt32(block[base + 4 * i + 3])
            }
            rounds(w)
        }
    }

    /// The 80 rounds over a block whose first 16 words are in `w` (big-endian already decoded).
    ///
    /// Four loops of 20 rounds (one round function each) rather than a switch per round.
    private mutating func rounds(_ w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 16..<80 {
            let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w[i] = (x &<< 1) | (x &>> 31)
        }
        var (a, b, c, d, e) = state
        @inline(__always) func step(_ f: UInt32, _ k: UInt32, _ word: UInt32) {
            let temp = ((a &<< 5) | (a &>> 27)) &+ f &+ e &+ k &+ word
            e = d; d = c; c = (b &<< 30) | (b &>> 2); b = a; a = temp
        }
        for i in 0..<20 { step((b & c) | (~b & d), 0x5A82_7999, w[i]) }
        for i in 20..<40 { step(b ^ c ^ d, 0x6ED9_EBA1, w[i]) }
        for i in 40..<60 { step((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, w[i]) }
        for i in 60..<80 { step(b ^ c ^ d, 0xCA62_C1D6, w[i]) }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }
}
