import ClimateCore
import Foundation

/// An ISO 8601 week (Monday start; week 1 contains the year's first Thursday).
///
/// Weeks are keyed by `(isoYear, week)`, never by calendar year: 2015-12-28…2016-01-03 is
/// 2015-W53 and 2020-12-28…2021-01-03 is 2020-W53.
public struct ISOWeek: Sendable, Hashable, Comparable {
    public var isoYear: Int
    public var week: Int
    /// Days since 1970-01-01 of the week's Monday.
    public var mondayDay: Int

    /// The ISO week containing the civil date `year-month-day`.
    public init(year: Int, month: Int, day: Int) {
        self.init(daysSinceEpoch: UTCFormat.daysFromCivil(year: year, month: month, day: day))
    }

    /// The ISO week containing day `days` (days since 1970-01-01, a Thursday).
    public init(daysSinceEpoch days: Int) {
        let weekday = ((days + 3) % 7 + 7) % 7 + 1  // Monday = 1 … Sunday = 7
        let thursday = days - weekday + 4
        let thursdayYear = ISOWeek.civilYear(daysSinceEpoch: thursday)
        let januaryFirst = UTCFormat.daysFromCivil(year: thursdayYear, month: 1, day: 1)
        isoYear = thursdayYear
        week = (thursday - januaryFirst) / 7 + 1
        mondayDay = days - weekday + 1
    }

    /// Parses `YYYY-MM-DD` (a trailing time part is ignored); nil when invalid.
    public init?(dateString: String) {
        guard let days = ISOWeek.days(dateString) else { return nil }
        self.init(daysSinceEpoch: days)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` string (a trailing time part is ignored).
    public static func days(_ dateString: String) -> Int? {
        let parts = dateString.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              UTCFormat.isValid(year: year, month: month, day: day) else { return nil }
        return UTCFormat.daysFromCivil(year: year, month: month, day: day)
    }

    /// The Monday as `YYYY-MM-DD`.
    public var weekStart: String {
        String(UTCFormat.string(Date(timeIntervalSince1970: Double(mondayDay) * 86_400)).prefix(10))
    }

    /// `YYYY-Www`, e.g. `2015-W53`.
    public var label: String { "\(isoYear)-W" + (week < 10 ? "0\(week)" : "\(week)") }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.mondayDay < rhs.mondayDay }

    private static func civilYear(daysSinceEpoch days: Int) -> Int {
        Int(UTCFormat.string(Date(timeIntervalSince1970: Double(days) * 86_400)).prefix(4)) ?? 1970
    }
}
