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
        SHA1.hex(Array(normalized(text).utf8))
    }

    /// `text` in NFC, lower-cased, with every run of white space replaced by one space and
    /// no leading or trailing space.
    public static func normalized(_ text: String) -> String {
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
}
