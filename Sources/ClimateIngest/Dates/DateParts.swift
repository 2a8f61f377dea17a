import ClimateCore
import Foundation

/// The fields a date grammar found, before validation and conversion to UTC.
///
/// Every grammar fills one of these; `resolve()` is the single place that checks ranges
/// (month, day of month, hour, minute, second, zone) and turns the fields into an instant.
struct DateParts: Sendable {
    var year: Int
    var month = 1
    var day = 1
    /// Days since 1970-01-01, set by ordinal and week dates instead of month/day.
    var epochDays: Int?
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// Seconds east of UTC; nil means "no zone given" (read as UTC).
    var offset: Int?

    init(year: Int) { self.year = year }

    /// Checks every field and converts to a UTC instant.
    func resolve() -> Result<Date, DateParseError> {
        guard (1...9999).contains(year) else { return .failure(.outOfRange("year", year, 1...9999)) }
        let days: Int
        if let epochDays {
            days = epochDays
        } else {
            guard (1...12).contains(month) else { return .failure(.outOfRange("month", month, 1...12)) }
            guard UTCFormat.isValid(year: year, month: month, day: day) else {
                return .failure(DateParseError(reason: "day \(day) does not exist in month \(month) of \(year)"))
            }
            days = UTCFormat.daysFromCivil(year: year, month: month, day: day)
        }
        guard (0...23).contains(hour) else { return .failure(.outOfRange("hour", hour, 0...23)) }
        guard (0...59).contains(minute) else { return .failure(.outOfRange("minute", minute, 0...59)) }
        guard (0...59).contains(second) else { return .failure(.outOfRange("second", second, 0...59)) }
        let total = Double(days * 86_400 + hour * 3600 + minute * 60 + second - (offset ?? 0)) + fraction
        let lowest = Double(UTCFormat.daysFromCivil(year: 1, month: 1, day: 1) * 86_400)
        let highest = Double(UTCFormat.daysFromCivil(year: 10_000, month: 1, day: 1) * 86_400)
        guard total >= lowest, total < highest else {
            return .failure(DateParseError(reason: "the instant falls outside the years 1-9999 in UTC"))
        }
        return .success(Date(timeIntervalSince1970: total))
    }

    /// Sets `epochDays` from an ordinal day (1-based day of the year).
    mutating func setOrdinal(_ ordinal: Int) -> DateParseError? {
        let length = UTCFormat.isLeap(year) ? 366 : 365
        guard (1...length).contains(ordinal) else { return .outOfRange("day of year", ordinal, 1...length) }
        epochDays = UTCFormat.daysFromCivil(year: year, month: 1, day: 1) + ordinal - 1
        return nil
    }

    /// Sets `epochDays` from an ISO week date (week 1 holds the year's first Thursday; Monday = 1).
    mutating func setWeek(_ week: Int, weekday: Int) -> DateParseError? {
        guard (1...7).contains(weekday) else { return .outOfRange("weekday", weekday, 1...7) }
        let january4 = UTCFormat.daysFromCivil(year: year, month: 1, day: 4)
        let isoWeekdayOfJanuary4 = Self.isoWeekday(epochDays: january4)
        let mondayOfWeek1 = january4 - (isoWeekdayOfJanuary4 - 1)
        let january1Weekday = Self.isoWeekday(epochDays: january4 - 3)
        let weeks = january1Weekday == 4 || (UTCFormat.isLeap(year) && january1Weekday == 3) ? 53 : 52
        guard (1...weeks).contains(week) else { return .outOfRange("week", week, 1...weeks) }
        epochDays = mondayOfWeek1 + (week - 1) * 7 + weekday - 1
        return nil
    }

    /// Monday = 1 ... Sunday = 7 (1970-01-01 was a Thursday).
    static func isoWeekday(epochDays: Int) -> Int {
        let index = ((epochDays % 7) + 7 + 3) % 7  // 0 = Monday
        return index + 1
    }

    /// Expands a 2-digit year: 00-89 → 2000-2089, 90-99 → 1990-1999 (feedparser's RFC 822 rule).
    static func expandTwoDigitYear(_ year: Int) -> Int { year < 90 ? 2000 + year : 1900 + year }
}
