#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The local files a run reads, in ingest order, each with the state key of its re-run skip test.
///
/// Folders are walked like `ingest` walks them (entries sorted by UTF-8 bytes, hidden names
/// skipped). A file's state is its size and modification time plus the run's settings key
/// (lexicon hashes, config hash): a file with the state recorded by a finished run is skipped
/// without reading it. Missing paths are kept as they are, so ingest rejects them with its reason.
enum InputFiles {
    struct File: Sendable, Hashable {
        var path: String
        /// nil when the path cannot be stat'ed (ingest reports why).
        var state: String?
    }

    static func expand(_ paths: [String], settings: String) -> [File] {
        var files: [File] = []
        var visited: Set<String> = []
        for path in paths { walk(path, settings: settings, into: &files, visited: &visited) }
        return files
    }

    private static func walk(_ path: String, settings: String, into files: inout [File], visited: inout Set<String>) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            files.append(File(path: path, state: nil))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            files.append(File(path: path, state: "\(info.st_size):\(time.tv_sec).\(time.tv_nsec):\(settings)"))
            return
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            files.append(File(path: path, state: nil))
            return
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names.filter({ !$0.hasPrefix(".") }).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            walk(base + name, settings: settings, into: &files, visited: &visited)
        }
    }

    /// The file part of a document source (`dumps/a.jsonl#line=3` → `dumps/a.jsonl`).
    static func file(ofSource source: String) -> String {
        guard let hash = source.lastIndex(of: "#") else { return source }
        return String(source[..<hash])
    }
}
