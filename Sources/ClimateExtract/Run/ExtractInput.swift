import ClimateCore
import ClimateIngest
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One unit of extraction work: an HTML file, or one document read from a JSONL file.
enum ExtractInput: Sendable {
    case page(path: String)
    case document(Document)
    case rejected(Reject)

    static let pageSuffixes = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"]
    static let lineSuffixes = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"]

    /// The units of `paths` in a deterministic order (folders: sorted file names, recursively).
    static func expand(_ paths: [String]) throws(ExtractError) -> [ExtractInput] {
        var units: [ExtractInput] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                for file in files(under: path) { try add(file, to: &units, explicit: false) }
            } else {
                try add(path, to: &units, explicit: true)
            }
        }
        return units
    }

    private static func add(_ path: String, to units: inout [ExtractInput], explicit: Bool) throws(ExtractError) {
        let lower = path.lowercased()
        if lineSuffixes.contains(where: { lower.hasSuffix($0) }) {
            // Ingest JSONL and dumps: read by ClimateIngest's `Ingestor` (same fields and rules).
            let summary = Ingestor.ingest(paths: [path], options: IngestOptions()) { document in
                units.append(.document(document))
            }
            for reject in summary.rejects { units.append(.rejected(reject)) }
        } else if explicit || pageSuffixes.contains(where: { lower.hasSuffix($0) }) {
            units.append(.page(path: path))
        }
    }

    private static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let lower = relative.lowercased()
            if pageSuffixes.contains(where: { lower.hasSuffix($0) }) || lineSuffixes.contains(where: { lower.hasSuffix($0) }) {
                found.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted()
    }

    /// File bytes, gunzipped when they start with the gzip magic number.
    static func read(_ path: String) throws(ExtractError) -> [UInt8] {
        guard let bytes = readWhole(path) else {
            throw .unreadable(path: path, reason: "the file cannot be opened")
        }
        guard Gunzip.isGzip(bytes) else { return bytes }
        guard let inflated = Gunzip.inflate(bytes, limit: ArticleExtractor.maximumBytes + 1) else {
            throw .unreadable(path: path, reason: "corrupt gzip data or larger than the page limit")
        }
        return inflated
    }

    /// The whole file, read with POSIX calls straight into an array (no `Data` copy).
    private static func readWhole(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if got <= 0 { break }
            filled += got
        }
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        return bytes
    }

    /// The file name without its extensions (`a/b/c.html.gz` → `c`).
    static func id(forPath path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}

extension ExtractInput {
    /// The unit's size in bytes as far as it is known without reading it (file size; HTML or
    /// text length), to schedule large units first.
    var approximateSize: Int {
        switch self {
        case .page(let path):
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        case .document(let document):
            return (document.html ?? document.text)?.utf8.count ?? 0
        case .rejected:
            return 0
        }
    }
}
