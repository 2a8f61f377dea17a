import ClimateCore
import Foundation

/// Reads the dates feeds and web pages carry, without `DateFormatter`.
///
/// Accepts RFC 822/2822 (named, military and numeric zones, 2-digit years, missing weekday,
/// seconds or time), W3C-DTF/ISO 8601 (basic and extended, ordinal and week dates, fractions,
/// no zone = UTC), MSSQL, asctime, Perforce, localised month and weekday names (French,
/// German, Spanish, Portuguese, Italian, Dutch, Hungarian, Greek) and Korean layouts. See
/// docs/DATES.md for the full grammar and what is rejected.
///
/// ## Topics
/// - ``parse(_:)``
/// - ``parseWithReason(_:)``
/// - ``inspectLines(_:)``
public enum DateParser {
    /// The instant `text` denotes, or nil when it is not a date.
    public static func parse(_ text: String) -> Date? {
        try? parseWithReason(text).get()
    }

    /// The instant `text` denotes, or why it is not a date.
    public static func parseWithReason(_ text: String) -> Result<Date, DateParseError> {
        let trimmed = trim(text)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        return parts(trimmed).flatMap { $0.resolve() }
    }

    /// One output line per input: `YYYY-MM-DDTHH:MM:SSZ` or `invalid: <reason>`.
    public static func inspectLines(_ inputs: [String]) -> [String] {
        inputs.map { input in
            switch parseWithReason(input) {
            case .success(let date): return UTCFormat.string(date)
            case .failure(let error): return error.description
            }
        }
    }

    /// `text` without leading and trailing white space (fast path: nothing to trim).
    static func trim(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x80 }
        if plain(first) && plain(last) { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Picks the grammar from the shape of the text.
    static func parts(_ text: String) -> Result<DateParts, DateParseError> {
        if LocalizedDateParser.isKorean(text) { return LocalizedDateParser.parseKorean(text) }
        if LocalizedDateParser.hasMonthWord(text) { return LocalizedDateParser.parseMonthWord(text) }
        if looksISO(text) { return ISO8601DateParser.parse(text) }
        return TextualDateParser.parse(text)
    }

    /// True when the date part (up to `T` or a space) is digits, `-` and `W`, starts with a digit
    /// or `-`, and is not a lone 1-2 digit day number (`4 Jan 2004` is textual).
    static func looksISO(_ text: String) -> Bool {
        var count = 0
        var digitsOnly = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t") || byte == UInt8(ascii: " ") { break }
            let isDigit = byte >= 0x30 && byte <= 0x39
            if count == 0 && !isDigit && byte != UInt8(ascii: "-") { return false }
            guard isDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "W") else { return false }
            if !isDigit { digitsOnly = false }
            count += 1
        }
        return count > 0 && !(digitsOnly && count <= 2)
    }
}
