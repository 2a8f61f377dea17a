import Foundation

/// Where tests find data: the package root (from this file's path) and `../shared`.
enum SharedTestData {
    /// The package root: two folders above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `$MEDIACLIMATE_SHARED` when set (as in `.ci/run`), else `../shared` next to the package.
    static let shared = ProcessInfo.processInfo.environment["MEDIACLIMATE_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
