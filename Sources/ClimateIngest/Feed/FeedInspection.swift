import ClimateCore
import Foundation

/// Runs the feed parser over one file or a manifest of files and yields JSONL lines (for `inspect feed`).
///
/// Entries are streamed to the output as they are parsed (see `FeedJSON.streamLine`), so even a
/// feed of hundreds of megabytes is inspected in bounded memory.
public enum FeedInspection {
    /// Writes the line for one feed file (`{"id", "parsed"}`, or `{"id", "error"}` when it cannot be
    /// read) followed by a newline; returns false for an error line.
    @discardableResult
    public static func inspect(id: String, path: String, options: FeedParseOptions, emit: ([UInt8]) -> Void) -> Bool {
        do {
            try FeedJSON.streamLine(id: id, path: path, options: options, emit: emit)
            emit([0x0A])
            return true
        } catch {
            emit(FeedJSON.errorLine(id: id, message: error.localizedDescription) + [0x0A])
            return false
        }
    }

    /// Writes a one-line summary of one feed file (`{"id", "entries", "well_formed", "encoding",
    /// "version", "error"}`): every entry is fully parsed (all fields, dates, HTML fix-ups) and then
    /// dropped, which is what an ingest does before writing its own records. Returns false on I/O error.
    @discardableResult
    public static func summarize(id: String, path: String, options: FeedParseOptions, emit: ([UInt8]) -> Void) -> Bool {
        var count = 0
        do {
            let result = try FeedParser.stream(path: path, options: options) { _ in count += 1 }
            var w = JSONWriter(capacity: 256)
            w.beginObject()
            w.field("id", id)
            w.field("entries", count)
            w.field("well_formed", result.wellFormed)
            w.field("encoding", result.encoding)
            w.field("version", result.version)
            w.field("error", result.error)
            w.endObject()
            w.newline()
            emit(w.bytes)
            return true
        } catch {
            emit(FeedJSON.errorLine(id: id, message: error.localizedDescription) + [0x0A])
            return false
        }
    }

    /// Parses every record of a manifest (`{"id", "file", "http_headers"?, "document_url"?}` per line;
    /// relative `file` paths are taken from the manifest's folder) and hands the output to `emit`.
    /// A bad record yields an error line and does not stop the others. Returns (parsed, failed) counts.
    @discardableResult
    public static func runManifest(path: String, options base: FeedParseOptions = FeedParseOptions(),
                                   emit: ([UInt8]) -> Void) throws -> (parsed: Int, failed: Int) {
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
                emit(FeedJSON.errorLine(id: "manifest line \(number + 1)",
                                        message: "manifest line is not a JSON object with a \"file\" key") + [0x0A])
                failed += 1
                continue
            }
            let id = object["id"] as? String ?? file
            var headers: [String: String] = [:]
            for (key, value) in object["http_headers"] as? [String: Any] ?? [:] {
                if let value = value as? String { headers[key.lowercased()] = value }
            }
            var options = FeedParseOptions(documentURL: object["document_url"] as? String, httpHeaders: headers,
                                           maxDocumentBytes: base.maxDocumentBytes, limits: base.limits)
            if options.documentURL == nil { options.documentURL = base.documentURL }
            let resolved = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
            if inspect(id: id, path: resolved, options: options, emit: emit) { parsed += 1 } else { failed += 1 }
        }
        return (parsed, failed)
    }
}
