import ClimateCore
import ClimateIngest
import Foundation

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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "the file cannot be opened")
        }
        let bytes = [UInt8](data)
        guard Gunzip.isGzip(bytes) else { return bytes }
        guard let inflated = Gunzip.inflate(bytes, limit: ArticleExtractor.maximumBytes + 1) else {
            throw .unreadable(path: path, reason: "corrupt gzip data or larger than the page limit")
        }
        return inflated
    }

    /// The file name without its extensions (`a/b/c.html.gz` → `c`).
    static func id(forPath path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}
