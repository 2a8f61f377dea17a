#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Expands the paths given to `ingest` into the list of inputs, in a deterministic order.
///
/// Files and `-` (stdin) are kept as given. A folder is walked recursively; the entries of each
/// folder are sorted by their UTF-8 bytes and hidden entries (names starting with `.`) are
/// skipped. Symbolic links to folders are followed once (a loop is not walked twice).
enum InputWalker {
    /// One input to read: a path, or an error found while listing (unreadable folder, missing path).
    enum Item: Equatable {
        case file(String)
        case standardInput
        case failed(IngestError)
    }

    static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        var visited: Set<String> = []
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
            } else {
                walk(path, into: &items, visited: &visited)
            }
        }
        return items
    }

    private static func walk(_ path: String, into items: inout [Item], visited: inout Set<String>) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            items.append(.failed(.unreadable(input: path, cause: String(cString: strerror(errno)))))
            return
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            items.append(.file(path))
            return
        }
        let real = realPath(path)
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            items.append(.failed(.unreadable(input: path, cause: "cannot list the folder")))
            return
        }
        let sorted = names.filter { !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in sorted { walk(base + name, into: &items, visited: &visited) }
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The modification time of `path`, or nil.
    static func modificationDate(_ path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }
}
