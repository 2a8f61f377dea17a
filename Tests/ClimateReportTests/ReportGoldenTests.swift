import ClimateCore
import ClimateIndices
@testable import ClimateReport
import Foundation
import Testing

@Suite("Weekly report on the fixture store")
struct ReportGoldenTests {
    static let now = UTCFormat.date(year: 2024, month: 5, day: 21, hour: 6)

    func build() throws -> (FixtureStore, ReportData) {
        let fixture = try FixtureStore()
        let store = try ReportStore.open(path: fixture.path)
        let milestones = try MilestoneFile.load(path: fixture.milestonesPath)
        let data = try ReportGatherer.gather(store: store, week: FixtureStore.reportWeek, milestones: milestones, lexicon: nil,
                                             generatedAt: Self.now, bootstrapReplicates: 200)
        return (fixture, data)
    }

    @Test("report.md matches the golden file")
    func markdownGolden() throws {
        let (fixture, data) = try build()
        let markdown = MarkdownReport.render(data).replacingOccurrences(of: fixture.path, with: "STORE")
        GoldenFile.check(markdown, name: "report.md")
    }

    @Test("indices.csv: tidy header, 10 metrics for each of 52 weeks of the pooled, 3 outlet and 2 language series")
    func indicesShape() throws {
        let (_, data) = try build()
        let files = ReportRun.render(data)
        let csv = String(decoding: try #require(files.first { $0.0 == "indices.csv" }).1, as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines.first.map(String.init) == IndicesTable.tidyColumns.joined(separator: ","))
        #expect(lines.count == 1 + 52 * 6 * IndexRow.metrics.count)
        #expect(lines[1].hasPrefix("2023-05-22,2023,21,all,ALL,attention_share,"))
        // The export of the same weeks gives the same pooled rows.
        #expect(csv.contains("2024-05-13,2024,20,all,ALL,threat_share,"))
    }

    @Test("the series: 52 weeks, duplicates left out, the step in the threat share is found near week 36")
    func series() throws {
        let (_, data) = try build()
        #expect(data.weeks.count == 52)
        #expect(data.weeks.last == FixtureStore.reportWeek)
        let current = try #require(data.current)
        #expect(current.counts.duplicates == 1)
        #expect(data.quality.duplicatesThisWeek == 1)
        #expect(data.quality.undated == 1)
        #expect(data.quality.rejectsThisWeek == ["ingest": 1, "extract": 1])
        #expect(data.quality.rejectsTotal == ["ingest": 1, "extract": 2])
        let threatBreaks = data.changePoints.filter { $0.metric == "threat_share" }
        // Fixture week 36 of 56 is timeline index 32; the share rises there.
        #expect(threatBreaks.contains { abs($0.index - 32) <= 1 && $0.meanAfter > $0.meanBefore })
        #expect(data.lastYear != nil)
        #expect(data.eventWindows.contains { $0.milestone.id == "T01" })
        #expect(data.eventsOfWeek.map(\.id) == ["T02", "T04"])
    }

    @Test("evidence skips negated hits and cuts the keyword by UTF-8 offsets")
    func evidence() throws {
        let (_, data) = try build()
        let threat = data.evidence.filter { $0.frame == "threat" }
        #expect(!threat.isEmpty && threat.count <= 5)
        #expect(threat.allSatisfy { $0.keyword == "invasion" && $0.left.hasSuffix("warned of an") })
        #expect(data.evidence.filter { $0.frame == "humanity" }.allSatisfy { $0.keyword == "welcomed" })
        #expect(data.tolls.allSatisfy { $0.sentence.hasPrefix("At least") && $0.sentence.hasSuffix("people died.") })
        #expect(data.testimonies.allSatisfy { $0.speaker == "Amal" && $0.passage.hasPrefix("\"We fled") })
    }

    @Test("report.html is self-contained: no scripts, no external resources, accessible charts")
    func htmlSelfContained() throws {
        let (_, data) = try build()
        let html = HTMLReport.render(data)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import") && !html.contains("url("))
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let allowed = Set(data.evidence.compactMap(\.article.url) + data.tolls.compactMap(\.article.url)
                          + data.testimonies.compactMap(\.article.url) + data.milestones.map(\.sourceURL))
        #expect(hrefs.allSatisfy { allowed.contains($0) })
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 4)
        #expect(html.contains("<title id=\"timeline-title\">"))
        #expect(html.contains("Election with a &lt;tag&gt; &amp; an ampersand"))
        #expect(html.contains("class=\"milestone hollow\""))
        #expect(html.contains("class=\"milestone filled\""))
    }

    @Test("report run writes the four files and a manifest with versions and hashes")
    func runWritesFolder() throws {
        let fixture = try FixtureStore()
        let reports = fixture.folder.appendingPathComponent("reports").path
        let options = ReportOptions(storePath: fixture.path, week: FixtureStore.reportWeek, milestonesPath: fixture.milestonesPath,
                                    reportsFolder: reports, now: Self.now, bootstrapReplicates: 100)
        let outcome = try ReportRun.run(options)
        #expect(outcome.folder.hasSuffix("reports/2024-W20"))
        let names = try FileManager.default.contentsOfDirectory(atPath: outcome.folder).sorted()
        #expect(names == ["indices.csv", "manifest.json", "report.html", "report.md"])
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outcome.folder + "/manifest.json"))) as? [String: Any]
        #expect(manifest?["week"] as? String == "2024-W20")
        #expect(manifest?["tool_version"] as? String == ToolVersion.current)
        let lexicons = manifest?["lexicons"] as? [[String: Any]]
        #expect(lexicons?.first?["hash"] as? String == "abc123def4567890")
        #expect((manifest?["files"] as? [[String: Any]])?.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == ["2024-W20"])
    }

    @Test("default week is the last complete ISO week; week strings parse strictly")
    func weeks() throws {
        #expect(ReportOptions.lastCompleteWeek(before: Self.now) == FixtureStore.reportWeek)
        #expect(try ReportOptions.parseWeek("2024-W20") == FixtureStore.reportWeek)
        #expect(try ReportOptions.parseWeek("2020-W53").weekStart == "2020-12-28")
        #expect(throws: ReportError.badWeek("2021-W53")) { try ReportOptions.parseWeek("2021-W53") }
        #expect(throws: ReportError.badWeek("May")) { try ReportOptions.parseWeek("May") }
    }
}
