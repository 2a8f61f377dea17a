/// W3C-DTF and ISO 8601 dates, extended and basic forms, plus the MSSQL style.
///
/// Date part: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-DDD`, `YYYYDDD` (ordinal),
/// `YYYY-Www[-D]`, `YYYYWww[D]` (week), `YYYY-0MM-DD` (an extra leading zero in the month),
/// and the 2-digit-year forms `YY-MM-DD`, `YYMMDD`, `YYDDD`, `-YYMM`, `-YY-MM`, `-YY`.
/// Separator: `T` or spaces. Time: `hh:mm[:ss][.frac]` (hour may be 1 digit) or `hhmm[ss]` after `T`.
/// Zone: `Z`, `±hh[:mm]`, `±hhmm`, or (after a space) a name `DateZones` knows. No zone = UTC.
/// Forms without a year (`--MM-DD`, `---DD`, `-DDD`) are rejected: they depend on today's date.
struct ISO8601DateParser {
    private let bytes: [UInt8]
    private var index = 0
    private var parts = DateParts(year: 0)

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ text: String) -> Result<DateParts, DateParseError> {
        var parser = ISO8601DateParser(Array(text.utf8))
        if let error = parser.readDate() ?? parser.readTimeAndZone() { return .failure(error) }
        return .success(parser.parts)
    }

    // MARK: Date

    private mutating func readDate() -> DateParseError? {
        if peek == UInt8(ascii: "-") {
            index += 1
            let run = digitRun()
            switch run.count {
            case 2 where peek == UInt8(ascii: "-"):
                index += 1
                parts.year = DateParts.expandTwoDigitYear(value(run))
                let month = digitRun()
                guard month.count == 2 else { return .unrecognised(text) }
                parts.month = value(month)
            case 2: parts.year = DateParts.expandTwoDigitYear(value(run))
            case 4:
                parts.year = DateParts.expandTwoDigitYear(value(run.prefix(2)))
                parts.month = value(run.suffix(2))
            default: return run.isEmpty || run.count == 3 ? .noYear : .unrecognised(text)
            }
            return nil
        }
        let run = digitRun()
        switch run.count {
        case 4:
            parts.year = value(run)
            return readAfterFourDigitYear()
        case 8:
            parts.year = value(run.prefix(4)); parts.month = value(run[4..<6]); parts.day = value(run.suffix(2))
        case 7:
            parts.year = value(run.prefix(4))
            return parts.setOrdinal(value(run.suffix(3)))
        case 6:
            parts.year = DateParts.expandTwoDigitYear(value(run.prefix(2)))
            parts.month = value(run[2..<4]); parts.day = value(run.suffix(2))
        case 5:
            parts.year = DateParts.expandTwoDigitYear(value(run.prefix(2)))
            return parts.setOrdinal(value(run.suffix(3)))
        case 2 where peek == UInt8(ascii: "-"):
            parts.year = DateParts.expandTwoDigitYear(value(run))
            index += 1
            let next = digitRun()
            if next.count == 3 { return parts.setOrdinal(value(next)) }
            guard next.count == 2, peek == UInt8(ascii: "-") else { return .unrecognised(text) }
            parts.month = value(next)
            index += 1
            let day = digitRun()
            guard day.count == 2 else { return .unrecognised(text) }
            parts.day = value(day)
        default:
            return .unrecognised(text)
        }
        return nil
    }

    /// After `YYYY`: `-MM[-DD]`, `-DDD`, `-0MM-DD`, `-Www[-D]`, `Www[D]`, or nothing.
    private mutating func readAfterFourDigitYear() -> DateParseError? {
        if peek == UInt8(ascii: "W") { index += 1; return readWeek(extended: false) }
        guard peek == UInt8(ascii: "-") else { return nil }
        index += 1
        if peek == UInt8(ascii: "W") { index += 1; return readWeek(extended: true) }
        let run = digitRun()
        switch run.count {
        case 2:
            parts.month = value(run)
        case 3 where run[0] == UInt8(ascii: "0") && peek == UInt8(ascii: "-"):
            parts.month = value(run)
        case 3:
            return parts.setOrdinal(value(run))
        default:
            return run.isEmpty ? .badNumber("month", rest) : .unrecognised(text)
        }
        guard peek == UInt8(ascii: "-") else { return nil }
        index += 1
        let day = digitRun()
        guard day.count == 2 else { return day.isEmpty ? .badNumber("day", rest) : .unrecognised(text) }
        parts.day = value(day)
        if peek == UInt8(ascii: "-") { return DateParseError(reason: "too many date fields in '\(text)'") }
        return nil
    }

    private mutating func readWeek(extended: Bool) -> DateParseError? {
        let week = digitRun()
        var weekday = 1
        if extended && peek == UInt8(ascii: "-") {
            index += 1
            let day = digitRun()
            guard day.count == 1 else { return .unrecognised(text) }
            weekday = value(day)
        } else if week.count == 3 {
            weekday = value(week.suffix(1))
        }
        guard week.count == 2 || (!extended && week.count == 3) else { return .unrecognised(text) }
        return parts.setWeek(value(week.prefix(2)), weekday: weekday)
    }

    // MARK: Time and zone

    private mutating func readTimeAndZone() -> DateParseError? {
        if index == bytes.count { return nil }
        var afterT = false
        if peek == UInt8(ascii: "T") || peek == UInt8(ascii: "t") {
            index += 1; afterT = true
        } else if peek == UInt8(ascii: " ") {
            skipSpaces()
        } else {
            return .unexpected(rest, after: "date")
        }
        if let error = readTime(compactAllowed: afterT) { return error }
        let spaced = peek == UInt8(ascii: " ")
        skipSpaces()
        if index == bytes.count { return nil }
        let zoneStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
        let token = String(decoding: bytes[zoneStart..<index], as: UTF8.self).lowercased()
        let first = bytes[zoneStart]
        guard spaced || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || token == "z" else {
            return .unexpected(token, after: "time")
        }
        switch DateZones.read(Substring(token)) {
        case .offset(let seconds): parts.offset = seconds
        case .invalid(let error): return error
        case .notAZone: return .unexpected(token, after: "time")
        }
        skipSpaces()
        return index == bytes.count ? nil : .unexpected(rest, after: "time zone")
    }

    private mutating func readTime(compactAllowed: Bool) -> DateParseError? {
        let hour = digitRun()
        if peek == UInt8(ascii: ":") {
            guard (1...2).contains(hour.count) else { return .badTime(text) }
            parts.hour = value(hour)
            index += 1
            let minute = digitRun()
            guard minute.count == 2 else { return minute.isEmpty ? .badNumber("minute", rest) : .badTime(text) }
            parts.minute = value(minute)
            if peek == UInt8(ascii: ":") {
                index += 1
                let second = digitRun()
                guard second.count == 2 else { return second.isEmpty ? .badNumber("second", rest) : .badTime(text) }
                parts.second = value(second)
            }
        } else {
            guard compactAllowed, [2, 4, 6].contains(hour.count) else {
                return hour.isEmpty ? .unexpected(rest, after: "date") : .badTime(text)
            }
            parts.hour = value(hour.prefix(2))
            if hour.count >= 4 { parts.minute = value(hour[2..<4]) }
            if hour.count == 6 { parts.second = value(hour.suffix(2)) }
        }
        if peek == UInt8(ascii: ".") || peek == UInt8(ascii: ",") {
            index += 1
            let fraction = digitRun()
            guard !fraction.isEmpty else { return .badTime(text) }
            parts.fraction = Double("0." + String(decoding: fraction.prefix(9), as: UTF8.self)) ?? 0
        }
        return nil
    }

    // MARK: Scanning

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    private var text: String { String(decoding: bytes, as: UTF8.self) }
    private var rest: String { String(decoding: bytes[index...], as: UTF8.self) }

    private mutating func digitRun() -> [UInt8] {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return Array(bytes[start..<index])
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
    }

    private func value<C: Collection>(_ digits: C) -> Int where C.Element == UInt8 {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
