import ClimateCore
import ClimateIndices
import Foundation

/// The report's sections (ANALYSIS.md §4.4) as text and tables, shared by Markdown and HTML.
public struct ReportSections: Sendable {
    public let data: ReportData

    public init(_ data: ReportData) { self.data = data }

    var weekRange: String {
        "\(data.week.weekStart) to \(ReportStore.dayString(data.week.mondayDay + 6))"
    }

    /// Header lines: week, corpus, outlets, versions, run time.
    public var headerLines: [String] {
        let outlets = data.byOutlet.keys.map { data.outletName($0) }.sorted()
        let lexicon = data.lexicon.map { "\($0.label) (hash \($0.hash))" } ?? "none (no tagged articles)"
        return [
            "ISO week \(data.week.label), Monday \(weekRange) (UTC).",
            "Corpus: store `\(data.storeDescription)`; \(SVGText.count(data.current?.counts.articlesAll ?? 0)) articles this week, "
                + "\(SVGText.count(data.current?.counts.articlesMigration ?? 0)) about migration; duplicates (copies of another cluster member) left out.",
            "Outlets with articles in the 52 weeks (\(outlets.count)): \(outlets.isEmpty ? "none" : outlets.joined(separator: ", ")).",
            "Lexicon: \(lexicon). Tool: mediaclimate \(ToolVersion.current). Generated \(UTCFormat.string(data.generatedAt)).",
        ]
    }

    /// Headline numbers with intervals, n and changes.
    public var headlineTable: ReportTable {
        var rows: [[Cell]] = []
        for headline in data.headlines {
            let current = headline.current
            let value: String, interval: String, change: String, lastYear: String
            if headline.isShare {
                value = SVGText.percent(current?.value)
                interval = current.flatMap { c in c.low.map { "\(SVGText.percent($0)) – \(SVGText.percent(c.high))" } } ?? "–"
                change = current.flatMap { c in headline.trailingMean.map { SVGText.points(c.value - $0) } } ?? "–"
                lastYear = SVGText.percent(headline.lastYear)
            } else if headline.metric == "reported_deaths" {
                value = current.map { SVGText.count(Int($0.value)) } ?? "–"
                interval = "–"
                change = current.flatMap { c in headline.trailingMean.map { SVGText.signed(c.value - $0, digits: 1) } } ?? "–"
                lastYear = headline.lastYear.map { SVGText.count(Int($0)) } ?? "–"
            } else {
                value = SVGText.signed(current?.value)
                interval = data.balanceBootstrap.map { "\(SVGText.signed($0.low)) – \(SVGText.signed($0.high)) (bootstrap)" } ?? "–"
                change = current.flatMap { c in headline.trailingMean.map { SVGText.signed(c.value - $0) } } ?? "–"
                lastYear = SVGText.signed(headline.lastYear)
            }
            let n = current.map { headline.metric == "balance_hits" ? "H+T = \($0.denominator)" : "n = \($0.denominator)" } ?? "n = 0"
            rows.append([Cell(headline.label), Cell(value, strong: true), Cell(interval), Cell(n), Cell(change), Cell(lastYear)])
        }
        return ReportTable(header: ["Measure", "This week", "95% interval", "n", "vs trailing 4 weeks", "Same week last year"],
                           rows: rows, numeric: [1, 4, 5])
    }

    /// Per-unit table: this week and the 52-week pooled shares of each unit.
    public func unitTable(_ units: [String: [IndexRow]], name: (String) -> String) -> ReportTable {
        let rows = units.map { id, series -> (String, [Cell], Int) in
            let now = series.last
            var total = WeekCounts()
            for row in series {
                total.articlesMigration += row.counts.articlesMigration
                total.articlesThreat += row.counts.articlesThreat
                total.articlesHumanity += row.counts.articlesHumanity
            }
            let year = IndexRow(week: data.week, unitType: .all, unitID: id, counts: total)
            return (name(id), [
                Cell(name(id)), Cell(SVGText.count(now?.counts.articlesMigration ?? 0)),
                Cell(SVGText.percent(now?.threatShare?.value)), Cell(SVGText.percent(now?.humanityShare?.value)),
                Cell(SVGText.count(total.articlesMigration)), Cell(SVGText.percent(year.threatShare?.value)),
                Cell(SVGText.percent(year.humanityShare?.value)),
            ], total.articlesMigration)
        }.sorted { ($1.2, $0.0) < ($0.2, $1.0) }
        return ReportTable(header: ["Unit", "n this week", "Threat", "Humanity", "n 52 weeks", "Threat 52 weeks", "Humanity 52 weeks"],
                           rows: rows.map(\.1), numeric: [1, 2, 3, 4, 5, 6])
    }

    /// Milestones this week and in the next 4 weeks.
    public var eventsTable: ReportTable {
        ReportTable(header: ["Id", "Date", "Country", "Kind", "Event", "Verified"], rows: data.eventsOfWeek.map { m in
            [Cell(m.id), Cell(m.date), Cell(m.country), Cell(m.kind), Cell(m.description, link: m.sourceURL.isEmpty ? nil : m.sourceURL), Cell(m.verified)]
        })
    }

    /// Pre/post windows for milestones of the timeline whose 8 post weeks are complete.
    public var eventWindowTable: ReportTable {
        ReportTable(header: ["Event", "Date", "Metric", "Mean pre", "Mean post", "Δ", "Welch p", "Mann-Whitney p", "Hedges g", "n pre/post"],
                    rows: data.eventWindows.map { w in
            [Cell(w.milestone.id), Cell(w.milestone.date), Cell(w.metric.replacingOccurrences(of: "_", with: " ")),
             Cell(SVGText.percent(w.meanPre)), Cell(SVGText.percent(w.meanPost)), Cell(SVGText.points(w.diff)),
             Cell(SVGText.pValue(w.welchP)), Cell(SVGText.pValue(w.mannWhitneyP)), Cell(SVGText.signed(w.hedgesG)),
             Cell("\(w.nPre)/\(w.nPost)")]
        }, numeric: [3, 4, 5, 6, 7, 8])
    }

    /// Change points: recent ones first flagged as alerts.
    public var changePointTable: ReportTable {
        ReportTable(header: ["Series", "New segment from", "Mean before", "Mean after", "Nearest milestone", "Days", "Alert"],
                    rows: data.changePoints.map { c in
            [Cell(c.metric.replacingOccurrences(of: "_", with: " ")), Cell("\(c.week.label) (\(c.week.weekStart))"),
             Cell(SVGText.percent(c.meanBefore)), Cell(SVGText.percent(c.meanAfter)),
             Cell(c.nearestMilestone.map { "\($0.id) \($0.date) \($0.kind)" } ?? "–"),
             Cell(c.daysToMilestone.map { String($0) } ?? "–"), Cell(c.isRecent ? "new (last 8 weeks)" : "", strong: c.isRecent)]
        }, numeric: [2, 3, 5])
    }

    /// Keyword-in-context passages of one frame.
    public func evidenceTable(frame: String) -> ReportTable {
        ReportTable(header: ["Outlet", "Date", "Passage", "Cue", "Hits"], rows: data.evidence.filter { $0.frame == frame }.map { e in
            [Cell(e.article.outlet), Cell(e.article.date, link: e.article.url),
             .kwic(e.left, e.keyword, e.right), Cell(e.category), Cell(String(e.hits))]
        }, numeric: [4])
    }

    public var tollTable: ReportTable {
        ReportTable(header: ["Toll", "Hedge", "Scope", "Sentence", "Outlet", "Date"], rows: data.tolls.map { t in
            [Cell(SVGText.count(t.value), strong: true), Cell(t.hedge), Cell(t.scope), Cell(t.sentence), Cell(t.article.outlet),
             Cell(t.article.date, link: t.article.url)]
        }, numeric: [0])
    }

    public var testimonyTable: ReportTable {
        ReportTable(header: ["Kind", "Speaker", "Passage", "Outlet", "Date"], rows: data.testimonies.map { t in
            [Cell(t.kind + (t.quoted ? ", quoted" : "")), Cell(t.speaker ?? "–"), Cell(t.passage), Cell(t.article.outlet),
             Cell(t.article.date, link: t.article.url)]
        })
    }

    /// Ingestion per outlet against its 8-week median.
    public var ingestionTable: ReportTable {
        ReportTable(header: ["Outlet", "Articles this week", "Median of 8 weeks before", "Ratio", "Flag"], rows: data.quality.outlets.map { o in
            let flag = o.ratio.map { $0 < 0.5 ? "low" : $0 > 2 ? "high" : "" } ?? (o.thisWeek > 0 ? "new" : "")
            return [Cell(o.name), Cell(SVGText.count(o.thisWeek)), Cell(SVGText.fixed(o.median8, digits: 1)),
                    Cell(o.ratio.map { SVGText.fixed($0, digits: 2) } ?? "–"), Cell(flag, strong: !flag.isEmpty)]
        }, numeric: [1, 2, 3])
    }

    /// Lines of the data-quality section below the ingestion table.
    public var qualityLines: [String] {
        let q = data.quality
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "none" : counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        let rate = q.articlesThisWeek > 0 ? SVGText.percent(Double(q.duplicatesThisWeek) / Double(q.articlesThisWeek)) : "–"
        let thin = q.thinWeeks.isEmpty ? "none" : "\(q.thinWeeks.count) (\(q.thinWeeks.suffix(8).map(\.label).joined(separator: ", "))\(q.thinWeeks.count > 8 ? ", …" : ""))"
        return [
            "Duplicates this week: \(q.duplicatesThisWeek) of \(q.articlesThisWeek) articles (\(rate)).",
            "Languages this week: \(list(q.languages)).",
            "Rejects recorded by this week's runs: \(list(q.rejectsThisWeek)); in the store: \(list(q.rejectsTotal)).",
            "Weeks below the minimum of \(IndexRow.minimumArticles) migration articles (shaded in the timeline): \(thin).",
            "Articles without a usable date (in no week): \(q.undated).",
        ]
    }

    /// The methods footnote.
    public var methodsLines: [String] {
        [
            "Shares are migration articles labelled with a frame divided by all migration articles of the week (pooled over outlets: large outlets weigh more); intervals are 95% Wilson score intervals.",
            "Attention share = migration articles / all articles. Balance (hits) = (H − T)/(H + T) over authorial cues; its interval is a percentile bootstrap over the week's migration articles (1,000 resamples, fixed seed).",
            "Change points: PELT (l2 cost, penalty 2·ln(n)·σ̂² with a robust σ̂, minimum segment 4 weeks) on the unsmoothed weekly shares. Event windows: 8 weeks before against the event week and 7 after; Welch t and Mann-Whitney tests treat weeks as independent, so p-values are too small under autocorrelation.",
            "Copies of the same story (one dedup cluster) count once, for the outlet that published first. Reported deaths add each article's largest toll, so one event reported by many articles is counted many times.",
            "Exploratory, not causal: a change near a milestone shows association in time only. Details: docs/METHODS.md and docs/REPORT.md.",
        ]
    }
}
