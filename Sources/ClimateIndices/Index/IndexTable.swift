import Foundation

/// Options of the index table (`mediaclimate index`).
public struct IndexOptions: Sendable, Hashable {
    public var unit: PeriodUnit = .week
    public var grouping: IndexGrouping = .none
    /// Rows with fewer migration articles are flagged `thin`.
    public var minN: Int = 10
    /// Bootstrap replicates for the log-ratio balance interval (0 = no interval).
    public var bootstrap: Int = 1000
    public var seed: UInt64 = 20_160_101

    public init(unit: PeriodUnit = .week, grouping: IndexGrouping = .none, minN: Int = 10, bootstrap: Int = 1000, seed: UInt64 = 20_160_101) {
        self.unit = unit; self.grouping = grouping; self.minN = minN; self.bootstrap = bootstrap; self.seed = seed
    }
}

/// Builds the tidy index table from summed cells (docs/METHODS.md, "Indices over the store").
///
/// The result depends only on the multiset of cells and hit pairs, never on their order: cells
/// are summed into keyed totals, rows are sorted, and bootstrap samples are drawn from hit pairs
/// sorted by value with a seed derived from the period and group.
public enum IndexTable {
    /// One row per (period, group) with a pooled variant, plus a macro variant for every group
    /// except `outlet`. With `--group none`, periods without articles inside the covered range get
    /// empty rows (flagged thin), so the pooled series has no gaps.
    public static func build(cells: [IndexCell], hitPairs: [HitPairCount], options: IndexOptions) -> [IndexRow] {
        struct Key: Hashable { var start: Int; var group: String }
        struct OutletKey: Hashable { var key: Key; var outlet: String }
        var totals: [Key: IndexCounts] = [:], byOutlet: [OutletKey: IndexCounts] = [:]
        var periods: [Int: Period] = [:]
        for cell in cells {
            let period = Period(containing: cell.day, unit: options.unit)
            periods[period.startDay] = period
            let key = Key(start: period.startDay, group: groupValue(options.grouping, cell.outlet, cell.language, cell.country))
            totals[key, default: IndexCounts()].add(cell.counts)
            byOutlet[OutletKey(key: key, outlet: cell.outlet), default: IndexCounts()].add(cell.counts)
        }
        if options.grouping == .none, let first = periods.keys.min(), let last = periods.keys.max() {
            var ordinal = Period(containing: first, unit: options.unit).ordinal
            let lastOrdinal = Period(containing: last, unit: options.unit).ordinal
            while ordinal <= lastOrdinal {
                let period = Period(ordinal: ordinal, unit: options.unit)
                periods[period.startDay] = period
                if totals[Key(start: period.startDay, group: "all")] == nil { totals[Key(start: period.startDay, group: "all")] = IndexCounts() }
                ordinal += 1
            }
        }
        var pairs: [Key: [(h: Int, t: Int, n: Int)]] = [:]
        if options.bootstrap > 0 {
            for pair in hitPairs where pair.articles > 0 {
                let day = Period(containing: pair.day, unit: options.unit).startDay
                let key = Key(start: day, group: groupValue(options.grouping, pair.outlet, pair.language, pair.country))
                pairs[key, default: []].append((pair.humanityHits, pair.threatHits, pair.articles))
            }
        }
        var outletRows: [Key: [IndexRow]] = [:]
        for (key, counts) in byOutlet.sorted(by: { ($0.key.key.start, $0.key.key.group, $0.key.outlet) < ($1.key.key.start, $1.key.key.group, $1.key.outlet) }) {
            guard let period = periods[key.key.start] else { continue }
            outletRows[key.key, default: []].append(
                IndexRow.pooled(period: period, groupType: options.grouping, group: key.key.group, outlets: 1, counts: counts, minN: options.minN))
        }
        var rows: [IndexRow] = []
        rows.reserveCapacity(totals.count * 2)
        for (key, counts) in totals.sorted(by: { ($0.key.start, $0.key.group) < ($1.key.start, $1.key.group) }) {
            guard let period = periods[key.start] else { continue }
            let members = outletRows[key] ?? []
            var pooled = IndexRow.pooled(period: period, groupType: options.grouping, group: key.group, outlets: members.count,
                                         counts: counts, minN: options.minN)
            if options.bootstrap > 0, let histogram = pairs[key] {
                let seed = rowSeed(options.seed, start: key.start, group: key.group)
                if let interval = logRatioInterval(histogram, replicates: options.bootstrap, seed: seed) {
                    pooled.logRatioBalance.low = interval.low
                    pooled.logRatioBalance.high = interval.high
                }
            }
            rows.append(pooled)
            if options.grouping != .outlet {
                rows.append(IndexRow.macro(of: members, period: period, groupType: options.grouping, group: key.group, minN: options.minN))
            }
        }
        return rows
    }

    /// The group value of a cell (`all` without grouping; `unknown` for an empty value).
    static func groupValue(_ grouping: IndexGrouping, _ outlet: String, _ language: String, _ country: String) -> String {
        let value: String
        switch grouping {
        case .none: return "all"
        case .outlet: value = outlet
        case .language: value = language
        case .country: value = country
        }
        return value.isEmpty ? "unknown" : value
    }

    /// A seed fixed by the run seed, the period and the group (FNV-1a over the group name).
    static func rowSeed(_ seed: UInt64, start: Int, group: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in group.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return seed ^ hash ^ (UInt64(bitPattern: Int64(start)) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Percentile 95 % interval of `ln((H+0.5)/(T+0.5))` over articles resampled with replacement.
    static func logRatioInterval(_ histogram: [(h: Int, t: Int, n: Int)], replicates: Int, seed: UInt64) -> BootstrapInterval? {
        let sorted = histogram.sorted { ($0.h, $0.t) < ($1.h, $1.t) }
        var hs: [Int32] = [], ts: [Int32] = []
        for entry in sorted {
            hs.append(contentsOf: repeatElement(Int32(clamping: entry.h), count: entry.n))
            ts.append(contentsOf: repeatElement(Int32(clamping: entry.t), count: entry.n))
        }
        let n = hs.count
        guard n > 0 else { return nil }
        var generator = SeededGenerator(seed: seed)
        var values = [Double](repeating: 0, count: replicates)
        hs.withUnsafeBufferPointer { h in
            ts.withUnsafeBufferPointer { t in
                for r in 0..<replicates {
                    var sumH = 0, sumT = 0
                    for _ in 0..<n {
                        let k = generator.index(below: n)
                        sumH += Int(h[k]); sumT += Int(t[k])
                    }
                    values[r] = IndexRow.logRatio(sumH, sumT)
                }
            }
        }
        values.sort()
        return BootstrapInterval(low: Bootstrap.percentile(sorted: values, 0.025), high: Bootstrap.percentile(sorted: values, 0.975),
                                 standardError: replicates > 1 ? Descriptive.standardDeviation(values) : 0, validReplicates: replicates)
    }
}
