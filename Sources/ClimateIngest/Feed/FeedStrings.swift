#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast string helpers on UTF-8 (Foundation's `trimmingCharacters`/`contains` bridge through UTF-16
/// and dominated the profile on large feeds).
extension String {
    /// The string without leading and trailing whitespace, like Python's `str.strip()`.
    var trimmedSpace: String {
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        if !Self.isEdgeSpace(first) && !Self.isEdgeSpace(last) { return self }
        var scalars = Substring(self).unicodeScalars
        while let s = scalars.first, Self.isSpace(s) { scalars.removeFirst() }
        while let s = scalars.last, Self.isSpace(s) { scalars.removeLast() }
        return String(scalars)
    }

    /// True when the UTF-8 form contains `byte`.
    @inline(__always) func hasByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// True when every byte is ASCII.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            var i = 0
            let n = buffer.count
            while i + 8 <= n {
                if UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                i += 8
            }
            while i < n { if buffer[i] >= 0x80 { return false }; i += 1 }
            return true
        } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// True when every character is at most U+00FF (checked on the UTF-8 bytes: no lead byte above 0xC3).
    var isLatin1: Bool {
        utf8.withContiguousStorageIfAvailable { !$0.contains(where: { $0 >= 0xC4 }) }
            ?? unicodeScalars.allSatisfy { $0.value <= 0xFF }
    }

    /// True when the text holds a C1 control character U+0080–U+009F (UTF-8 `C2 80` ... `C2 9F`).
    var hasC1Control: Bool {
        utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var i = 0
            let n = buffer.count
            while i + 1 < n {
                // Jump from one 0xC2 lead byte to the next.
                guard let found = memchr(base + i, 0xC2, n - i - 1) else { return false }
                i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if buffer[i + 1] >= 0x80, buffer[i + 1] <= 0x9F { return true }
                i += 1
            }
            return false
        } ?? unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0x9F }
    }

    /// A lead byte that may start or end a whitespace character (ASCII space/controls, or non-ASCII).
    private static func isEdgeSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || b >= 0x80 || (b >= 0x1C && b <= 0x1F) }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x1C...0x1F, 0x85, 0xA0: return true
        case 0..<0x80: return false
        default: return s.properties.isWhitespace
        }
    }
}
