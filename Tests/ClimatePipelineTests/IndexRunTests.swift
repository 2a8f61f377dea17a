import ClimateIndices
import ClimatePipeline
import ClimateStore
import Foundation
import Testing

/// `mediaclimate index` over a store filled in the test, against hand-computed rows.
@Suite struct IndexRunTests {
    func table(_ store: CorpusStore, dedup: Bool = false, minN: Int = 3, grouping: IndexGrouping = .none,
               unit: PeriodUnit = .week, bootstrap: Int = 0) throws -> IndexResult {
        var request = IndexRequest(storePath: ":memory:")
        request.dedup = dedup
        request.options = IndexOptions(unit: unit, grouping: grouping, minN: minN, bootstrap: bootstrap, seed: 1)
        return try IndexRun.table(request, store: store)
    }

    func row(_ rows: [IndexRow], _ label: String, _ variant: IndexVariant = .pooled, group: String = "all") -> IndexRow? {
        rows.first { $0.period.label == label && $0.variant == variant && $0.group == group }
    }

    @Test func pooledWeekAcrossTheYearEndMatchesHandComputation() throws {
        let result = try table(IndexStoreFixture.store(IndexStoreFixture.example))
        let w53 = try #require(row(result.rows, "2015-W53"))
        #expect(w53.period.startString == "2015-12-28" && w53.period.endString == "2016-01-03")
        let c = w53.counts
        #expect([c.all, c.migration, c.threat, c.humanity, c.testimony, c.deaths] as [Int] == [6, 4, 3, 2, 1, 1])
        #expect([c.threatHits, c.humanityHits, c.tokens, c.tolls] as [Int] == [4, 2, 2150, 15])
        let attention: Double = 4.0 / 6
        #expect(w53.attention.value == attention)
        #expect(w53.threatShare.value == 0.75)
        #expect(w53.humanityShare.value == 0.5)
        #expect(abs(w53.balanceHits! + 1.0 / 3) < 1e-12)
        #expect(abs(w53.balanceArticles! + 0.2) < 1e-12)
        #expect(abs(w53.logRatioBalance.value! - log(2.5 / 4.5)) < 1e-12)
        #expect(abs(w53.densityThreat! - 4000.0 / 2150) < 1e-12 && abs(w53.densityHumanity! - 2000.0 / 2150) < 1e-12)
        #expect(!w53.thin)
        let wilson = ProportionIntervals.wilson(successes: 3, trials: 4)
        #expect(w53.threatShare.low == wilson.low && w53.threatShare.high == wilson.high)
        let w01 = try #require(row(result.rows, "2016-W01"))
        #expect(w01.counts.all == 1 && w01.counts.migration == 1 && w01.thin)
        let w2020 = try #require(row(result.rows, "2020-W53"))
        #expect(w2020.period.startString == "2020-12-28" && w2020.counts.humanityHits == 3)
        // Gaps between the first and last period are filled with empty, thin rows.
        let empty = try #require(row(result.rows, "2018-W20"))
        #expect(empty.counts.all == 0 && empty.thin && empty.threatShare.value == nil)
        #expect(result.provenance.lexicon == "frames" && result.provenance.lexiconVersion == 1)
        #expect(result.summary.contains("1 undated"))
    }

    @Test func dedupCountsAClusterOnceAndMacroAveragesOutlets() throws {
        let result = try table(IndexStoreFixture.store(IndexStoreFixture.example), dedup: true)
        let w53 = try #require(row(result.rows, "2015-W53"))
        let c = w53.counts
        #expect([c.all, c.migration, c.threat, c.humanity, c.threatHits, c.humanityHits, c.tokens] as [Int] == [5, 3, 2, 2, 3, 2, 1750])
        #expect(w53.attention.value == 0.6)
        #expect(abs(w53.balanceHits! + 0.2) < 1e-12)
        #expect(w53.balanceArticles == 0)
        let macro = try #require(row(result.rows, "2015-W53", .macro))
        #expect(macro.outlets == 2 && macro.counts == c)
        #expect(abs(macro.attention.value! - 7.0 / 12) < 1e-12)
        #expect(macro.threatShare.value == 0.75)
        #expect(macro.humanityShare.value == 0.75)
        #expect(macro.testimonyShare.value == 0.25)
        #expect(abs(macro.balanceHits! + 1.0 / 6) < 1e-12)
        #expect(macro.threatShare.low == nil)
    }

    @Test func thinFlagFollowsMinN() throws {
        let store = try IndexStoreFixture.store(IndexStoreFixture.example)
        #expect(try row(table(store, minN: 4).rows, "2015-W53")?.thin == false)
        #expect(try row(table(store, minN: 5).rows, "2015-W53")?.thin == true)
    }

    @Test func groupsByOutletCountryAndLanguage() throws {
        let store = try IndexStoreFixture.store(IndexStoreFixture.example)
        let byOutlet = try table(store, grouping: .outlet).rows
        #expect(byOutlet.allSatisfy { $0.variant == .pooled })
        #expect(row(byOutlet, "2015-W53", group: "outA")?.counts.all == 3)
        #expect(row(byOutlet, "2015-W53", group: "outB")?.counts.all == 3)
        let byCountry = try table(store, grouping: .country).rows
        #expect(row(byCountry, "2015-W53", group: "NL")?.counts.migration == 2)
        let byLanguage = try table(store, grouping: .language).rows
        #expect(row(byLanguage, "2015-W53", group: "it")?.counts.migration == 2)
    }

    @Test func daysAndMonthsUseUTCDays() throws {
        let store = try IndexStoreFixture.store(IndexStoreFixture.example)
        let days = try table(store, unit: .day).rows
        #expect(row(days, "2016-01-03")?.counts.humanityHits == 1)
        let months = try table(store, unit: .month).rows
        #expect(row(months, "2015-12")?.counts.all == 5 && row(months, "2016-01")?.counts.all == 2)
    }

    @Test func bootstrapIntervalIsSeededAndContainsTheEstimateForBalancedData() throws {
        var articles: [FixtureArticle] = []
        for i in 0..<40 {
            articles.append(FixtureArticle(id: "x\(i)", outlet: i % 2 == 0 ? "outA" : "outB", published: "2016-03-0\(1 + i % 5) 10:00:00",
                                           threatHits: i % 3, humanityHits: i % 4, tokens: 500))
        }
        let store = try IndexStoreFixture.store(articles)
        let first = try table(store, bootstrap: 500).rows, second = try table(store, bootstrap: 500).rows
        #expect(first == second)
        let pooled = try #require(first.first { $0.variant == .pooled })
        let (low, high) = (try #require(pooled.logRatioBalance.low), try #require(pooled.logRatioBalance.high))
        #expect(low < pooled.logRatioBalance.value! && pooled.logRatioBalance.value! < high)
    }

    @Test func newestLexiconIsTheDefaultAndUnknownOnesAreNamed() throws {
        let store = try IndexStoreFixture.store(IndexStoreFixture.example)
        try IndexStoreFixture.fill(store, [FixtureArticle(id: "a1", outlet: "outA", published: "2015-12-28 10:00:00")],
                                   lexicon: "frames", version: 2, withOutlets: false)
        #expect(try table(store).provenance.lexiconVersion == 2)
        var request = IndexRequest(storePath: ":memory:")
        request.lexicon = "frames@v1"
        #expect(try IndexRun.table(request, store: store).provenance.lexiconVersion == 1)
        request.lexicon = "other"
        #expect(throws: IndexRunError.unknownLexicon(requested: "other", available: ["frames@v2", "frames@v1"])) {
            try IndexRun.table(request, store: store)
        }
    }

    @Test func csvAndJSONLCarryTheDocumentedColumns() throws {
        let result = try table(IndexStoreFixture.store(IndexStoreFixture.example))
        let csv = String(decoding: IndexExport.write(result.rows, provenance: result.provenance, format: .csv), as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines[0] == IndexExport.columns.joined(separator: ","))
        #expect(IndexExport.columns.allSatisfy { $0.count <= 32 && !$0.contains(".") })
        #expect(lines[1].hasPrefix("2015-W53,2015-12-28,2016-01-03,none,all,pooled,2,6,4,"))
        let jsonl = IndexExport.write(Array(result.rows.prefix(2)), provenance: result.provenance, format: .jsonl)
        for line in String(decoding: jsonl, as: UTF8.self).split(separator: "\n") {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(IndexExport.columns))
        }
    }
}
