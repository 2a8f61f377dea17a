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
        let u = Array(text.utf8)
        var tokens: [Range<Int>] = []
        var i = 0
        while i < u.count {
            while i < u.count, u[i] == 0x20 || u[i] == 0x2C || u[i] == 0x09 { i += 1 }
            let start = i
            while i < u.count, u[i] != 0x20, u[i] != 0x2C, u[i] != 0x09 { i += 1 }
            if i > start { tokens.append(start..<i) }
        }
        func number(_ r: Range<Int>) -> Int? {
            guard !r.isEmpty, r.count <= 9 else { return nil }
            var v = 0
            for k in r { let d = Int(u[k]) &- 48; guard d >= 0, d <= 9 else { return nil }; v = v * 10 + d }
            return v
        }
        func month(_ r: Range<Int>) -> Int? {
            guard r.count >= 3 else { return nil }
            let key = String(decoding: u[r.lowerBound..<(r.lowerBound + 3)].map { $0 | 0x20 }, as: UTF8.self)
            return months.firstIndex(of: key)
        }
        if let first = tokens.first, u[first.lowerBound] | 0x20 >= 0x61, u[first.lowerBound] | 0x20 <= 0x7A, month(first) == nil {
            tokens.removeFirst()
        }
        guard tokens.count >= 3 else { return nil }
        var dayToken = tokens[0], monthToken = tokens[1]
        if number(dayToken) == nil { swap(&dayToken, &monthToken) }
        guard let day = number(dayToken), let monthIndex = month(monthToken), var year = number(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0
        var offsetMinutes = 0
        if tokens.count >= 4 {
            let parts = u[tokens[3]].split(separator: 0x3A, omittingEmptySubsequences: false).map { $0.startIndex..<$0.endIndex }
            guard parts.count >= 2, let h = number(parts[0]), let m = number(parts[1]) else { return nil }
            hour = h; minute = m; second = parts.count > 2 ? (number(parts[2]) ?? 0) : 0
        }
        if tokens.count >= 5 {
            let zone = String(decoding: u[tokens[4]], as: UTF8.self).uppercased()
            if let sign = zone.first, sign == "+" || sign == "-" {
                let digits = String(zone.dropFirst().filter { $0 != ":" })
                guard let value = Int(digits) else { return nil }
                let minutes = digits.count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
                offsetMinutes = sign == "-" ? -minutes : minutes
            } else if let hours = zones[zone] {
                offsetMinutes = hours * 60
            }
        }
        let monthNumber = monthIndex + 1
        guard UTCFormat.isValid(year: year, month: monthNumber, day: day), hour < 24, minute < 60, second < 61 else { return nil }
        let date = UTCFormat.date(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: Double(second))
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
