import Foundation

/// How index rows are broken down.
public enum IndexGrouping: String, Sendable, Hashable, CaseIterable {
    case none, outlet, language, country
}

/// Pooled (ratio of sums over all articles of the group) or macro (unweighted mean over the
/// group's outlets of their own indices).
public enum IndexVariant: String, Sendable, Hashable, CaseIterable {
    case pooled, macro
}

/// A share with its 95 % interval (Wilson for pooled rows; none for macro rows).
public struct IndexShare: Sendable, Hashable {
    public var value: Double?
    public var low: Double?
    public var high: Double?

    public init(value: Double?, low: Double? = nil, high: Double? = nil) {
        self.value = value; self.low = low; self.high = high
    }

    /// `k/n` with its Wilson interval; nil value when `n == 0`.
    static func wilson(_ k: Int, _ n: Int) -> IndexShare {
        guard n > 0 else { return IndexShare(value: nil) }
        let interval = ProportionIntervals.wilson(successes: k, trials: n)
        return IndexShare(value: Double(k) / Double(n), low: interval.low, high: interval.high)
    }
}

/// The indices of one period and group (docs/CODEBOOK.md, "index"; ANALYSIS.md §1.2).
public struct IndexRow: Sendable, Hashable {
    public var period: Period
    public var groupType: IndexGrouping
    /// The group value (`all` for `--group none`).
    public var group: String
    public var variant: IndexVariant
    /// Outlets with articles in this period and group.
    public var outlets: Int
    /// Summed counts (for macro rows too, so readers see the volume behind the mean).
    public var counts: IndexCounts
    public var attention: IndexShare
    public var threatShare: IndexShare
    public var humanityShare: IndexShare
    public var testimonyShare: IndexShare
    /// `(H − T)/(H + T)`, nil when `H + T = 0`.
    public var balanceHits: Double?
    /// `(n_H − n_T)/(n_H + n_T)`, nil when both are 0.
    public var balanceArticles: Double?
    /// `ln((H + 0.5)/(T + 0.5))` with its bootstrap interval (pooled rows with `n > 0`).
    public var logRatioBalance: IndexShare
    /// `1000·T/ΣN` and `1000·H/ΣN`.
    public var densityThreat: Double?
    public var densityHumanity: Double?
    /// Fewer migration articles than the minimum n.
    public var thin: Bool

    /// The pooled indices of `counts` (intervals except the bootstrap one, added later).
    static func pooled(period: Period, groupType: IndexGrouping, group: String, outlets: Int, counts c: IndexCounts, minN: Int) -> IndexRow {
        IndexRow(
            period: period, groupType: groupType, group: group, variant: .pooled, outlets: outlets, counts: c,
            attention: .wilson(c.migration, c.all), threatShare: .wilson(c.threat, c.migration),
            humanityShare: .wilson(c.humanity, c.migration), testimonyShare: .wilson(c.testimony, c.migration),
            balanceHits: ratio(c.humanityHits - c.threatHits, c.humanityHits + c.threatHits),
            balanceArticles: ratio(c.humanity - c.threat, c.humanity + c.threat),
            logRatioBalance: IndexShare(value: c.migration == 0 ? nil : logRatio(c.humanityHits, c.threatHits)),
            densityThreat: ratio(1000 * c.threatHits, c.tokens), densityHumanity: ratio(1000 * c.humanityHits, c.tokens),
            thin: c.migration < minN)
    }

    /// The macro row: the unweighted mean of the outlets' pooled indices (each mean over the
    /// outlets where the index is defined), counts summed.
    static func macro(of outletRows: [IndexRow], period: Period, groupType: IndexGrouping, group: String, minN: Int) -> IndexRow {
        var counts = IndexCounts()
        for row in outletRows { counts.add(row.counts) }
        func mean(_ value: (IndexRow) -> Double?) -> Double? {
            let values = outletRows.compactMap(value)
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        return IndexRow(
            period: period, groupType: groupType, group: group, variant: .macro, outlets: outletRows.count, counts: counts,
            attention: IndexShare(value: mean { $0.attention.value }), threatShare: IndexShare(value: mean { $0.threatShare.value }),
            humanityShare: IndexShare(value: mean { $0.humanityShare.value }),
            testimonyShare: IndexShare(value: mean { $0.testimonyShare.value }),
            balanceHits: mean(\.balanceHits), balanceArticles: mean(\.balanceArticles),
            logRatioBalance: IndexShare(value: mean { $0.logRatioBalance.value }),
            densityThreat: mean(\.densityThreat), densityHumanity: mean(\.densityHumanity), thin: counts.migration < minN)
    }

    /// The value of a metric by its column name (for series and milestone analysis).
    public func metric(_ name: IndexMetric) -> Double? {
        switch name {
        case .attentionShare: return attention.value
        case .threatShare: return threatShare.value
        case .humanityShare: return humanityShare.value
        case .testimonyShare: return testimonyShare.value
        case .balanceHits: return balanceHits
        case .balanceArticles: return balanceArticles
        case .logRatioBalance: return logRatioBalance.value
        case .densityThreat: return densityThreat
        case .densityHumanity: return densityHumanity
        case .deathsArticles: return Double(counts.deaths)
        case .tollsReported: return Double(counts.tolls)
        case .migrationArticles: return Double(counts.migration)
        }
    }

    static func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

    static func logRatio(_ humanity: Int, _ threat: Int) -> Double {
        log((Double(humanity) + 0.5) / (Double(threat) + 0.5))
    }
}

/// The index columns a series can be built from (`--metric`).
public enum IndexMetric: String, Sendable, Hashable, CaseIterable {
    case attentionShare = "attention_share"
    case threatShare = "threat_share"
    case humanityShare = "humanity_share"
    case testimonyShare = "testimony_share"
    case balanceHits = "balance_hits"
    case balanceArticles = "balance_articles"
    case logRatioBalance = "log_ratio_balance"
    case densityThreat = "density_threat"
    case densityHumanity = "density_humanity"
    case deathsArticles = "deaths_articles"
    case tollsReported = "tolls_reported"
    case migrationArticles = "n_migration"
}
