import ClimateIndices
import Testing

/// `weekly_aggregation/`: ISO weeks across 2015-W53, per-outlet and pooled indices, Wilson
/// intervals, smoothing, macro mean, the long/tidy shape (1e-9), and the bootstrap (|diff| < 0.03).
@Suite struct WeeklyAggregationReferenceTests {
    let log = DeviationLog("weekly_aggregation")

    /// Expected CSV column → value of a computed row (nil = empty cell).
    static var columns: [(String, (WeeklyIndexRow) -> Double?)] { [
        ("n_articles_all", { Double($0.articlesAll) }), ("n_articles_migration", { Double($0.articlesMigration) }),
        ("attention_share", \.attentionShare), ("tokens_migration", { Double($0.tokensMigration) }),
        ("threat_hits", { Double($0.threatHits) }), ("humanity_hits", { Double($0.humanityHits) }),
        ("threat_per_1000_tokens", \.threatPer1000Tokens), ("humanity_per_1000_tokens", \.humanityPer1000Tokens),
        ("n_articles_threat", { Double($0.articlesThreat) }), ("n_articles_humanity", { Double($0.articlesHumanity) }),
        ("share_threat", \.shareThreat), ("share_humanity", \.shareHumanity), ("balance_hits", \.balanceHits),
        ("balance_articles", \.balanceArticles), ("log_ratio_hits", \.logRatioHits),
        ("n_testimony", { Double($0.testimonies) }), ("reported_deaths_sum", { Double($0.reportedDeaths) }),
        ("share_threat_wilson_low", { $0.shareThreatWilson?.low }), ("share_threat_wilson_high", { $0.shareThreatWilson?.high }),
        ("share_humanity_wilson_low", { $0.shareHumanityWilson?.low }), ("share_humanity_wilson_high", { $0.shareHumanityWilson?.high }),
        ("attention_share_wilson_low", { $0.attentionShareWilson?.low }), ("attention_share_wilson_high", { $0.attentionShareWilson?.high }),
    ] }

    private func compare(_ rows: [WeeklyIndexRow], _ table: SeriesTable, label: String) throws {
        #expect(rows.count == table.rows.count, "\(label) row count")
        let years = try table.integers("iso_year"), weeks = try table.integers("iso_week")
        let starts = try table.strings("week_start"), outlets = try table.strings("outlet")
        for (i, row) in zip(table.rows.indices, rows) {
            #expect(row.week.isoYear == years[i] && row.week.week == weeks[i] && row.week.weekStart == starts[i],
                    "\(label) row \(i) week \(row.week.label) vs \(years[i])-W\(weeks[i])")
            #expect(row.outlet == outlets[i])
            for (name, value) in Self.columns {
                let cell = table.rows[i][try table.columnIndex(name)]
                guard let expected = Double(cell) else {
                    #expect(value(row) == nil, "\(label) \(row.week.label) \(name) should be empty"); continue
                }
                log.check(value(row) ?? .nan, expected, relative: 1e-9, absolute: 1e-11,
                          "\(label) \(row.week.label) \(row.outlet) \(name)", kind: label)
            }
        }
    }

    @Test func reproducesPooledAndByOutlet() throws {
        guard let folder = Reference.caseFolder("weekly_aggregation") else { return }
        let articles = try ArticleCSV.load(path: folder.appendingPathComponent("articles.csv").path)
        #expect(articles.count == 900)
        // 20,000 replicates keep our own Monte Carlo error (~0.003) well below the reference's
        // (numpy, B = 2,000, ~0.01), so the 0.03 tolerance mostly absorbs the reference's noise.
        let result = WeeklyAggregation.aggregate(articles, replicates: 20_000)
        let pooled = try Reference.table(folder, "expected_weekly_pooled.csv")
        try compare(result.pooled, pooled, label: "pooled")
        try compare(result.byOutlet, try Reference.table(folder, "expected_weekly_by_outlet.csv"), label: "by_outlet")
        let extras: [(String, (PooledExtras) -> Double?)] = [
            ("balance_hits_roll4_trailing", \.roll4Trailing), ("balance_hits_roll4_trailing_minp1", \.roll4TrailingMinPeriods1),
            ("balance_hits_roll3_centered", \.roll3Centered), ("balance_hits_ewm_a0.3", \.ewmAlpha03),
            ("balance_hits_macro_outlets", \.macroOutlets),
        ]
        for (i, extra) in result.pooledExtras.enumerated() {
            for (name, value) in extras {
                let cell = pooled.rows[i][try pooled.columnIndex(name)]
                guard let expected = Double(cell) else { #expect(value(extra) == nil, "\(name) row \(i) should be empty"); continue }
                log.check(value(extra) ?? .nan, expected, relative: 1e-9, absolute: 1e-11, "pooled row \(i) \(name)", kind: "smoothing")
            }
            let boot = try #require(extra.bootstrap)
            for (name, actual) in [("balance_hits_boot_pct_low", boot.low), ("balance_hits_boot_pct_high", boot.high),
                                   ("balance_hits_boot_se", boot.standardError)] {
                let expected = try #require(Double(pooled.rows[i][try pooled.columnIndex(name)]))
                #expect(abs(actual - expected) < 0.03, "row \(i) \(name): \(actual) vs \(expected)")
                log.check(actual, expected, relative: 0, absolute: 0.03, "row \(i) \(name)", kind: "bootstrap-abs")
            }
        }
        #expect(result.pooled.contains { $0.week.label == "2015-W53" && $0.week.weekStart == "2015-12-28" })
        log.report()
    }

    @Test func reproducesLongTidyExport() throws {
        guard let folder = Reference.caseFolder("weekly_aggregation") else { return }
        let result = WeeklyAggregation.aggregate(
            try ArticleCSV.load(path: folder.appendingPathComponent("articles.csv").path), replicates: 10)
        let tidy = WeeklyExport.tidyRows(result)
        let table = try Reference.table(folder, "expected_long_tidy.csv")
        #expect(tidy.count == table.rows.count)
        let metric = try table.strings("metric"), outlet = try table.strings("outlet"), start = try table.strings("week_start")
        let value = try table.numbers("value"), n = try table.integers("n_articles")
        let low = try table.strings("ci_low"), high = try table.strings("ci_high")
        for (i, row) in zip(table.rows.indices, tidy) {
            #expect(row.metric == metric[i] && row.outlet == outlet[i] && row.week.weekStart == start[i], "tidy row \(i)")
            #expect(row.articles == n[i], "tidy row \(i) n_articles")
            log.check(row.value ?? .nan, value[i], relative: 1e-9, absolute: 1e-11, "tidy row \(i) value", kind: "tidy")
            if let l = Double(low[i]), let h = Double(high[i]) {
                log.check(row.ciLow ?? .nan, l, relative: 1e-9, absolute: 1e-11, "tidy row \(i) ci_low", kind: "tidy")
                log.check(row.ciHigh ?? .nan, h, relative: 1e-9, absolute: 1e-11, "tidy row \(i) ci_high", kind: "tidy")
            } else {
                #expect(row.ciLow == nil && row.ciHigh == nil, "tidy row \(i) has no CI")
            }
        }
        log.report()
    }
}
