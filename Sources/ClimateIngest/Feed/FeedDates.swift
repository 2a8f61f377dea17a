import ClimateCore
import Foundation

/// Minimal date reading for feeds until the shared `DateParser` (branch `dateswarc`) lands.
///
/// Reads RFC 822/1123 (`Thu, 01 Jan 2004 19:48:21 GMT`, numeric and common named zones, 2-digit
/// years, missing seconds) and W3C-DTF / ISO 8601 (`2003-12-31T10:14:55Z`, fractions, offsets,
/// date-only). Everything else is nil. Replace the body with `DateParser.parse` once available.
enum FeedDates {
    static func parse(_ raw: String) -> Date? {
        let text = raw.trimmedSpace
        guard let first = text.utf8.first else { return nil }
        if first >= 0x30, first <= 0x39, text.hasByte(UInt8(ascii: "-")) || text.utf8.count == 8,
           let date = iso8601(text) { return date }
        return rfc822(text)
    }

    private static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "BST": 1, "EET": 2, "EEST": 3, "JST": 9,
        "A": -1, "M": -12, "N": 1, "Y": 12,
    ]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func rfc822(_ text: String) -> Date? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = parts.first, first.first?.isLetter == true, months.firstIndex(of: String(first.lowercased().prefix(3))) == nil {
            parts.removeFirst()
        }
        guard parts.count >= 3 else { return nil }
        var dayText = parts[0], monthText = parts[1]
        if Int(dayText) == nil { swap(&dayText, &monthText) }
        guard let day = Int(dayText), let month = months.firstIndex(of: String(monthText.lowercased().prefix(3))),
              var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0
        var offsetMinutes = 0
        if parts.count >= 4 {
            let hms = parts[3].split(separator: ":").map { Int($0) }
            guard hms.count >= 2, let h = hms[0], let m = hms[1] else { return nil }
            hour = h; minute = m; second = hms.count > 2 ? (hms[2] ?? 0) : 0
        }
        if parts.count >= 5 {
            let zone = parts[4].uppercased()
            if let sign = zone.first, sign == "+" || sign == "-" {
                let digits = String(zone.dropFirst().filter { $0 != ":" })
                guard let value = Int(digits) else { return nil }
                let minutes = digits.count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
                offsetMinutes = sign == "-" ? -minutes : minutes
            } else if let hours = zones[zone] {
                offsetMinutes = hours * 60
            } else if zone.hasPrefix("GMT") || zone.hasPrefix("UTC") {
                offsetMinutes = 0
            }
        }
        guard UTCFormat.isValid(year: year, month: month + 1, day: day), hour < 24, minute < 60, second < 61 else { return nil }
        let date = UTCFormat.date(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: Double(second))
        return date.addingTimeInterval(TimeInterval(-offsetMinutes * 60))
    }

    private static func iso8601(_ text: String) -> Date? {
        let u = Array(text.utf8)
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= u.count else { return nil }
            var v = 0
            for k in 0..<width { let d = Int(u[i + k]) - 48; guard (0...9).contains(d) else { return nil }; v = v * 10 + d }
            i += width
            return v
        }
        func skip(_ c: Character) -> Bool { if i < u.count, u[i] == c.asciiValue! { i += 1; return true }; return false }
        guard let year = number(4) else { return nil }
        _ = skip("-")
        let month = number(2) ?? 1
        _ = skip("-")
        let day = number(2) ?? 1
        var hour = 0, minute = 0
        var second = 0.0
        var offset = 0
        if skip("T") || skip(" ") || skip("t") {
            guard let h = number(2) else { return nil }
            hour = h
            _ = skip(":")
            minute = number(2) ?? 0
            if skip(":") { second = Double(number(2) ?? 0) }
            if skip(".") || skip(",") {
                var fraction = "0."
                while i < u.count, u[i] >= 48, u[i] <= 57 { fraction.append(Character(UnicodeScalar(u[i]))); i += 1 }
                second += Double(fraction) ?? 0
            }
            if i < u.count {
                if skip("Z") || skip("z") { offset = 0 } else if u[i] == 43 || u[i] == 45 {
                    let negative = u[i] == 45
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = skip(":")
                    let om = number(2) ?? 0
                    offset = (oh * 60 + om) * (negative ? -1 : 1)
                }
            }
        }
        guard UTCFormat.isValid(year: year, month: month, day: day), hour <= 24, minute < 60 else { return nil }
        let date = UTCFormat.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return date.addingTimeInterval(TimeInterval(-offset * 60))
    }
}
