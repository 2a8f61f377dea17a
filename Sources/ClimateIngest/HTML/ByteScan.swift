#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level searches over an HTML page that do not need a parser (where `<body` starts, which
/// start tags open raw-text elements).
enum ByteScan {
    /// The index of the next `byte` at or after `from` (`memchr`).
    @inline(__always)
    static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `word` (lower-case ASCII) stands at `index`, upper-case ASCII letters read as lower-case.
    @inline(__always)
    static func hasWord(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= bytes.count else { return false }
        for k in 0..<length {
            let byte = bytes[index + k]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != word.utf8Start[k] { return false }
        }
        return true
    }
}
