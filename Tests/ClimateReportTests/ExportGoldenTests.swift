import ClimateCore
@testable import ClimateReport
import Foundation
import Testing

/// Collects export output.
final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ chunk: Data) { lock.lock(); data.append(chunk); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
}

@Suite("Exports on the fixture store")
struct ExportGoldenTests {
    func export(_ kind: ExportKind, _ fixture: FixtureStore, format: ExportFormat = .csv, wide: Bool = false,
                from: String? = "2024-04-22", to: String? = "2024-05-19") throws -> String {
        let collector = Collector()
        let options = ExportOptions(kind: kind, format: format, wide: wide, fromDay: try from.map(ExportOptions.parseDay),
                                    toDay: try to.map(ExportOptions.parseDay), storePath: fixture.path,
                                    milestonesPath: fixture.milestonesPath)
        try Exporter.run(options) { collector.append($0) }
        return collector.text
    }

    @Test("each export matches its golden file", arguments: ExportKind.allCases)
    func golden(kind: ExportKind) throws {
        let fixture = try FixtureStore()
        GoldenFile.check(try export(kind, fixture), name: "export-\(kind.rawValue).csv")
    }

    @Test("wide indices match the golden file")
    func wideGolden() throws {
        let fixture = try FixtureStore()
        GoldenFile.check(try export(.indices, fixture, wide: true), name: "export-indices-wide.csv")
    }

    @Test("every column name of every export is Stata-safe", arguments: ExportKind.allCases)
    func stataSafe(kind: ExportKind) throws {
        let fixture = try FixtureStore()
        for wide in kind == .indices ? [false, true] : [false] {
            let header = try export(kind, fixture, wide: wide).split(separator: "\n").first.map(String.init) ?? ""
            let names = header.split(separator: ",").map(String.init)
            #expect(!names.isEmpty)
            for name in names { #expect(ExportTable.isStataSafe(name), "\(kind) column \(name)") }
            #expect(Set(names).count == names.count)
        }
        #expect(!ExportTable.isStataSafe("threat.share"))
        #expect(!ExportTable.isStataSafe("1st"))
        #expect(!ExportTable.isStataSafe(String(repeating: "a", count: 33)))
    }

    @Test("JSON lines: one object per row with typed values; TSV has tabs")
    func formats() throws {
        let fixture = try FixtureStore()
        let jsonl = try export(.tags, fixture, format: .jsonl)
        let lines = jsonl.split(separator: "\n")
        let csvRows = try export(.tags, fixture).split(separator: "\n").count - 1
        #expect(lines.count == csvRows)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["lexicon_version"] as? Int == 2)
        #expect(object["threat"] is Bool)
        let tsv = try export(.events, fixture, format: .tsv, from: nil, to: nil)
        #expect(tsv.hasPrefix("event_id\tdate\t"))
        #expect(tsv.contains("Pact agreement, provisional"))
    }

    @Test("--wide is refused for exports other than indices")
    func wideRefused() throws {
        let fixture = try FixtureStore()
        #expect(throws: ReportError.self) { try export(.articles, fixture, wide: true) }
    }

    @Test("hits carry the keyword cut by UTF-8 offsets")
    func hitKeywords() throws {
        let fixture = try FixtureStore()
        let csv = try export(.hits, fixture)
        #expect(csv.contains(",invasion,"))
        #expect(csv.contains(",welcomed,"))
        #expect(!csv.contains("\u{FFFD}"))
    }
}
