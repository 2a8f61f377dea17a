import ClimateCore
import Foundation

/// Feed dates (`pubDate`, `updated`, `dc:date`, ...), read by the shared `DateParser`.
///
/// The two canonical shapes that make up nearly all feed dates take a strict fast path first:
/// RFC 1123 `Thu, 01 Jan 2004 19:48:21 GMT` (zone `GMT`/`UT`/`UTC`/`Z`, the RFC 822 US zones, `±HHMM`) and W3C-DTF
/// `2004-01-01T19:48:21Z` (optional fraction, zone `Z`/`±HH:MM`). Anything else, or anything the fast
/// path is unsure about, goes to `DateParser.parse` (which costs ~10 µs a date; the fast path ~0.2 µs).
/// `FeedDatesTests` checks the fast path agrees with `DateParser` on both shapes.
enum FeedDates {
    static func parse(_ raw: String) -> Date? {
        var text = raw
        let fast = text.withUTF8 { u -> Date? in
            var a = 0, b = u.count
            while a < b, u[a] == 0x20 || u[a] == 0x09 || u[a] == 0x0A || u[a] == 0x0D { a += 1 }
            while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 || u[b - 1] == 0x0A || u[b - 1] == 0x0D { b -= 1 }
            let s = UnsafeBufferPointer(rebasing: u[a..<b])
            return rfc1123(s) ?? w3cdtf(s)
        }
        return fast ?? DateParser.parse(raw)
    }

    private static func digits(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> Int? {
        guard at + count <= s.count else { return nil }
        var v = 0
        for k in at..<(at + count) {
            let d = Int(s[k]) &- 48
            guard d >= 0, d <= 9 else { return nil }
            v = v * 10 + d
        }
        return v
    }

    private static let weekdays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Www, DD Mmm YYYY HH:MM:SS ZONE`, exactly.
    static func rfc1123(_ s: UnsafeBufferPointer<UInt8>) -> Date? {
        guard s.count >= 27, s[3] == 0x2C, s[4] == 0x20, s[7] == 0x20, s[11] == 0x20, s[16] == 0x20,
              s[19] == 0x3A, s[22] == 0x3A, s[25] == 0x20,
              weekdays.contains(String(decoding: UnsafeBufferPointer(rebasing: s[0..<3]), as: UTF8.self)),
              let month = months.firstIndex(of: String(decoding: UnsafeBufferPointer(rebasing: s[8..<11]), as: UTF8.self)),
              let day = digits(s, 5, 2), let year = digits(s, 12, 4), let hour = digits(s, 17, 2),
              let minute = digits(s, 20, 2), let second = digits(s, 23, 2) else { return nil }
        let zone = String(decoding: UnsafeBufferPointer(rebasing: s[26...]), as: UTF8.self)
        var offset = 0
        switch zone {
        case "GMT", "UT", "UTC", "Z": offset = 0
        case "EST": offset = -300
        case "EDT", "CST": offset = zone == "EDT" ? -240 : -360
        case "CDT", "MST": offset = zone == "CDT" ? -300 : -420
        case "MDT", "PST": offset = zone == "MDT" ? -360 : -480
        case "PDT": offset = -420
        default:
            guard s.count == 31, s[26] == 0x2B || s[26] == 0x2D, let hh = digits(s, 27, 2), let mm = digits(s, 29, 2),
                  hh < 24, mm < 60 else { return nil }
            offset = (hh * 60 + mm) * (s[26] == 0x2D ? -1 : 1)
        }
        return make(year, month + 1, day, hour, minute, Double(second), offset)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, exactly.
    static func w3cdtf(_ s: UnsafeBufferPointer<UInt8>) -> Date? {
        guard s.count >= 20, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54, s[13] == 0x3A, s[16] == 0x3A,
              let year = digits(s, 0, 4), let month = digits(s, 5, 2), let day = digits(s, 8, 2),
              let hour = digits(s, 11, 2), let minute = digits(s, 14, 2), let whole = digits(s, 17, 2) else { return nil }
        var i = 19
        var second = Double(whole)
        if s[i] == 0x2E {
            i += 1
            var scale = 0.1
            let start = i
            while i < s.count, let d = digits(s, i, 1) { second += Double(d) * scale; scale /= 10; i += 1 }
            guard i > start else { return nil }
        }
        guard i < s.count else { return nil }
        var offset = 0
        if s[i] == 0x5A, i + 1 == s.count {
            offset = 0
        } else if s[i] == 0x2B || s[i] == 0x2D, i + 6 == s.count, s[i + 3] == 0x3A,
                  let hh = digits(s, i + 1, 2), let mm = digits(s, i + 4, 2), hh < 24, mm < 60 {
            offset = (hh * 60 + mm) * (s[i] == 0x2D ? -1 : 1)
        } else {
            return nil
        }
        return make(year, month, day, hour, minute, second, offset)
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Double,
                             _ offsetMinutes: Int) -> Date? {
        guard year >= 1900, UTCFormat.isValid(year: year, month: month, day: day), hour < 24, minute < 60,
              second < 60 else { return nil }
        let date = UTCFormat.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return date.addingTimeInterval(TimeInterval(-offsetMinutes * 60))
    }
}
