import ClimateCore
import Foundation

/// One version of a named lexicon: its files per language and a content hash over all of them.
///
/// Loaded from `lexicons/<name>/v<N>/`; referenced as `<name>@v<N>` (e.g. `migration-frames@v1`).
public struct LexiconSet: Sendable {
    public var name: String
    public var version: Int
    /// SHA-1 (16 hex digits) over the files' names and bytes, in name order.
    public var contentHash: String
    public var byLanguage: [String: Lexicon]

    /// `name@vN`.
    public var reference: String { "\(name)@v\(version)" }

    /// Loads every `<lang>.yml` of a version folder (`.../<name>/v<N>`).
    public static func load(directory: String) throws(LexiconError) -> LexiconSet {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let versionName = url.lastPathComponent
        let name = url.deletingLastPathComponent().lastPathComponent
        guard versionName.hasPrefix("v"), let version = Int(versionName.dropFirst()), version >= 1 else {
            throw .at(.badVersion, directory, (0, 0), "folder '\(versionName)' is not a version folder",
                      "point at lexicons/<name>/v<N> (e.g. lexicons/migration-frames/v1)")
        }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw .at(.unreadable, directory, (0, 0), "cannot list the folder", "check the path")
        }
        guard !files.isEmpty else {
            throw .at(.unreadable, directory, (0, 0), "no .yml files in the folder", "add <lang>.yml files (see docs/LEXICON-FORMAT.md)")
        }
        var hasher = SHA1()
        var byLanguage: [String: Lexicon] = [:]
        for file in files {
            let path = url.appendingPathComponent(file).path
            let language = String(file.dropLast(4))
            let lexicon = try LexiconLoader.load(path: path, expectedName: name, expectedVersion: version, expectedLanguage: language)
            hasher.update(Array(file.utf8))
            hasher.update(Array((FileManager.default.contents(atPath: path) ?? Data())))
            byLanguage[language] = lexicon
        }
        return LexiconSet(name: name, version: version, contentHash: String(SHA1.hexString(hasher.finalize()).prefix(16)),
                          byLanguage: byLanguage)
    }

    /// Resolves `name@vN` (or a folder path) against a lexicons root folder, then loads it.
    public static func load(reference: String, root: String = "lexicons") throws(LexiconError) -> LexiconSet {
        if let at = reference.firstIndex(of: "@") {
            let name = reference[..<at], version = reference[reference.index(after: at)...]
            return try load(directory: "\(root)/\(name)/\(version)")
        }
        return try load(directory: reference)
    }
}
