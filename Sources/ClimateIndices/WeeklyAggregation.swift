import Foundation

/// One article record as the aggregation consumes it.
public struct ArticleRecord: Sendable, Hashable {
    public var id: String
    public var week: ISOWeek
    public var outlet: String
    public var isMigration: Bool
    public var tokens: Int
    public var threatHits: Int
    public var humanityHits: Int
    public var hasTestimony: Bool
    public var reportedDeaths: Int

    public init(id: String, week: ISOWeek, outlet: String, isMigration: Bool, tokens: Int, threatHits: Int,
                humanityHits: Int, hasTestimony: Bool, reportedDeaths: Int) {
        self.id = id; self.week = week; self.outlet = outlet; self.isMigration = isMigration; self.tokens = tokens
        self.threatHits = threatHits; self.humanityHits = humanityHits; self.hasTestimony = hasTestimony
        self.reportedDeaths = reportedDeaths
    }
}

/// The indices of one (week, outlet) group, or of the pooled group `outlet == "ALL"`.
///
/// Frame metrics use migration articles only; `attentionShare` uses all articles. Undefined
/// values (0/0) are nil.
public struct WeeklyIndexRow: Sendable, Hashable {
    public var week: ISOWeek
    public var outlet: String
    public var articlesAll: Int
    public var articlesMigration: Int
    public var tokensMigration: Int
    public var threatHits: Int
    public var humanityHits: Int
    public var articlesThreat: Int
    public var articlesHumanity: Int
    public var testimonies: Int
    public var reportedDeaths: Int
    /// `n_migration / n_all` with its Wilson interval.
    public var attentionShare: Double?
    public var attentionShareWilson: ProportionInterval?
    /// `1000·T/ΣN` and `1000·H/ΣN` (pooled ratio of sums).
    public var threatPer1000Tokens: Double?
    public var humanityPer1000Tokens: Double?
    /// `n_T/n` and `n_H/n` with Wilson intervals.
    public var shareThreat: Double?
    public var shareThreatWilson: ProportionInterval?
    public var shareHumanity: Double?
    public var shareHumanityWilson: ProportionInterval?
    /// `(H − T)/(H + T)`, nil when `H + T = 0`.
    public var balanceHits: Double?
    /// `(n_H − n_T)/(n_H + n_T)`.
    public var balanceArticles: Double?
    /// `ln((H + 0.5)/(T + 0.5))` (Lowe et al. 2011 smoothing).
    public var logRatioHits: Double
}

/// Pooled-series extras: smoothing of `balance_hits`, the macro mean over outlets, bootstrap CI.
public struct PooledExtras: Sendable, Hashable {
    public var roll4Trailing: Double?
    public var roll4TrailingMinPeriods1: Double?
    public var roll3Centered: Double?
    public var ewmAlpha03: Double?
    public var macroOutlets: Double?
    public var bootstrap: BootstrapInterval?
}

/// The weekly indices: pooled rows (with extras) and per-outlet rows, both in week order.
public struct WeeklyIndices: Sendable {
    public var pooled: [WeeklyIndexRow]
    public var pooledExtras: [PooledExtras]
    public var byOutlet: [WeeklyIndexRow]
}

/// Aggregates article records into ISO-week indices per outlet and pooled (docs/METHODS.md §1).
public enum WeeklyAggregation {
    /// Aggregates `articles` (any order: the result does not depend on it). The bootstrap of the
    /// pooled balance resamples migration articles within each week (`replicates`, seeded).
    public static func aggregate(_ articles: [ArticleRecord], replicates: Int = 2000, seed: UInt64 = 20160101) -> WeeklyIndices {
        let ordered = articles.sorted { ($0.week, $0.outlet, $0.id) < ($1.week, $1.outlet, $1.id) }
        let weeks = Array(Set(ordered.map(\.week))).sorted()
        let outlets = Array(Set(ordered.map(\.outlet))).sorted()
        let byWeek = Dictionary(grouping: ordered, by: \.week)
        var pooled: [WeeklyIndexRow] = [], byOutlet: [WeeklyIndexRow] = [], macro: [Double?] = []
        var boots: [BootstrapInterval?] = []
        for week in weeks {
            let group = byWeek[week] ?? []
            pooled.append(indices(group, week: week, outlet: "ALL"))
            var outletBalances: [Double] = []
            for outlet in outlets {
                let members = group.filter { $0.outlet == outlet }
                guard !members.isEmpty else { continue }
                let row = indices(members, week: week, outlet: outlet)
                byOutlet.append(row)
                if let balance = row.balanceHits { outletBalances.append(balance) }
            }
            macro.append(outletBalances.isEmpty ? nil : Descriptive.mean(outletBalances))
            let migration = group.filter(\.isMigration)
            boots.append(Bootstrap.percentileInterval(
                count: migration.count, replicates: replicates, seed: seed &+ UInt64(week.mondayDay)
            ) { draw in
                var h = 0, t = 0
                for index in draw { h += migration[index].humanityHits; t += migration[index].threatHits }
                return h + t == 0 ? nil : Double(h - t) / Double(h + t)
            })
        }
        let balance = pooled.map(\.balanceHits)
        let roll4 = Smoothing.rollingMean(balance, window: 4, minPeriods: 4)
        let roll4min1 = Smoothing.rollingMean(balance, window: 4, minPeriods: 1)
        let roll3 = Smoothing.centeredRollingMean(balance, window: 3)
        let ewm = Smoothing.ewm(balance, alpha: 0.3)
        let extras = pooled.indices.map { i in
            PooledExtras(roll4Trailing: roll4[i], roll4TrailingMinPeriods1: roll4min1[i], roll3Centered: roll3[i],
                         ewmAlpha03: ewm[i], macroOutlets: macro[i], bootstrap: boots[i])
        }
        return WeeklyIndices(pooled: pooled, pooledExtras: extras, byOutlet: byOutlet)
    }

    /// The indices of one group of articles.
    public static func indices(_ group: [ArticleRecord], week: ISOWeek, outlet: String) -> WeeklyIndexRow {
        let migration = group.filter(\.isMigration)
        let n = migration.count, nAll = group.count
        let tokens = migration.reduce(0) { $0 + $1.tokens }
        let threat = migration.reduce(0) { $0 + $1.threatHits }
        let humanity = migration.reduce(0) { $0 + $1.humanityHits }
        let nThreat = migration.filter { $0.threatHits > 0 }.count
        let nHumanity = migration.filter { $0.humanityHits > 0 }.count
        func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
        return WeeklyIndexRow(
            week: week, outlet: outlet, articlesAll: nAll, articlesMigration: n, tokensMigration: tokens,
            threatHits: threat, humanityHits: humanity, articlesThreat: nThreat, articlesHumanity: nHumanity,
            testimonies: migration.filter(\.hasTestimony).count,
            reportedDeaths: migration.reduce(0) { $0 + $1.reportedDeaths },
            attentionShare: ratio(n, nAll),
            attentionShareWilson: nAll == 0 ? nil : ProportionIntervals.wilson(successes: n, trials: nAll),
            threatPer1000Tokens: ratio(1000 * threat, tokens), humanityPer1000Tokens: ratio(1000 * humanity, tokens),
            shareThreat: ratio(nThreat, n),
            shareThreatWilson: n == 0 ? nil : ProportionIntervals.wilson(successes: nThreat, trials: n),
            shareHumanity: ratio(nHumanity, n),
            shareHumanityWilson: n == 0 ? nil : ProportionIntervals.wilson(successes: nHumanity, trials: n),
            balanceHits: ratio(humanity - threat, humanity + threat),
            balanceArticles: ratio(nHumanity - nThreat, nHumanity + nThreat),
            logRatioHits: log((Double(humanity) + 0.5) / (Double(threat) + 0.5)))
    }
}
