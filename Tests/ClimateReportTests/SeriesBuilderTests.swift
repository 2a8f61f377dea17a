import ClimateIndices
@testable import ClimateReport
import Foundation
import Testing

@Suite("Series from article facts")
struct SeriesBuilderTests {
    static let last = ISOWeek(year: 2024, month: 5, day: 13)

    func fact(_ id: String, week offset: Int, outlet: String = "o1", migration: Bool = true, threat: Bool = false,
              humanity: Bool = false, duplicate: Bool = false, t: Int = 0, h: Int = 0) -> ArticleFact {
        ArticleFact(id: id, week: ISOWeek(daysSinceEpoch: Self.last.mondayDay - 7 * offset), outletID: outlet, language: "en",
                    isMigration: migration, tokens: 500, threat: threat, humanity: humanity, threatHits: t, humanityHits: h,
                    isDuplicate: duplicate)
    }

    @Test("weeks without articles are zero rows; duplicates are counted apart")
    func zeroFill() {
        let weeks = SeriesBuilder.weeks(endingWith: Self.last, count: 3)
        let facts = [fact("a", week: 0, threat: true, t: 2), fact("b", week: 0, duplicate: true), fact("c", week: 2, migration: false)]
        let pooled = SeriesBuilder.rows(facts, weeks: weeks, unitType: .all)["ALL"] ?? []
        #expect(pooled.map(\.counts.articlesAll) == [1, 0, 1])
        #expect(pooled.map(\.counts.articlesMigration) == [0, 0, 1])
        #expect(pooled[2].counts.duplicates == 1)
        #expect(pooled[1].threatShare == nil)
        #expect(pooled[2].threatShare?.value == 1)
        #expect(pooled[2].attentionShare?.method == "wilson95")
        #expect(pooled[2].balanceHits?.value == -1)
        #expect(pooled[0].lowN)
    }

    @Test("headlines compare with the mean of the 4 weeks before and the same week a year earlier")
    func headlines() throws {
        let weeks = SeriesBuilder.weeks(endingWith: Self.last, count: 5)
        var facts: [ArticleFact] = []
        // Threat share 0.5 in the 4 weeks before, 1.0 in the last week.
        for offset in 1...4 { facts += [fact("t\(offset)", week: offset, threat: true), fact("n\(offset)", week: offset)] }
        facts += [fact("x1", week: 0, threat: true), fact("x2", week: 0, threat: true)]
        let pooled = SeriesBuilder.rows(facts, weeks: weeks, unitType: .all)["ALL"] ?? []
        let lastYear = SeriesBuilder.rows([fact("y", week: 52)], weeks: [ISOWeek(daysSinceEpoch: Self.last.mondayDay - 364)], unitType: .all)["ALL"]?.first
        let threat = try #require(SeriesBuilder.headlines(pooled: pooled, lastYear: lastYear).first { $0.metric == "threat_share" })
        #expect(threat.current?.value == 1)
        #expect(threat.trailingMean == 0.5)
        #expect(threat.lastYear == 0)
    }

    @Test("a clear step is one change point with the right segment means; windows need 8 weeks each side")
    func changePointAndWindows() throws {
        let weeks = SeriesBuilder.weeks(endingWith: Self.last, count: 30)
        var facts: [ArticleFact] = []
        for offset in 0..<30 {
            let threats = offset < 12 ? 16 : 4   // the last 12 weeks: 80% threat; before: 20%
            for i in 0..<20 { facts.append(fact("a\(offset)-\(i)", week: offset, threat: i < threats)) }
        }
        let pooled = SeriesBuilder.rows(facts, weeks: weeks, unitType: .all)["ALL"] ?? []
        let event = Milestone(id: "E", date: pooled[18].week.weekStart, country: "IT", kind: "media shock", description: "d", verified: "yes")
        let found = SeriesBuilder.changePoints(pooled, metric: "threat_share", milestones: [event])
        let alert = try #require(found.alerts.first)
        #expect(found.alerts.count == 1)
        #expect(alert.index == 18)
        #expect(abs(alert.meanBefore - 0.2) < 1e-12 && abs(alert.meanAfter - 0.8) < 1e-12)
        #expect(alert.nearestMilestone?.id == "E" && alert.daysToMilestone == 0)
        #expect(!alert.isRecent)
        let windows = SeriesBuilder.eventWindows(pooled, milestones: [event], metrics: ["threat_share"])
        #expect(windows.count == 1)
        #expect(abs((windows.first?.diff ?? 0) - 0.6) < 1e-12)
        let late = Milestone(id: "L", date: pooled[25].week.weekStart, country: "IT", kind: "other", description: "d", verified: "no")
        #expect(SeriesBuilder.eventWindows(pooled, milestones: [late], metrics: ["threat_share"]).isEmpty)
    }

    @Test("milestones CSV: quoted commas, validation with line numbers")
    func milestones() throws {
        let rows = try MilestoneFile.parse("id,date,country,kind,description,verified\nA,2024-01-02,IT,other,\"a, \"\"b\"\"\",yes\n", path: "m.csv")
        #expect(rows.first?.description == "a, \"b\"")
        #expect(throws: ReportError.badMilestones(path: "m.csv", line: 2, problem: "date '2024-13-01' is not YYYY-MM-DD")) {
            try MilestoneFile.parse("id,date,country,kind,description,verified\nA,2024-13-01,IT,other,x,yes\n", path: "m.csv")
        }
        #expect(throws: ReportError.self) { try MilestoneFile.parse("id,date\n", path: "m.csv") }
    }

    @Test("config: store, milestones and reports resolved against the config folder")
    func config() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mediaclimate.yml").path
        try "version: 1\nstore: data/store.sqlite\nmilestones: /abs/m.csv\nreports: out\nlexicon: migration-frames@v2\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let config = try ReportConfig.load(path: path)
        #expect(config.store == folder.path + "/data/store.sqlite")
        #expect(config.milestones == "/abs/m.csv")
        #expect(config.reports == folder.path + "/out")
        #expect(config.lexicon == "migration-frames@v2")
        try "store: [1, 2]\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try ReportConfig.load(path: path) }
    }
}
