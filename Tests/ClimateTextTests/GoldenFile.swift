import Foundation

/// One golden case: an id, a title, the input text and the expected output lines.
struct GoldenCase: Sendable {
    enum Kind: String, Sendable, CaseIterable { case tok, sent, quote }

    var id: String
    var title: String
    /// The `text:` line as written in the file (with escapes).
    var rawText: String
    /// Expected output lines (everything after `text:` up to the next case), blank lines removed.
    var expected: [String]
    /// 1-based line of the `###` header, for messages.
    var line: Int

    /// The input text with escapes resolved.
    var text: String { GoldenFile.unescape(rawText) }

    /// The case kind, from the id (`en-tok-01`, `de-sent-03`, `fr-quote-12`).
    var kind: Kind? {
        let parts = id.split(separator: "-")
        return parts.count >= 2 ? Kind(rawValue: String(parts[1])) : nil
    }
}

/// Reads and writes golden files (`Golden/<lang>.txt`).
///
/// Format: lines starting with `#` (but not `###`) are comments; a case starts with
/// `### <id>: <title>`, then `text: <input>` (escapes `\n`, `\t`, `\\`, `\u{XXXX}`), then the
/// expected lines, whose shape depends on the kind (see `GoldenRender`).
enum GoldenFile {
    /// The folder of the golden files, found from this source file (works without bundle resources
    /// and lets recording write back into the source tree).
    static let directory: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func url(_ language: String) -> URL { directory.appendingPathComponent("\(language).txt") }

    /// The texts of a language's golden cases.
    static func texts(_ language: String) throws -> [String] {
        parse(try String(contentsOf: url(language), encoding: .utf8)).cases.map(\.text)
    }

    /// The header comments and cases of a file.
    static func parse(_ contents: String) -> (header: [String], cases: [GoldenCase]) {
        var header: [String] = []
        var cases: [GoldenCase] = []
        var current: GoldenCase?
        for (offset, raw) in contents.components(separatedBy: "\n").enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.hasPrefix("### ") {
                if let c = current { cases.append(c) }
                let body = line.dropFirst(4)
                let colon = body.firstIndex(of: ":") ?? body.endIndex
                let id = String(body[..<colon]).trimmingCharacters(in: .whitespaces)
                let title = colon < body.endIndex ? String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces) : ""
                current = GoldenCase(id: id, title: title, rawText: "", expected: [], line: offset + 1)
                continue
            }
            guard var c = current else {
                header.append(line)
                continue
            }
            if line.hasPrefix("text: "), c.rawText.isEmpty, c.expected.isEmpty {
                c.rawText = String(line.dropFirst(6))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") {
                c.expected.append(line)
            }
            current = c
        }
        if let c = current { cases.append(c) }
        while header.last?.isEmpty == true { header.removeLast() }
        return (header, cases)
    }

    /// The file text for a header and cases with the given output lines.
    static func render(header: [String], cases: [(GoldenCase, [String])]) -> String {
        var out = header.joined(separator: "\n") + "\n"
        for (c, lines) in cases {
            out += "\n### \(c.id): \(c.title)\ntext: \(c.rawText)\n"
            for line in lines { out += line + "\n" }
        }
        return out
    }

    /// Resolves `\n`, `\t`, `\\` and `\u{XXXX}`.
    static func unescape(_ s: String) -> String {
        var out = ""
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\", let next = it.popFirst() else { out.unicodeScalars.append(c); continue }
            switch next {
            case "n": out += "\n"
            case "t": out += "\t"
            case "u":
                guard it.first == "{", let close = it.firstIndex(of: "}") else { out += "\\u"; continue }
                let hex = String(String.UnicodeScalarView(it[(it.startIndex + 1)..<close]))
                it = it[(close + 1)...]
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.unicodeScalars.append(scalar) }
            default: out.unicodeScalars.append(next)
            }
        }
        return out
    }

    /// Escapes what a reviewer could not see: line breaks, tabs, special spaces, combining marks.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0xA0, 0x2000...0x200F, 0x202F, 0x205F, 0x2060, 0xFEFF, 0xAD:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                let cat = scalar.properties.generalCategory
                if cat == .nonspacingMark || cat == .enclosingMark || cat == .spacingMark {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
