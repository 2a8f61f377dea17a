import Foundation

/// `mediaclimate lexicon check`: validates every lexicon file under a folder, one line per file.
public enum LexiconCheck {
    /// The outcome for one file.
    public struct FileResult: Sendable {
        public var file: String
        public var lexicon: Lexicon?
        public var error: LexiconError?

        /// `path: OK name vN lang — E entries in C categories (hash H)` or the error.
        public var line: String {
            if let lexicon {
                return "\(file): OK \(lexicon.name) v\(lexicon.version) \(lexicon.language) — \(lexicon.entries.count) entries in "
                    + "\(Set(lexicon.entries.map(\.category)).count) of \(lexicon.categories.count) categories (hash \(lexicon.contentHash))"
            }
            return error?.localizedDescription ?? "\(file): unknown error"
        }
    }

    /// Checks every `.yml` file under `directory` (recursively, sorted). The expected name, version
    /// and language are read off the path when it has the `<name>/v<N>/<lang>.yml` shape.
    public static func run(directory: String) -> [FileResult] {
        let root = URL(fileURLWithPath: directory)
        var files: [String] = []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            files = [directory]
        } else if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "yml" || url.pathExtension == "yaml" {
                files.append(url.path)
            }
        }
        guard !files.isEmpty else {
            return [FileResult(file: directory, lexicon: nil, error: .at(.unreadable, directory, (0, 0),
                    "no lexicon files (.yml) found", "point at a lexicon folder such as lexicons/migration-frames/v1"))]
        }
        return files.sorted().map { path -> FileResult in
            let url = URL(fileURLWithPath: path)
            let language = url.deletingPathExtension().lastPathComponent
            let versionFolder = url.deletingLastPathComponent().lastPathComponent
            let version = versionFolder.hasPrefix("v") ? Int(versionFolder.dropFirst()) : nil
            let name = version == nil ? nil : url.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
            do throws(LexiconError) {
                let lexicon = try LexiconLoader.load(path: path, expectedName: name, expectedVersion: version,
                                                     expectedLanguage: Lexicon.languages.contains(language) ? language : nil)
                return FileResult(file: path, lexicon: lexicon, error: nil)
            } catch {
                return FileResult(file: path, lexicon: nil, error: error)
            }
        }
    }
}
