import ClimateIndices
import Foundation

/// What `mediaclimate report` needs: where to read, which week, where to write.
public struct ReportOptions: Sendable {
    /// The store database.
    public var storePath: String
    /// Report week; nil = the last complete ISO week before `now`.
    public var week: ISOWeek?
    /// The milestones CSV (missing file: the report says so and shows no events).
    public var milestonesPath: String?
    /// Parent folder of `<YYYY>-W<ww>/`.
    public var reportsFolder: String
    /// `NAME@vN`; nil = latest version of the main lexicon.
    public var lexicon: String?
    /// The config file, hashed into the manifest.
    public var configPath: String?
    /// Clock, injectable for tests.
    public var now: Date
    /// Bootstrap replicates for the balance interval.
    public var bootstrapReplicates: Int

    public init(storePath: String, week: ISOWeek? = nil, milestonesPath: String? = "corpora/milestones.csv",
                reportsFolder: String = "reports", lexicon: String? = nil, configPath: String? = nil, now: Date = Date(),
                bootstrapReplicates: Int = 1000) {
        self.storePath = storePath
        self.week = week
        self.milestonesPath = milestonesPath
        self.reportsFolder = reportsFolder
        self.lexicon = lexicon
        self.configPath = configPath
        self.now = now
        self.bootstrapReplicates = bootstrapReplicates
    }

    /// Parses `YYYY-Www` (or `YYYY-ww`).
    public static func parseWeek(_ text: String) throws(ReportError) -> ISOWeek {
        let parts = text.uppercased().split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1].drop { $0 == "W" }),
              (1...53).contains(number), (1900...2999).contains(year) else { throw .badWeek(text) }
        // Week 1 holds January 4th.
        let week1 = ISOWeek(year: year, month: 1, day: 4)
        let week = ISOWeek(daysSinceEpoch: week1.mondayDay + 7 * (number - 1))
        guard week.isoYear == year, week.week == number else { throw .badWeek(text) }
        return week
    }

    /// The last complete ISO week before `date` (the week before the one containing it).
    public static func lastCompleteWeek(before date: Date) -> ISOWeek {
        let day = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        return ISOWeek(daysSinceEpoch: ISOWeek(daysSinceEpoch: day).mondayDay - 7)
    }
}
