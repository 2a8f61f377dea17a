import ClimateCore
import Foundation

/// What `WARCReader` reads from a file, as one JSON line (the shape `warc_check.py` reads).
///
/// ```json
/// {"id": "...", "file": "...", "gzip": true, "error": null, "warnings": [],
///  "record_counts": {"warcinfo": 1, "response": 3},
///  "records": [{"index": 2, "offset": 784, "type": "response", "target_uri": "...",
///               "http_status": "200", "content_type": "text/html",
///               "payload_length": 606, "payload_sha1": "...", "decoded_length": 1270, "decoded_sha1": "..."}]}
/// ```
/// `record_counts` counts every record by `WARC-Type` as written (a folded value keeps its
/// continuation white space, as warcio reports it; a missing type counts as `null`);
/// `records` lists response and resource records. `error` is why reading stopped.
public enum WARCInspector {
    /// One JSON line for the WARC file at `path`, labelled `id`.
    public static func inspect(path: String, id: String, options: WARCReader.Options = .init()) -> String {
        inspectWithError(path: path, id: id, options: options).json
    }

    /// The JSON line for `path`, and the message of the error that stopped reading (if any).
    public static func inspectWithError(path: String, id: String, options: WARCReader.Options = .init())
        -> (json: String, error: String?) {
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("file"); json.string(path)
        var counts: [(String, Int)] = []
        var records = JSONWriter(capacity: 4096)
        records.beginArray()
        var failure: String?
        var warnings: [String] = []
        var gzip: Bool?
        do {
            var reader = try WARCReader(path: path, options: options)
            gzip = reader.isGzip
            do {
                while let record = try reader.next() {
                    let type = record.typeAsWritten ?? "null"
                    if let at = counts.firstIndex(where: { $0.0 == type }) { counts[at].1 += 1 } else { counts.append((type, 1)) }
                    if type == "response" || type == "resource" { write(record, to: &records) }
                }
            } catch {
                failure = error.errorDescription
            }
            warnings = reader.warnings.map(\.description)
        } catch {
            failure = error.errorDescription
        }
        json.field("gzip", gzip)
        json.key("error"); if let failure { json.string(failure) } else { json.null() }
        json.field("warnings", strings: warnings)
        json.key("record_counts")
        json.beginObject()
        for (type, count) in counts { json.key(type); json.int(count) }
        json.endObject()
        records.endArray()
        json.key("records")
        json.null()
        json.endObject()
        // Splice the records array (written while reading, so payloads are not kept) over the placeholder.
        var bytes = json.bytes
        bytes.removeLast("null}".utf8.count)
        bytes += records.bytes
        bytes.append(UInt8(ascii: "}"))
        return (String(decoding: bytes, as: UTF8.self), failure)
    }

    /// One JSON line per `{"id", "file"}` line of a manifest (relative files resolve against
    /// the manifest's folder), handed to `emit` as each file is read. Returns how many files
    /// were read and how many of them stopped with an error.
    @discardableResult
    public static func inspectManifest(path: String, options: WARCReader.Options = .init(), emit: (String) -> Void) throws
        -> (files: Int, stopped: Int) {
        var files = 0
        var stopped = 0
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw WARCError.cannotOpen(path: path, reason: error.localizedDescription)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String
            else { throw WARCError.readFailed(path: path, reason: "line \(number + 1) is not {\"id\": ..., \"file\": ...}") }
            let resolved = file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
            let result = inspectWithError(path: resolved, id: object["id"] as? String ?? file, options: options)
            emit(result.json)
            files += 1
            if result.error != nil { stopped += 1 }
        }
        return (files, stopped)
    }

    /// One tab-separated line per record (index, offset, type, HTTP status, payload bytes, target
    /// URI), and the error that stopped reading, if any.
    public static func summaryLines(path: String, options: WARCReader.Options = .init()) -> (lines: [String], error: WARCError?) {
        var lines: [String] = []
        do {
            var reader = try WARCReader(path: path, options: options)
            while let record = try reader.next() {
                let status = record.http?.statusCode ?? "-"
                lines.append("\(record.index)\t\(record.offset)\t\(record.type)\t\(status)\t\(record.payload.count)\t\(record.targetURI ?? "-")")
            }
        } catch {
            return (lines, error)
        }
        return (lines, nil)
    }

    private static func sha1(_ bytes: [UInt8]) -> String {
        var hasher = SHA1()
        bytes.withUnsafeBytes { hasher.update(buffer: $0) }
        return SHA1.hexString(hasher.finalize())
    }

    private static func write(_ record: WARCRecord, to json: inout JSONWriter) {
        let decoded = record.decodedPayload()
        json.beginObject()
        json.key("index"); json.int(record.index)
        json.key("offset"); json.int(record.offset)
        json.key("type"); json.string(record.typeAsWritten ?? record.type)
        json.key("target_uri"); if let uri = record.targetURI { json.string(uri) } else { json.null() }
        json.key("http_status"); if let status = record.http?.statusCode { json.string(status) } else { json.null() }
        json.key("content_type"); if let type = record.contentType { json.string(type) } else { json.null() }
        json.key("payload_length"); json.int(record.payload.count)
        let payloadSHA1 = sha1(record.payload)
        json.key("payload_sha1"); json.string(payloadSHA1)
        json.key("decoded_length"); json.int(decoded.count)
        json.key("decoded_sha1"); json.string(decoded == record.payload ? payloadSHA1 : sha1(decoded))
        if record.isTruncated { json.key("truncated"); json.bool(true) }
        json.endObject()
    }
}
