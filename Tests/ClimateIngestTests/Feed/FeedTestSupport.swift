import Foundation
@testable import ClimateIngest

/// Helpers shared by the feed tests.
enum FeedTestSupport {
    /// Parses `xml` (UTF-8) with optional headers and document URL.
    static func parse(_ xml: String, url: String? = nil, headers: [String: String] = [:]) -> ParsedFeed {
        FeedParser.parse(bytes: Array(xml.utf8), options: FeedParseOptions(documentURL: url, httpHeaders: headers))
    }

    /// The package root (three folders above this file's folder).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/<relative>` next to the package (or `../../shared` for a git worktree checkout),
    /// or nil with a visible message when it is absent.
    static func sharedFolder(_ relative: String) -> URL? {
        let parent = packageRoot.deletingLastPathComponent()
        for base in [parent, parent.deletingLastPathComponent()] {
            let url = base.appendingPathComponent("shared").appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        print("SKIPPED: ../shared/\(relative) absent")
        return nil
    }

    /// A temporary file holding `bytes`.
    static func temporaryFile(_ bytes: [UInt8], name: String = "feed.xml") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("feedtests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
