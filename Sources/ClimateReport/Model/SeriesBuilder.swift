import ClimateIndices
import Foundation

/// Pure computations from article facts to the report's series, headlines, change points and
/// event windows (no store access, so tests can feed facts directly).
public enum SeriesBuilder {
    /// Rows per week for `weeks`, grouped by `key` (nil = pooled `ALL`), zero-filled.
    public static func rows(_ facts: [ArticleFact], weeks: [ISOWeek], unitType: UnitType) -> [String: [IndexRow]] {
        let position = Dictionary(uniqueKeysWithValues: weeks.enumerated().map { ($1, $0) })
        var counts: [String: [WeekCounts]] = [:]
        for fact in facts {
            guard let index = position[fact.week] else { continue }
            let unit: String
            switch unitType {
            case .all: unit = "ALL"
            case .outlet: unit = fact.outletID
            case .language: unit = fact.language
            }
            if counts[unit] == nil { counts[unit] = Array(repeating: WeekCounts(), count: weeks.count) }
            counts[unit]![index].add(fact)
        }
        if unitType == .all, counts["ALL"] == nil { counts["ALL"] = Array(repeating: WeekCounts(), count: weeks.count) }
        return counts.mapValues { series in
            series.enumerated().map { IndexRow(week: weeks[$0.offset], unitType: unitType, unitID: unitType == .all ? "ALL" : "", counts: $0.element) }
        }.reduce(into: [:]) { result, entry in
            result[entry.key] = entry.value.map { var row = $0; row.unitID = entry.key; return row }
        }
    }

    /// `count` consecutive ISO weeks ending with `last`.
    public static func weeks(endingWith last: ISOWeek, count: Int) -> [ISOWeek] {
        (0..<count).map { ISOWeek(daysSinceEpoch: last.mondayDay - 7 * (count - 1 - $0)) }
    }

    /// Headline numbers for the last row of `pooled` against the 4 rows before it and `lastYear`.
    public static func headlines(pooled: [IndexRow], lastYear: IndexRow?) -> [Headline] {
        guard let current = pooled.last else { return [] }
        let trailing = pooled.dropLast().suffix(4)
        let specs: [(String, String, Bool)] = [
            ("Attention share", "attention_share", true), ("Threat share", "threat_share", true),
            ("Humanity share", "humanity_share", true), ("Balance (hits)", "balance_hits", false),
            ("Testimony share", "testimony_share", true), ("Reported deaths", "reported_deaths", false),
        ]
        return specs.map { label, metric, isShare in
            let values = trailing.compactMap { $0.estimate(metric)?.value }
            return Headline(label: label, metric: metric, current: current.estimate(metric),
                            trailingMean: values.count == trailing.count && !values.isEmpty ? values.reduce(0, +) / Double(values.count) : nil,
                            lastYear: lastYear?.estimate(metric)?.value, isShare: isShare)
        }
    }

    /// PELT segments and change points of a share series (weeks without migration articles skipped).
    ///
    /// Penalty: `2·ln(n)·σ̂²` with the robust σ̂ of `SeriesAnalysis.defaultPenalty`; minimum segment 4 weeks.
    public static func changePoints(_ pooled: [IndexRow], metric: String, milestones: [Milestone],
                                    recentWeeks: Int = 8) -> (segments: [SeriesSegment], alerts: [ChangePointAlert]) {
        let present = pooled.indices.filter { pooled[$0].estimate(metric) != nil }
        let values = present.compactMap { pooled[$0].estimate(metric)?.value }
        guard values.count >= 8 else { return ([], []) }
        let penalty = max(SeriesAnalysis.defaultPenalty(values), 1e-6)
        guard let segmentation = try? PELT.detect(values, options: ChangePointOptions(penalty: penalty, minSize: 4, jump: 1)) else {
            return ([], [])
        }
        var segments: [SeriesSegment] = [], alerts: [ChangePointAlert] = [], start = 0
        for (number, end) in segmentation.breakpoints.enumerated() {
            segments.append(SeriesSegment(metric: metric, from: present[start], to: present[end - 1], mean: segmentation.segmentMeans[number]))
            if end < values.count {
                let index = present[end], week = pooled[index].week
                let nearest = milestones.min { abs($0.day - week.mondayDay) < abs($1.day - week.mondayDay) }
                alerts.append(ChangePointAlert(
                    metric: metric, index: index, week: week, meanBefore: segmentation.segmentMeans[number],
                    meanAfter: segmentation.segmentMeans[number + 1], nearestMilestone: nearest,
                    daysToMilestone: nearest.map { $0.day - week.mondayDay }, isRecent: index >= pooled.count - recentWeeks))
            }
            start = end
        }
        return (segments, alerts)
    }

    /// Window tests (8 weeks before vs the event week and 7 after) for milestones whose post
    /// window is complete inside `pooled`.
    public static func eventWindows(_ pooled: [IndexRow], milestones: [Milestone], metrics: [String],
                                    window: Int = 8) -> [EventWindowRow] {
        var rows: [EventWindowRow] = []
        for milestone in milestones {
            guard let event = pooled.firstIndex(where: { $0.week == milestone.week }),
                  event >= window, event + window <= pooled.count else { continue }
            for metric in metrics {
                let pre = pooled[(event - window)..<event].compactMap { $0.estimate(metric)?.value }
                let post = pooled[event..<(event + window)].compactMap { $0.estimate(metric)?.value }
                guard pre.count >= 2, post.count >= 2, let result = try? WindowTests.compare(pre: pre, post: post) else { continue }
                rows.append(EventWindowRow(
                    milestone: milestone, metric: metric, nPre: pre.count, nPost: post.count, meanPre: result.meanPre,
                    meanPost: result.meanPost, welchP: result.welch.pTwoSided,
                    mannWhitneyP: result.mannWhitneyAsymptotic.pTwoSided, hedgesG: result.hedgesG))
            }
        }
        return rows
    }

    /// Bootstrap interval of the pooled balance (hits) over the migration articles of one week.
    public static func balanceBootstrap(_ facts: [ArticleFact], week: ISOWeek, replicates: Int = 1000) -> BootstrapInterval? {
        let migration = facts.filter { $0.week == week && $0.isMigration && !$0.isDuplicate }.sorted { $0.id < $1.id }
        return Bootstrap.percentileInterval(count: migration.count, replicates: replicates, seed: 20160101 &+ UInt64(max(0, week.mondayDay))) { draw in
            var h = 0, t = 0
            for index in draw { h += migration[index].humanityHits; t += migration[index].threatHits }
            return h + t == 0 ? nil : Double(h - t) / Double(h + t)
        }
    }
}
