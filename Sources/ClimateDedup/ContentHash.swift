import ClimateCore
import Foundation

/// The exact-duplicate key of a text: SHA-1 of its case- and space-folded form.
///
/// Two texts get the same hash when they differ only in letter case, Unicode composition
/// (NFC) or the amount and kind of white space (spaces, tabs, newlines, no-break spaces).
/// Punctuation and words are kept, so any editorial change gives a different hash; use
/// ``MinHashSignature`` for near duplicates.
///
/// ## Topics
/// - ``of(_:)``
/// - ``normalized(_:)``
public enum ContentHash {
    /// The 40-digit lower-case hex SHA-1 of ``normalized(_:)``.
    public static func of(_ text: String) -> String {
        var hasher = SHA1()
        if let bytes = normalizedWithoutNFC(text) {
            bytes.withUnsafeBytes { hasher.update(buffer: $0) }
        } else {
            hasher.update(Array(normalized(text).utf8))
        }
        return SHA1.hexString(hasher.finalize())
    }

    /// `text` in NFC, lower-cased, with every run of white space replaced by one space and
    /// no leading or trailing space.
    public static func normalized(_ text: String) -> String {
        if let bytes = normalizedWithoutNFC(text) { return String(decoding: bytes, as: UTF8.self) }
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// ``normalized(_:)`` as UTF-8 bytes, computed in one pass over the bytes, for texts that are
    /// in NFC whatever their order: every scalar below U+0300 (Latin scripts without combining
    /// marks) or in U+2002–U+20CF (spaces, dashes, quotes, ellipsis, currency signs), none of
    /// which decomposes, combines or takes part in a composition. Nil for any other text.
    static func normalizedWithoutNFC(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = !out.isEmpty
                        continue
                    }
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    continue
                }
                let (scalar, next) = UTF8Scalars.decode(bytes, at: index)
                guard scalar.value < 0x300 || (0x2002...0x20CF).contains(scalar.value) else { return nil }
                index = next
                if scalar.properties.isWhitespace {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                UTF8Scalars.appendLowercased(scalar, to: &out)
            }
            return out
        }
    }
}
