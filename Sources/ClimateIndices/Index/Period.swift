import ClimateCore
import Foundation

/// The length of an index period.
public enum PeriodUnit: String, Sendable, Hashable, CaseIterable {
    case day, week, month
}

/// One index period: a UTC day, an ISO week (Monday start) or a calendar month.
///
/// Weeks are keyed by ISO year and week, never by calendar year, so 2015-12-28…2016-01-03 is
/// `2015-W53`. `ordinal` numbers consecutive periods of one unit (days since 1970-01-01, weeks
/// since the Monday 1969-12-29, months since January 1970), so lags are ordinal differences.
public struct Period: Sendable, Hashable, Comparable {
    public var unit: PeriodUnit
    /// First day (days since 1970-01-01).
    public var startDay: Int
    /// Last day, inclusive.
    public var endDay: Int

    /// The period of `unit` containing day `day` (days since 1970-01-01).
    public init(containing day: Int, unit: PeriodUnit) {
        self.unit = unit
        switch unit {
        case .day:
            startDay = day; endDay = day
        case .week:
            let monday = ISOWeek(daysSinceEpoch: day).mondayDay
            startDay = monday; endDay = monday + 6
        case .month:
            let (year, month, _) = Period.civil(day)
            startDay = UTCFormat.daysFromCivil(year: year, month: month, day: 1)
            let next = month == 12 ? (year + 1, 1) : (year, month + 1)
            endDay = UTCFormat.daysFromCivil(year: next.0, month: next.1, day: 1) - 1
        }
    }

    /// The period of `unit` with ordinal `ordinal` (inverse of ``ordinal``).
    public init(ordinal: Int, unit: PeriodUnit) {
        switch unit {
        case .day: self.init(containing: ordinal, unit: .day)
        case .week: self.init(containing: ordinal * 7 - 3, unit: .week)
        case .month:
            let year = 1970 + Int((Double(ordinal) / 12).rounded(.down)), month = ordinal - (year - 1970) * 12 + 1
            self.init(containing: UTCFormat.daysFromCivil(year: year, month: month, day: 1), unit: .month)
        }
    }

    /// Consecutive number of the period within its unit.
    public var ordinal: Int {
        switch unit {
        case .day: return startDay
        case .week: return Int((Double(startDay + 3) / 7).rounded(.down))
        case .month:
            let (year, month, _) = Period.civil(startDay)
            return (year - 1970) * 12 + month - 1
        }
    }

    /// `2016-01-04` (day), `2015-W53` (week) or `2016-01` (month).
    public var label: String {
        switch unit {
        case .day: return Period.dateString(startDay)
        case .week: return ISOWeek(daysSinceEpoch: startDay).label
        case .month: return String(Period.dateString(startDay).prefix(7))
        }
    }

    /// The first day as `YYYY-MM-DD`.
    public var startString: String { Period.dateString(startDay) }
    /// The last day as `YYYY-MM-DD`.
    public var endString: String { Period.dateString(endDay) }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.startDay < rhs.startDay }

    /// `YYYY-MM-DD` of day `day` (days since 1970-01-01).
    public static func dateString(_ day: Int) -> String {
        String(UTCFormat.string(Date(timeIntervalSince1970: Double(day) * 86_400)).prefix(10))
    }

    static func civil(_ day: Int) -> (Int, Int, Int) {
        let text = dateString(day)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return (parts[0], parts[1], parts[2])
    }
}
