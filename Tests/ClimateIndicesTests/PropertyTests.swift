import ClimateIndices
import Testing

/// Properties that must hold for any input: shares inside their Wilson intervals, intervals that
/// shrink with n, order-invariant aggregation, deterministic seeded bootstrap.
@Suite struct PropertyTests {
    @Test func sharesLieInsideTheirWilsonIntervals() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let n = 1 + generator.index(below: 500)
            let k = generator.index(below: n + 1)
            for confidence in [0.8, 0.9, 0.95, 0.99] {
                let interval = ProportionIntervals.wilson(successes: k, trials: n, confidence: confidence)
                let share = Double(k) / Double(n)
                #expect(interval.low <= share + 1e-12 && share <= interval.high + 1e-12, "k=\(k) n=\(n)")
                #expect(interval.low >= -1e-12 && interval.high <= 1 + 1e-12)
            }
        }
    }

    @Test func intervalsShrinkAsNGrows() {
        for share in [0.0, 0.1, 0.25, 0.5, 0.8, 1.0] {
            var previous = Double.infinity
            for n in [10, 20, 40, 100, 200, 400, 1000, 5000] {
                let width = ProportionIntervals.wilson(successes: Int(share * Double(n)), trials: n).width
                #expect(width < previous, "share \(share) n \(n)")
                previous = width
            }
        }
        // Higher confidence, wider interval.
        #expect(ProportionIntervals.wilson(successes: 7, trials: 50, confidence: 0.99).width
            > ProportionIntervals.wilson(successes: 7, trials: 50, confidence: 0.9).width)
    }

    @Test func aggregationIsInvariantToInputOrder() {
        var generator = SeededGenerator(seed: 11)
        let start = ISOWeek.days("2020-12-14")!
        let articles = (0..<400).map { i in
            ArticleRecord(
                id: "a\(i)", week: ISOWeek(daysSinceEpoch: start + generator.index(below: 35)),
                outlet: ["o1", "o2", "o3"][generator.index(below: 3)], isMigration: generator.index(below: 3) > 0,
                tokens: 100 + generator.index(below: 900), threatHits: generator.index(below: 4),
                humanityHits: generator.index(below: 4), hasTestimony: generator.index(below: 5) == 0,
                reportedDeaths: generator.index(below: 3))
        }
        var shuffled = articles
        shuffled.shuffle(using: &generator)
        let a = WeeklyAggregation.aggregate(articles, replicates: 200)
        let b = WeeklyAggregation.aggregate(shuffled, replicates: 200)
        #expect(a.pooled == b.pooled)
        #expect(a.byOutlet == b.byOutlet)
        #expect(a.pooledExtras == b.pooledExtras)
        #expect(a.pooled.contains { $0.week.label == "2020-W53" })
    }

    @Test func seededGeneratorIsDeterministicAndUniform() {
        var first = SeededGenerator(seed: 42), second = SeededGenerator(seed: 42), other = SeededGenerator(seed: 43)
        let a = (0..<100).map { _ in first.next() }
        #expect(a == (0..<100).map { _ in second.next() })
        #expect(a != (0..<100).map { _ in other.next() })
        var counts = [Int](repeating: 0, count: 10)
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<100_000 { counts[generator.index(below: 10)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
    }

    @Test func bootstrapCoversTheTrueMean() throws {
        let values = (0..<200).map { Double($0 % 17) }
        let truth = values.reduce(0, +) / Double(values.count)
        let interval = try #require(Bootstrap.percentileInterval(count: values.count, replicates: 2000, seed: 3) { draw in
            draw.reduce(0.0) { $0 + values[$1] } / Double(draw.count)
        })
        #expect(interval.low < truth && truth < interval.high)
        #expect(Bootstrap.percentile(sorted: [1, 2, 3, 4], 0.5) == 2.5)
    }

    @Test func mannWhitneyNullCountsSumToBinomial() {
        for (m, n) in [(1, 1), (3, 5), (8, 8), (6, 11)] {
            let counts = MannWhitney.nullCounts(m, n)
            var binomial = 1.0
            for i in 0..<m { binomial = binomial * Double(m + n - i) / Double(i + 1) }
            #expect(counts.reduce(0, +) == binomial.rounded())
            #expect(counts == counts.reversed(), "symmetric")
        }
    }

    @Test func peltEdgeCases() throws {
        let flat = [Double](repeating: 0.3, count: 20)
        #expect(try PELT.detect(flat, options: ChangePointOptions(penalty: 0.1)).breakpoints == [20])
        let step = [Double](repeating: 0, count: 10) + [Double](repeating: 1, count: 10)
        #expect(try PELT.detect(step, options: ChangePointOptions(penalty: 0.1)).breakpoints == [10, 20])
        #expect(try PELT.detect(step, options: ChangePointOptions(penalty: 0.1, minSize: 2, jump: 3)).breakpoints == [9, 12, 20])
        #expect(throws: IndicesError.self) { try PELT.detect([1, 2, 3], options: ChangePointOptions(penalty: 1, minSize: 2)) }
        #expect(throws: IndicesError.self) { try PELT.detect(step, options: ChangePointOptions(penalty: -1)) }
    }
}
