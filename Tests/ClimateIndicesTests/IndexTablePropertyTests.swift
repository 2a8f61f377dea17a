import ClimateIndices
import Foundation
import Testing

/// Properties of the index table: shares inside their intervals, intervals shrinking with n,
/// and results independent of input order and of how cells are split.
@Suite struct IndexTablePropertyTests {
    /// Random cells over 6 weeks, 3 outlets, 2 languages.
    func randomCells(seed: UInt64, scale: Int = 1) -> (cells: [IndexCell], pairs: [HitPairCount]) {
        var generator = SeededGenerator(seed: seed)
        var cells: [IndexCell] = [], pairs: [HitPairCount] = []
        for day in 16_800..<16_842 {
            for outlet in ["o1", "o2", "o3"] {
                let migration = generator.index(below: 12) * scale
                let all = migration + generator.index(below: 20) * scale
                let threat = migration == 0 ? 0 : generator.index(below: migration + 1)
                let humanity = migration == 0 ? 0 : generator.index(below: migration + 1)
                let testimony = migration == 0 ? 0 : generator.index(below: migration + 1)
                let hits = (h: humanity * 2, t: threat * 3)
                cells.append(IndexCell(day: day, outlet: outlet, language: outlet == "o3" ? "nl" : "it", country: "IT", counts: IndexCounts(
                    all: all, migration: migration, threat: threat, humanity: humanity, testimony: testimony, deaths: 0,
                    tokens: migration * 500, threatHits: hits.t, humanityHits: hits.h, tolls: 0)))
                if migration > 0 {
                    pairs.append(HitPairCount(day: day, outlet: outlet, language: outlet == "o3" ? "nl" : "it", country: "IT",
                                              humanityHits: 2, threatHits: 3, articles: migration))
                }
            }
        }
        return (cells, pairs)
    }

    @Test(arguments: [IndexGrouping.none, .outlet, .language])
    func sharesLieWithinTheirWilsonIntervals(grouping: IndexGrouping) {
        for seed in UInt64(1)...5 {
            let (cells, pairs) = randomCells(seed: seed)
            let rows = IndexTable.build(cells: cells, hitPairs: pairs, options: IndexOptions(grouping: grouping, bootstrap: 50))
            for row in rows where row.variant == .pooled {
                for share in [row.attention, row.threatShare, row.humanityShare, row.testimonyShare] {
                    guard let value = share.value else { continue }
                    #expect(share.low! <= value && value <= share.high!)
                    #expect(share.low! >= 0 && share.high! <= 1)
                }
            }
        }
    }

    @Test func intervalsShrinkAsNGrows() {
        var previous = Double.infinity
        for scale in [1, 4, 16, 64] {
            let (cells, _) = randomCells(seed: 9, scale: scale)
            let rows = IndexTable.build(cells: cells, hitPairs: [], options: IndexOptions(bootstrap: 0))
            let width = rows.filter { $0.variant == .pooled }.compactMap { row -> Double? in
                guard let low = row.attention.low, let high = row.attention.high else { return nil }
                return high - low
            }.reduce(0, +)
            #expect(width < previous)
            previous = width
        }
        // Same proportion, more trials: strictly narrower.
        for n in [10, 40, 160, 640] {
            let small = ProportionIntervals.wilson(successes: n / 5, trials: n), large = ProportionIntervals.wilson(successes: 4 * n / 5, trials: 4 * n)
            #expect(large.width < small.width)
        }
    }

    @Test(arguments: [IndexGrouping.none, .outlet, .country])
    func rowsAreInvariantToInputOrderAndCellSplits(grouping: IndexGrouping) {
        let (cells, pairs) = randomCells(seed: 3)
        let options = IndexOptions(grouping: grouping, bootstrap: 100, seed: 42)
        let reference = IndexTable.build(cells: cells, hitPairs: pairs, options: options)
        var generator = SeededGenerator(seed: 11)
        let shuffled = IndexTable.build(cells: cells.shuffled(using: &generator), hitPairs: pairs.shuffled(using: &generator), options: options)
        #expect(shuffled == reference)
        // Splitting each cell in two (counts add up) gives the same rows.
        var split: [IndexCell] = []
        for cell in cells {
            var first = cell, second = cell
            first.counts = IndexCounts(all: cell.counts.all - cell.counts.migration, migration: 0, threat: 0, humanity: 0, testimony: 0,
                                       deaths: 0, tokens: 0, threatHits: 0, humanityHits: 0, tolls: 0)
            second.counts.all = cell.counts.migration
            split += [second, first]
        }
        #expect(IndexTable.build(cells: split.reversed(), hitPairs: pairs.reversed(), options: options) == reference)
    }

    @Test func periodsHandleISOYearEnds() {
        func week(_ y: Int, _ m: Int, _ d: Int) -> Period {
            Period(containing: ISOWeek.days(String(format: "%04d-%02d-%02d", y, m, d))!, unit: .week)
        }
        #expect(week(2015, 12, 31).label == "2015-W53" && week(2016, 1, 3).label == "2015-W53")
        #expect(week(2016, 1, 4).label == "2016-W01" && week(2016, 1, 4).startString == "2016-01-04")
        #expect(week(2021, 1, 3).label == "2020-W53" && week(2020, 12, 28).endString == "2021-01-03")
        #expect(week(2021, 1, 4).ordinal - week(2020, 12, 28).ordinal == 1)
        for unit in PeriodUnit.allCases {
            for day in stride(from: 16_000, to: 19_000, by: 37) {
                let period = Period(containing: day, unit: unit)
                #expect(Period(ordinal: period.ordinal, unit: unit) == period)
                #expect(period.startDay <= day && day <= period.endDay)
            }
        }
        let month = Period(containing: ISOWeek.days("2016-02-15")!, unit: .month)
        #expect(month.label == "2016-02" && month.endString == "2016-02-29")
    }
}
