import Foundation
import Testing
@testable import ClimateIngest

/// Reads the DEV WARC files of `../shared/data/warc` and compares with warcio's expectations,
/// with `warc_check.py --lenient-errors` semantics (see docs/WARC.md for why lenient).
@Suite struct WARCDevSetTests {
    static let fields = ["type", "target_uri", "http_status", "content_type", "payload_length", "payload_sha1",
                         "decoded_length", "decoded_sha1"]

    @Test func devFilesMatchWarcio() throws {
        let suite = SharedTestData.shared.appendingPathComponent("data/warc/warc-dev.jsonl")
        guard FileManager.default.fileExists(atPath: suite.path) else {
            print("SKIPPED: ../shared absent (data/warc/warc-dev.jsonl)")
            return
        }
        let folder = suite.deletingLastPathComponent()
        var checked = 0
        for line in try String(contentsOf: suite, encoding: .utf8).split(separator: "\n") {
            let want = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(want["id"] as? String)
            let file = folder.appendingPathComponent(try #require(want["file"] as? String)).path
            let output = WARCInspector.inspect(path: file, id: id)
            let got = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let warcioStopped = !(want["error"] is NSNull)
            if !warcioStopped { #expect(got["error"] is NSNull, "\(id): unexpected error \(got["error"] ?? "")") }
            let wantCounts = try #require(want["record_counts"] as? [String: Int])
            let gotCounts = got["record_counts"] as? [String: Int] ?? [:]
            if warcioStopped {
                #expect(wantCounts.allSatisfy { gotCounts[$0.key, default: 0] >= $0.value }, "\(id): \(gotCounts)")
            } else {
                #expect(wantCounts == gotCounts, "\(id)")
            }
            let wantRecords = try #require(want["records"] as? [[String: Any]])
            let gotRecords = got["records"] as? [[String: Any]] ?? []
            #expect(warcioStopped ? gotRecords.count >= wantRecords.count : gotRecords.count == wantRecords.count, "\(id)")
            for (w, g) in zip(wantRecords, gotRecords) {
                for field in Self.fields where w[field] != nil {
                    #expect(Self.text(w[field]) == Self.text(g[field]), "\(id) record \(w["index"] ?? "?") \(field)")
                }
            }
            checked += 1
        }
        #expect(checked == 15)
    }

    private static func text(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let number as NSNumber: return number.stringValue
        case let string as String: return string
        default: return "\(value!)"
        }
    }
}
