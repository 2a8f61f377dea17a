import ClimateCore
import Foundation

/// Parses the date notations found in page metadata, URLs and text, without `DateFormatter`.
///
/// Accepted: ISO 8601 and its common variants (`2024-03-05`, `2024-03-05T10:20`,
/// `2024-03-05 10:20:30.123+01:00`, `+0100`, `Z`, `UTC`), compact `20240305`, RFC 822
/// (`Tue, 5 Mar 2024 10:20:30 GMT`, English month names) and `5.3.2024` (day first). A time
/// without a zone is read as UTC. Years outside 1990...2100 are refused.
enum DateParser {
    static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let bytes = Array(text.utf8)
        guard bytes.count >= 6 else { return nil }
        if let date = iso(bytes) { return date }
        if let date = dotted(bytes) { return date }
        return rfc822(text)
    }

    /// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][zone]` or `YYYYMMDD` at the start of `bytes`.
    static func iso(_ bytes: [UInt8]) -> Date? {
        var scanner = ByteScanner(bytes)
        guard let year = scanner.number(digits: 4) else { return nil }
        let separated = scanner.skip(UInt8(ascii: "-")) || scanner.skip(UInt8(ascii: "/"))
        guard let month = scanner.number(digits: 2) else { return nil }
        if separated { _ = scanner.skip(UInt8(ascii: "-")) || scanner.skip(UInt8(ascii: "/")) }
        guard let day = scanner.number(digits: 2), valid(year, month, day) else { return nil }
        var seconds = 0.0
        if scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: " ")) || scanner.skip(UInt8(ascii: "t")) {
            if let hour = scanner.number(digits: 2), scanner.skip(UInt8(ascii: ":")), let minute = scanner.number(digits: 2),
                hour < 24, minute < 60 {
                seconds = Double(hour * 3600 + minute * 60)
                if scanner.skip(UInt8(ascii: ":")), let second = scanner.number(digits: 2), second < 61 {
                    seconds += Double(second)
                    if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) { scanner.skipDigits() }
                }
                _ = scanner.skip(UInt8(ascii: " "))
                seconds -= Double(scanner.zoneOffset())
            }
        }
        return UTCFormat.date(year: year, month: month, day: day).addingTimeInterval(seconds)
    }

    /// `D.M.YYYY` (day first, as in German, Polish and most European text).
    static func dotted(_ bytes: [UInt8]) -> Date? {
        var scanner = ByteScanner(bytes)
        guard let day = scanner.number(minDigits: 1, maxDigits: 2), scanner.skip(UInt8(ascii: ".")) else { return nil }
        _ = scanner.skip(UInt8(ascii: " "))
        guard let month = scanner.number(minDigits: 1, maxDigits: 2), scanner.skip(UInt8(ascii: ".")) else { return nil }
        _ = scanner.skip(UInt8(ascii: " "))
        guard let year = scanner.number(digits: 4), valid(year, month, day) else { return nil }
        return UTCFormat.date(year: year, month: month, day: day)
    }

    /// RFC 822 / 1123: `[Wdy, ]D Mon YYYY [HH:MM[:SS]] [zone]`.
    static func rfc822(_ text: String) -> Date? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.count >= 3, first.first?.isLetter == true, monthNumber(first) == nil {
            words.removeFirst()
        }
        guard words.count >= 3 else { return nil }
        var day: Int?
        var month: Int?
        if let d = Int(words[0]), let m = monthNumber(words[1]) { day = d; month = m } else if let m = monthNumber(words[0]),
            let d = Int(words[1]) { day = d; month = m }
        guard let day, let month, let year = Int(words[2]), valid(year, month, day) else { return nil }
        var seconds = 0.0
        if words.count >= 4 {
            let parts = words[3].split(separator: ":").compactMap { Int($0) }
            if parts.count >= 2, parts[0] < 24, parts[1] < 60 {
                seconds = Double(parts[0] * 3600 + parts[1] * 60 + (parts.count > 2 ? parts[2] : 0))
                if words.count >= 5 {
                    var scanner = ByteScanner(Array(words[4].utf8))
                    seconds -= Double(scanner.zoneOffset())
                }
            }
        }
        return UTCFormat.date(year: year, month: month, day: day).addingTimeInterval(seconds)
    }

    static func monthNumber(_ word: String) -> Int? {
        let key = word.prefix(3).lowercased()
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: key).map { $0 + 1 }
    }

    static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1990...2100).contains(year) && UTCFormat.isValid(year: year, month: month, day: day)
    }
}

/// A tiny cursor over ASCII bytes for the date notations.
struct ByteScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? { number(minDigits: digits, maxDigits: digits) }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
            value = value * 10 + Int(bytes[position] - 48)
            position += 1
            count += 1
        }
        return count >= minDigits ? value : nil
    }

    mutating func skipDigits() { while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 } }

    /// A zone at the cursor as seconds east of UTC: `Z`, `UTC`, `GMT`, `+01:00`, `+0100`, `-05`; 0 when absent.
    mutating func zoneOffset() -> Int {
        guard position < bytes.count else { return 0 }
        let sign: Int
        switch bytes[position] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default:
            let rest = String(decoding: bytes[position...], as: UTF8.self).uppercased()
            let zones = ["EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                         "CET": 1, "CEST": 2]
            return (zones[String(rest.prefix(4))] ?? zones[String(rest.prefix(3))] ?? 0) * 3600
        }
        position += 1
        guard let hours = number(digits: 2) else { return 0 }
        _ = skip(UInt8(ascii: ":"))
        let minutes = number(digits: 2) ?? 0
        return sign * (hours * 3600 + minutes * 60)
    }
}
