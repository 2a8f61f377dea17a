import ClimateCore
import Foundation

/// Date parsing for ingestion.
///
/// TEMPORARY: a small ISO 8601 fallback until `DateParser` (branch `dateswarc`) is merged; then
/// `parse` calls `DateParser.parse` and the fallback below is deleted.
enum IngestDates {
    /// The instant `text` names, or nil when it is not a date this parser understands.
    static func parse(_ text: String) -> Date? {
        isoFallback(text.trimmingSpaces())
    }

    /// `YYYY-MM-DD`, optionally followed by `T` or space, `HH:MM[:SS[.fff]]` and `Z` or `±HH[:]MM`.
    private static func isoFallback(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= chars.count else { return nil }
            var value = 0
            for byte in chars[start..<start + length] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), chars.count >= 10, chars[4] == 0x2D, let month = number(5, 2),
              chars[7] == 0x2D, let day = number(8, 2), UTCFormat.isValid(year: year, month: month, day: day)
        else { return nil }
        if chars.count == 10 { return UTCFormat.date(year: year, month: month, day: day) }
        guard chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "), let hour = number(11, 2),
              chars.count >= 16, chars[13] == 0x3A, let minute = number(14, 2), hour < 24, minute < 60
        else { return nil }
        var index = 16
        var second = 0.0
        if index < chars.count, chars[index] == 0x3A, let whole = number(index + 1, 2), whole < 61 {
            second = Double(whole)
            index += 3
            if index < chars.count, chars[index] == UInt8(ascii: ".") {
                index += 1
                var scale = 0.1
                while index < chars.count, chars[index] >= 0x30 && chars[index] <= 0x39 {
                    second += Double(chars[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
            }
        }
        var offset = 0
        if index < chars.count {
            let sign = chars[index]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                index += 1
            } else if sign == 0x2B || sign == 0x2D, let offHour = number(index + 1, 2) {
                index += 3
                if index < chars.count, chars[index] == 0x3A { index += 1 }
                let offMinute = number(index, 2) ?? 0
                if number(index, 2) != nil { index += 2 }
                offset = (offHour * 60 + offMinute) * 60 * (sign == 0x2D ? -1 : 1)
            } else {
                return nil
            }
        }
        guard index == chars.count else { return nil }
        let local = UTCFormat.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return local.addingTimeInterval(TimeInterval(-offset))
    }
}
