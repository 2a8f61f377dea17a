import ClimateIndices
import Foundation
import Testing

/// The milestones loader (errors with line and fix) and the analysis on a planted shift.
@Suite struct MilestoneTests {
    static let header = "id,date,date_precision,country,route_pathway,kind,description,source_url,verified,verification_note\n"

    func load(_ rows: String) throws(MilestoneError) -> [Milestone] {
        try MilestoneLoader.parse(Self.header + rows, path: "m.csv")
    }

    @Test func shippedMilestonesLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let milestones = try MilestoneLoader.load(path: root.appendingPathComponent("corpora/milestones.csv").path)
        #expect(milestones.count == 37)
        #expect(milestones.first?.id == "M001" && milestones.contains { $0.id == "M003" && $0.date == "2015-09-02" })
        #expect(milestones.filter { $0.verified == .yes }.count == 30)
    }

    @Test func errorsNameTheLineAndTheFix() throws {
        #expect(throws: MilestoneError.badValue(path: "m.csv", line: 2, column: "kind", value: "riot", allowed: Milestone.Kind.allCases.map(\.rawValue))) {
            try load("M1,2015-09-02,day,TR,,riot,x,,yes,\n")
        }
        #expect(throws: MilestoneError.badDate(path: "m.csv", line: 3, value: "2015-02-30")) {
            try load("M1,2015-09-02,day,TR,,other,x,,yes,\nM2,2015-02-30,day,TR,,other,x,,yes,\n")
        }
        #expect(throws: MilestoneError.badValue(path: "m.csv", line: 2, column: "verified", value: "maybe",
                                                allowed: ["yes", "partial", "no"])) {
            try load("M1,2015-09-02,day,TR,,other,x,,maybe,\n")
        }
        #expect(throws: MilestoneError.duplicateID(path: "m.csv", line: 3, id: "M1", firstLine: 2)) {
            try load("M1,2015-09-02,day,TR,,other,x,,yes,\nM1,2015-09-03,day,TR,,other,x,,yes,\n")
        }
        #expect(throws: MilestoneError.wrongCellCount(path: "m.csv", line: 2, expected: 10, got: 11)) {
            try load("M1,2015-09-02,day,TR,,other,a, b,,yes,\n")
        }
        #expect(throws: MilestoneError.badCountry(path: "m.csv", line: 2, value: "Italy")) { try load("M1,2015-09-02,day,Italy,,other,x,,yes,\n") }
        #expect(throws: MilestoneError.emptyCell(path: "m.csv", line: 2, column: "date")) { try load("M1,,day,IT,,other,x,,yes,\n") }
        #expect(throws: MilestoneError.missingColumns(path: "m.csv", missing: ["verified"])) {
            try MilestoneLoader.parse("id,date,date_precision,country,route_pathway,kind,description,source_url,verification_note\n", path: "m.csv")
        }
        let message = MilestoneError.badDate(path: "m.csv", line: 3, value: "2015-02-30").errorDescription ?? ""
        #expect(message.contains("m.csv:3") && message.contains("write e.g."))
        // Quoted commas and an ES-CT subdivision are fine.
        #expect(try load("M1,2024-05-12,day,ES-CT,\"a, b\",election,\"x, y\",,partial,\n").first?.routePathway == "a, b")
    }

    /// 40 weeks, threat share 0.2 then 0.6 from week 21, with a milestone in week 21.
    func plantedSeries() -> MetricSeries {
        var cells: [IndexCell] = []
        let firstMonday = ISOWeek.days("2015-06-01")!
        for week in 0..<40 {
            let threat = (week < 20 ? 20 : 60) + (week % 3) * 2
            cells.append(IndexCell(day: firstMonday + 7 * week + 2, outlet: "o", language: "it", country: "IT", counts: IndexCounts(
                all: 200, migration: 100, threat: threat, humanity: 30, testimony: 0, deaths: 0, tokens: 50_000,
                threatHits: threat, humanityHits: 30, tolls: 0)))
        }
        let rows = IndexTable.build(cells: cells, hitPairs: [], options: IndexOptions(bootstrap: 0))
        return MetricSeries(rows: rows, metric: .threatShare, unit: .week)
    }

    @Test func plantedShiftIsFoundAtTheMilestone() throws {
        let series = plantedSeries()
        #expect(series.values.count == 40)
        let shiftDay = Period(ordinal: series.periods[20].ordinal, unit: .week).startDay + 3
        let milestones = try load("E1,\(Period.dateString(shiftDay)),day,IT,,other,shift,,yes,\nE0,2015-06-03,day,IT,,other,too early,,yes,\n")
        let report = try MilestoneAnalysis.analyze(series: series, milestones: milestones, options: MilestoneOptions(window: 8))
        let window = try #require(report.windows.first { $0.milestone.id == "E1" })
        #expect(window.status == "ok" && window.pre.count == 8 && window.post.count == 8)
        let comparison = try #require(window.comparison)
        #expect(abs(comparison.diffPostMinusPre - 0.4) < 0.01)
        #expect(comparison.welch.pTwoSided < 1e-6 && comparison.hedgesG > 5)
        let level = try #require(window.segmented?.hac.first { $0.name == "post" })
        #expect(abs(level.coef - 0.4) < 0.03 && level.p < 0.001)
        #expect(report.changePoints.count == 1)
        #expect(report.changePoints.first?.nearestMilestone == "E1" && report.changePoints.first?.lag == 0)
        #expect(window.breakLag == 0)
        #expect(report.windows.first { $0.milestone.id == "E0" }?.status == "outside_series")
        let ccf = try #require(report.ccf)
        #expect(ccf.yOnX.count == 9)
        let csv = String(decoding: MilestoneExport.csv(report, table: .windows), as: UTF8.self)
        #expect(csv.hasPrefix(MilestoneExport.windowColumns.joined(separator: ",")))
        let json = MilestoneExport.json(report, provenance: nil)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect((object["milestones"] as? [Any])?.count == 2 && (object["changepoints"] as? [Any])?.count == 1)
    }

    @Test func windowShorterThanTwoIsRefused() throws {
        #expect(throws: IndicesError.self) {
            try MilestoneAnalysis.analyze(series: plantedSeries(), milestones: [], options: MilestoneOptions(window: 1))
        }
    }
}
