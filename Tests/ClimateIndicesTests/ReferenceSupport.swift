import ClimateIndices
import Foundation
import Testing

/// Locates `../shared/data/analysis-reference` relative to the package root and loads its files.
///
/// Order: `$MEDIACLIMATE_SHARED`, then `../shared` next to the package root, then one level
/// higher (the layout of a worktree under `wt/<name>`). Tests print `SKIPPED: ../shared absent`
/// and return when none exists.
enum Reference {
    /// The package root, from this file's path (`Tests/ClimateIndicesTests/ReferenceSupport.swift`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The analysis-reference folder, or nil when `../shared` is absent.
    static let folder: URL? = {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["MEDIACLIMATE_SHARED"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(packageRoot.appendingPathComponent("../shared"))
        candidates.append(packageRoot.appendingPathComponent("../../shared"))
        for shared in candidates {
            let folder = shared.appendingPathComponent("data/analysis-reference").standardizedFileURL
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path) { return folder }
        }
        return nil
    }()

    /// The case folder, or nil after printing the skip message.
    static func caseFolder(_ name: String) -> URL? {
        guard let folder else {
            print("SKIPPED: ../shared absent (analysis-reference case \(name))")
            return nil
        }
        return folder.appendingPathComponent(name)
    }

    /// Parsed JSON object of a case file.
    static func json(_ folder: URL, _ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A case CSV as a table.
    static func table(_ folder: URL, _ file: String) throws -> SeriesTable {
        try SeriesTable.load(path: folder.appendingPathComponent(file).path)
    }
}

/// Tolerance checks that also record the largest deviation seen, printed per suite.
final class DeviationLog: @unchecked Sendable {
    private let name: String
    private let lock = NSLock()
    private var worst: [String: (deviation: Double, label: String)] = [:]

    init(_ name: String) { self.name = name }

    /// Expects `actual ≈ expected` within `relative` (or `absolute` near zero); records |diff|.
    func check(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12,
               _ label: String, kind: String = "value", sourceLocation: SourceLocation = #_sourceLocation) {
        let difference = abs(actual - expected)
        let allowed = max(absolute, relative * abs(expected))
        #expect(difference <= allowed, "\(label): got \(actual), expected \(expected) (|diff| \(difference) > \(allowed))",
                sourceLocation: sourceLocation)
        let rel = relative == 0 || expected == 0 ? difference : difference / abs(expected)
        lock.lock(); defer { lock.unlock() }
        if rel >= (worst[kind]?.deviation ?? -1) { worst[kind] = (rel, label) }
    }

    /// Prints `DEVIATION <suite> <kind>: max relative |diff| … at …` (absolute for kinds checked
    /// with `relative: 0`).
    func report() {
        lock.lock(); defer { lock.unlock() }
        for (kind, entry) in worst.sorted(by: { $0.key < $1.key }) {
            print("DEVIATION \(name) \(kind): max relative |diff| \(entry.deviation) at \(entry.label)")
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A nested object.
    func object(_ key: String) throws -> [String: Any] { try #require(self[key] as? [String: Any], "missing object \(key)") }
    /// A number.
    func number(_ key: String) throws -> Double { try #require((self[key] as? NSNumber)?.doubleValue, "missing number \(key)") }
    /// An integer list.
    func integers(_ key: String) throws -> [Int] { try #require(self[key] as? [Int], "missing int list \(key)") }
}
