import Foundation
import ClimateIndices

/// The unit an index row describes.
public enum UnitType: String, Sendable, Hashable, CaseIterable {
    case all, outlet, language
}

/// A point estimate with its interval, the interval method and the counts behind it.
public struct Estimate: Sendable, Hashable {
    public var value: Double
    public var low: Double?
    public var high: Double?
    /// `wilson95`, `bootstrap95` or `none`.
    public var method: String
    public var numerator: Int
    public var denominator: Int

    public init(value: Double, low: Double? = nil, high: Double? = nil, method: String = "none",
                numerator: Int, denominator: Int) {
        self.value = value
        self.low = low
        self.high = high
        self.method = method
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A share `k/n` with its 95% Wilson interval; nil when `n == 0`.
    public static func wilson(_ k: Int, _ n: Int) -> Estimate? {
        guard n > 0 else { return nil }
        let interval = ProportionIntervals.wilson(successes: k, trials: n)
        return Estimate(value: Double(k) / Double(n), low: interval.low, high: interval.high, method: "wilson95",
                        numerator: k, denominator: n)
    }
}

/// The indices of one (week, unit): counts plus every metric of ANALYSIS.md §1.2.
public struct IndexRow: Sendable, Hashable {
    public var week: ISOWeek
    public var unitType: UnitType
    public var unitID: String
    public var counts: WeekCounts

    public init(week: ISOWeek, unitType: UnitType, unitID: String, counts: WeekCounts) {
        self.week = week
        self.unitType = unitType
        self.unitID = unitID
        self.counts = counts
    }

    /// The metric names, in export order.
    public static let metrics = [
        "attention_share", "threat_share", "humanity_share", "balance_hits", "balance_articles", "log_ratio_hits",
        "threat_per_1000_tokens", "humanity_per_1000_tokens", "testimony_share", "reported_deaths",
    ]

    /// Weeks with fewer migration articles than this are flagged (ANALYSIS.md §1.2 minimum-n rule).
    public static let minimumArticles = 10

    /// True when the week is below the minimum-n rule.
    public var lowN: Bool { counts.articlesMigration < Self.minimumArticles }

    public var attentionShare: Estimate? { .wilson(counts.articlesMigration, counts.articlesAll) }
    public var threatShare: Estimate? { .wilson(counts.articlesThreat, counts.articlesMigration) }
    public var humanityShare: Estimate? { .wilson(counts.articlesHumanity, counts.articlesMigration) }
    public var testimonyShare: Estimate? { .wilson(counts.testimonies, counts.articlesMigration) }

    /// `(H − T)/(H + T)` over authorial cues; nil when `H + T = 0`.
    public var balanceHits: Estimate? {
        let h = counts.humanityHits, t = counts.threatHits
        guard h + t > 0 else { return nil }
        return Estimate(value: Double(h - t) / Double(h + t), numerator: h - t, denominator: h + t)
    }

    /// `(n_H − n_T)/(n_H + n_T)`; nil when no article carries either frame.
    public var balanceArticles: Estimate? {
        let h = counts.articlesHumanity, t = counts.articlesThreat
        guard h + t > 0 else { return nil }
        return Estimate(value: Double(h - t) / Double(h + t), numerator: h - t, denominator: h + t)
    }

    /// `ln((H + 0.5)/(T + 0.5))`; nil without migration articles.
    public var logRatioHits: Estimate? {
        guard counts.articlesMigration > 0 else { return nil }
        let h = counts.humanityHits, t = counts.threatHits
        return Estimate(value: log((Double(h) + 0.5) / (Double(t) + 0.5)), numerator: h, denominator: t)
    }

    /// Cues per 1,000 tokens with the Poisson interval `1000·(T ± 1.96√T)/ΣN`.
    public func per1000(_ hits: Int) -> Estimate? {
        guard counts.tokens > 0 else { return nil }
        let scale = 1000 / Double(counts.tokens), half = 1.959963984540054 * Double(hits).squareRoot()
        return Estimate(value: Double(hits) * scale, low: max(0, Double(hits) - half) * scale,
                        high: (Double(hits) + half) * scale, method: "poisson95", numerator: hits, denominator: counts.tokens)
    }

    /// The estimate of `metric` (one of ``metrics``).
    public func estimate(_ metric: String) -> Estimate? {
        switch metric {
        case "attention_share": return attentionShare
        case "threat_share": return threatShare
        case "humanity_share": return humanityShare
        case "balance_hits": return balanceHits
        case "balance_articles": return balanceArticles
        case "log_ratio_hits": return logRatioHits
        case "threat_per_1000_tokens": return per1000(counts.threatHits)
        case "humanity_per_1000_tokens": return per1000(counts.humanityHits)
        case "testimony_share": return testimonyShare
        case "reported_deaths":
            return Estimate(value: Double(counts.reportedDeaths), numerator: counts.reportedDeaths,
                            denominator: counts.articlesMigration)
        default: return nil
        }
    }
}
