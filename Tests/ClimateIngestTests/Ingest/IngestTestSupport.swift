import ClimateCore
import Foundation
@testable import ClimateIngest

/// A temporary folder for one test, removed when the value is dropped.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("mc-ingest-test-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Writes `bytes` at `relative` (creating folders) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }
}

/// Paths of the package and its test fixtures.
enum IngestFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/ClimateIngestTests/Fixtures/ingest/" + name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(name)))) }
}

/// Runs an ingest and collects the documents.
func collect(paths: [String], options: IngestOptions = IngestOptions()) -> ([Document], IngestSummary) {
    var documents: [Document] = []
    let summary = Ingestor.ingest(paths: paths, options: options) { documents.append($0) }
    return (documents, summary)
}

func collect(bytes: [UInt8], name: String = "-", options: IngestOptions = IngestOptions()) -> ([Document], IngestSummary) {
    var documents: [Document] = []
    let summary = Ingestor.ingest(bytes: bytes, name: name, options: options) { documents.append($0) }
    return (documents, summary)
}
