import Foundation

/// One hand-coded article of a gold set (`corpora/eval/framing-dev/<lang>.jsonl`).
public struct GoldArticle: Sendable {
    public struct Toll: Sendable, Hashable {
        public var value: Int
        public var hedge: String
        public var scope: String
    }

    public var id: String
    public var language: String
    public var text: String
    public var migrationRelevant: Bool
    public var threat: Bool
    public var humanity: Bool
    public var dominant: String
    public var testimony: Bool
    public var testimonyKind: String
    public var deaths: Bool
    public var tolls: [Toll]

    /// Reads every `*.jsonl` file of a gold folder (sorted by name); a bad line is an error naming it.
    public static func load(directory: String) throws -> [GoldArticle] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !files.isEmpty else { throw FramingError.noGold(directory) }
        return try files.flatMap { try load(file: (directory as NSString).appendingPathComponent($0)) }
    }

    /// Reads one gold JSONL file.
    public static func load(file path: String) throws -> [GoldArticle] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw FramingError.unreadable(path)
        }
        var result: [GoldArticle] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            result.append(try parse(line, at: "\(path):\(number + 1)"))
        }
        return result
    }

    static func parse(_ line: Substring, at place: String) throws -> GoldArticle {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let gold = object["gold"] as? [String: Any],
              let id = object["id"] as? String, let language = object["language"] as? String, let body = object["text"] as? String
        else { throw FramingError.badGold(place, "expected an object with id, language, text and gold") }
        func flag(_ key: String) throws -> Bool {
            guard let value = gold[key] as? Bool else { throw FramingError.badGold(place, "gold.\(key) must be true or false") }
            return value
        }
        let tolls = try (gold["death_tolls"] as? [[String: Any]] ?? []).map { item -> Toll in
            guard let value = item["value"] as? Int, let hedge = item["hedge"] as? String, let scope = item["scope"] as? String else {
                throw FramingError.badGold(place, "each death toll needs value, hedge and scope")
            }
            return Toll(value: value, hedge: hedge, scope: scope)
        }
        // The codebook's unit is the body: the headline counts only where the body repeats it.
        return GoldArticle(id: id, language: language, text: body,
                           migrationRelevant: try flag("migration_relevant"), threat: try flag("threat"), humanity: try flag("humanity"),
                           dominant: gold["dominant"] as? String ?? "neutral", testimony: try flag("testimony"),
                           testimonyKind: gold["testimony_kind"] as? String ?? "", deaths: try flag("deaths"), tolls: tolls)
    }
}

/// Errors of the framing stage, with the cause and the fix.
public enum FramingError: LocalizedError, Sendable {
    case noGold(String)
    case unreadable(String)
    case badGold(String, String)

    public var errorDescription: String? {
        switch self {
        case .noGold(let dir): "\(dir): no gold files (*.jsonl) — point --gold at a folder such as corpora/eval/framing-dev"
        case .unreadable(let path): "\(path): cannot read the file as UTF-8 — check the path and the encoding"
        case .badGold(let place, let problem): "\(place): \(problem) — fix the line (format in corpora/eval/framing-dev/README.md)"
        }
    }
}
