@testable import ClimateReport
import Foundation
import Testing

@Suite("Atomic report folders")
struct ReportWriterTests {
    func temporary() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mc-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a new folder appears complete, with no temporary folder left behind")
    func writesNew() throws {
        let parent = try temporary()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = try ReportWriter.write(files: [("a.txt", Data("one".utf8)), ("b.txt", Data("two".utf8))], parent: parent, name: "2024-W20")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["2024-W20"])
        #expect(try String(contentsOfFile: folder + "/b.txt", encoding: .utf8) == "two")
    }

    @Test("an existing folder is replaced as a whole: stale files disappear")
    func replaces() throws {
        let parent = try temporary()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try ReportWriter.write(files: [("old.txt", Data("old".utf8)), ("a.txt", Data("v1".utf8))], parent: parent, name: "2024-W20")
        let folder = try ReportWriter.write(files: [("a.txt", Data("v2".utf8))], parent: parent, name: "2024-W20")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
        #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "v2")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["2024-W20"])
    }

    @Test("a failed write leaves the existing folder untouched and removes the temporary folder")
    func failureKeepsOld() throws {
        let parent = try temporary()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try ReportWriter.write(files: [("a.txt", Data("v1".utf8))], parent: parent, name: "2024-W20")
        // A file name with a folder that does not exist makes the write fail half-way.
        #expect(throws: ReportError.self) {
            try ReportWriter.write(files: [("a.txt", Data("v2".utf8)), ("missing/b.txt", Data())], parent: parent, name: "2024-W20")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["2024-W20"])
        #expect(try String(contentsOfFile: parent + "/2024-W20/a.txt", encoding: .utf8) == "v1")
    }
}
