import Foundation
import Testing

/// Compares text with a committed golden file in `Tests/ClimateReportTests/Golden/`.
/// `MC_RECORD_GOLDEN=1` (re)writes the file and fails on purpose so a recording is never a pass.
enum GoldenFile {
    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["MC_RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(name); rerun without MC_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let expectedLine = line < e.count ? String(e[line]) : "<end>", actualLine = line < a.count ? String(a[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n expected: \(expectedLine)\n actual:   \(actualLine)\n(re-record with MC_RECORD_GOLDEN=1)",
                         sourceLocation: sourceLocation)
        }
    }
}
