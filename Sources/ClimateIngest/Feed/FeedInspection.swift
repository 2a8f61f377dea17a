import Foundation

/// Runs the feed parser over one file or a manifest of files and yields JSONL lines (for `inspect feed`).
public enum FeedInspection {
    /// The JSONL line for one feed file: `{"id", "parsed"}`, or `{"id", "error"}` when it cannot be read.
    public static func line(id: String, path: String, options: FeedParseOptions) -> [UInt8] {
        do {
            return FeedJSON.line(id: id, parsed: try FeedParser.parse(path: path, options: options))
        } catch {
            return FeedJSON.errorLine(id: id, message: error.localizedDescription)
        }
    }

    /// Parses every record of a manifest (`{"id", "file", "http_headers"?, "document_url"?}` per line;
    /// relative `file` paths are taken from the manifest's folder) and hands each output line to `emit`.
    /// A bad record yields an error line and does not stop the others. Returns (parsed, failed) counts.
    @discardableResult
    public static func runManifest(path: String, emit: ([UInt8]) -> Void) throws -> (parsed: Int, failed: Int) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FeedParseError.cannotOpen(path: path, reason: "file not readable")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var parsed = 0, failed = 0
        for (number, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  let file = object["file"] as? String else {
                let id = "manifest line \(number + 1)"
                emit(FeedJSON.errorLine(id: id, message: "manifest line is not a JSON object with a \"file\" key"))
                failed += 1
                continue
            }
            let id = object["id"] as? String ?? file
            var headers: [String: String] = [:]
            for (key, value) in object["http_headers"] as? [String: Any] ?? [:] {
                if let value = value as? String { headers[key.lowercased()] = value }
            }
            let options = FeedParseOptions(documentURL: object["document_url"] as? String, httpHeaders: headers)
            let resolved = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
            let line = line(id: id, path: resolved, options: options)
            if line.starts(with: Array("{\"id\":".utf8)), String(decoding: line.prefix(400), as: UTF8.self).contains("\"error\":") &&
                !String(decoding: line.prefix(400), as: UTF8.self).contains("\"parsed\":") { failed += 1 } else { parsed += 1 }
            emit(line)
        }
        return (parsed, failed)
    }
}
