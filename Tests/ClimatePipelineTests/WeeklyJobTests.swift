import ClimateIndices
import Foundation
import Testing
@testable import ClimatePipeline

/// `mediaclimate weekly`: one call runs the pipeline and writes the last complete week's report.
@Suite struct WeeklyJobTests {
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url
    }()

    @Test func runsThenReportsTheLastCompleteWeek() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weekly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (1...4).map { i in
            #"{"url": "https://news.example/\#(i)", "title": "Rescue \#(i)", "published": "2024-05-1\#(i)T09:00:00Z", "outlet": "Example", "language": "en", "text": "At least \#(10 + i) migrants drowned when their boat capsized. Survivors said the refugees had fled the war and volunteers welcomed the families with children. The asylum seekers were taken to a reception centre."}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("dump.jsonl"), atomically: true, encoding: .utf8)
        let config = """
        version: 1
        store: store.sqlite
        inputs:
          dumps: [dump.jsonl]
        lexicons: [migration-frames@v1]
        lexicon_root: \(Self.repoRoot.appendingPathComponent("lexicons").path)
        milestones: \(Self.repoRoot.appendingPathComponent("corpora/milestones.csv").path)
        report:
          folder: reports
        """
        let configPath = folder.appendingPathComponent("mediaclimate.yml").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        // Monday 2024-05-20: the last complete ISO week is 2024-W20 (13–19 May).
        let now = Date(timeIntervalSince1970: TimeInterval(ISOWeek(year: 2024, month: 5, day: 20).mondayDay) * 86_400 + 3600)
        let outcome = try WeeklyJob.run(configPath: configPath, jobs: 1, strict: false, wait: false, now: now)
        #expect(outcome.run.articles == 4)
        #expect(outcome.run.rejects.isEmpty)
        #expect(outcome.reportFolder.hasSuffix("reports/2024-W20"))
        let markdown = try String(contentsOfFile: outcome.reportFolder + "/report.md", encoding: .utf8)
        #expect(markdown.contains("2024-W20"))
        #expect(FileManager.default.fileExists(atPath: outcome.reportFolder + "/report.html"))
        // A second weekly job does no stage work and rewrites the same report.
        let again = try WeeklyJob.run(configPath: configPath, jobs: 1, strict: false, wait: false, now: now)
        #expect(again.run.processed == 0)
        #expect(try String(contentsOfFile: again.reportFolder + "/report.md", encoding: .utf8) == markdown)
    }
}
