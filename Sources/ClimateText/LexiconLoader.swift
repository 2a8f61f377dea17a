import ClimateCore
import Foundation
import Yams

/// Loads and validates one lexicon file (`docs/LEXICON-FORMAT.md`).
///
/// Every problem is a ``LexiconError`` with `file:line:column`, a stable code, the problem and the
/// fix; the first problem stops loading (files are short and fixed one error at a time).
public enum LexiconLoader {
    static let topKeys = ["lexicon", "version", "language", "description", "settings", "categories", "entries"]
    static let entryKeys = ["pattern", "category", "source", "context", "weight", "gap", "value", "note"]
    static let settingKeys = ["context_window", "negation_window"]

    /// Loads the file at `path`. `expectedName`, `expectedVersion` and `expectedLanguage` come from
    /// its place in the folder layout (`<name>/v<N>/<lang>.yml`) when known.
    public static func load(path: String, expectedName: String? = nil, expectedVersion: Int? = nil,
                            expectedLanguage: String? = nil) throws(LexiconError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .at(.unreadable, path, (0, 0), "cannot read the file", "check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .at(.unreadable, path, (0, 0), "the file is not UTF-8", "save it as UTF-8")
        }
        return try parse(text, file: path, expectedName: expectedName, expectedVersion: expectedVersion,
                         expectedLanguage: expectedLanguage, contentHash: String(SHA1.hex(Array(data)).prefix(16)))
    }

    /// Validates YAML text (the file name is used in messages only).
    public static func parse(_ text: String, file: String, expectedName: String? = nil, expectedVersion: Int? = nil,
                             expectedLanguage: String? = nil, contentHash: String = "") throws(LexiconError) -> Lexicon {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw LexiconError.at(.missingKey, file, (1, 1), "the file is empty", "start from the example in docs/LEXICON-FORMAT.md")
            }
            root = node
        } catch let error as LexiconError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, file)
        } catch {
            throw .at(.yamlSyntax, file, (1, 1), "YAML error: \(error)", "fix the YAML syntax")
        }
        guard let top = root.mapping else { throw .wrongType("the top level", expected: "a mapping of keys", file, pos(root)) }
        var fields = try keyed(top, allowed: topKeys, file: file)
        func require(_ key: String) throws(LexiconError) -> Node {
            guard let node = fields.removeValue(forKey: key) else { throw .missingKey(key, in: "the lexicon", file, pos(root)) }
            return node
        }
        let nameNode = try require("lexicon")
        guard let name = nameNode.string, !name.isEmpty else { throw .wrongType("lexicon", expected: "a non-empty name", file, pos(nameNode)) }
        if let expectedName, expectedName != name {
            throw .at(.nameMismatch, file, pos(nameNode), "lexicon '\(name)' is in the folder of '\(expectedName)'",
                      "set 'lexicon: \(expectedName)' or move the file to lexicons/\(name)/")
        }
        let versionNode = try require("version")
        guard let version = versionNode.int, version >= 1, versionNode.string?.contains(".") == false else {
            throw .at(.badVersion, file, pos(versionNode), "version '\(versionNode.string ?? "?")' is not a whole number ≥ 1",
                      "write 'version: N' with N the number of its v<N> folder")
        }
        if let expectedVersion, expectedVersion != version {
            throw .at(.badVersion, file, pos(versionNode), "version \(version) is in folder v\(expectedVersion)",
                      "set 'version: \(expectedVersion)' or move the file to v\(version)/ (never edit a released version)")
        }
        let languageNode = try require("language")
        let language = languageNode.string ?? ""
        guard Lexicon.languages.contains(language) else {
            throw .at(.badLanguage, file, pos(languageNode), "language '\(language)' is not supported",
                      "use one of: \(Lexicon.languages.sorted().joined(separator: ", "))")
        }
        if let expectedLanguage, expectedLanguage != language {
            throw .at(.badLanguage, file, pos(languageNode), "language '\(language)' in file \(expectedLanguage).yml",
                      "set 'language: \(expectedLanguage)' or rename the file to \(language).yml")
        }
        let description = fields.removeValue(forKey: "description")?.string ?? ""
        let settings = try parseSettings(fields.removeValue(forKey: "settings"), file: file)
        let categories = try parseCategories(try require("categories"), file: file)
        let entries = try LexiconEntryParser(file: file, categories: categories, language: language).parse(try require("entries"))
        return Lexicon(name: name, version: version, language: language, description: description, settings: settings,
                       categories: categories, entries: entries, file: file, contentHash: contentHash)
    }

    // MARK: Parts

    static func parseSettings(_ node: Node?, file: String) throws(LexiconError) -> LexiconSettings {
        var settings = LexiconSettings()
        guard let node else { return settings }
        guard let mapping = node.mapping else { throw .wrongType("settings", expected: "a mapping", file, pos(node)) }
        let fields = try keyed(mapping, allowed: settingKeys, file: file)
        for (key, value) in fields {
            guard let number = value.int, (0...50).contains(number) else {
                throw .wrongType(key, expected: "a whole number from 0 to 50", file, pos(value))
            }
            if key == "context_window" { settings.contextWindow = number } else { settings.negationWindow = number }
        }
        return settings
    }

    static func parseCategories(_ node: Node, file: String) throws(LexiconError) -> [String: String] {
        guard let mapping = node.mapping else {
            throw .wrongType("categories", expected: "a mapping of category: description", file, pos(node))
        }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard isCategoryName(name) else {
                throw .at(.badCategoryName, file, pos(key), "category name '\(name)' is not a dotted lower-case path",
                          "use names like 'threat.water' (a-z, 0-9, '_', separated by '.')")
            }
            guard let text = value.string, !text.isEmpty else {
                throw .wrongType("categories.\(name)", expected: "a one-line description", file, pos(value))
            }
            result[name] = text
        }
        return result
    }

    static func isCategoryName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("."), !name.contains("..") else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
    }

    /// The mapping as a dictionary, rejecting unknown and repeated keys.
    static func keyed(_ mapping: Node.Mapping, allowed: [String], file: String) throws(LexiconError) -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else { throw .unknownKey(name, allowed: allowed, file, pos(key)) }
            guard result[name] == nil else {
                throw .at(.duplicateEntry, file, pos(key), "key '\(name)' appears twice", "keep one '\(name)'")
            }
            result[name] = value
        }
        return result
    }

    static func pos(_ node: Node) -> (Int, Int) { (node.mark?.line ?? 0, node.mark?.column ?? 0) }

    static func yamlError(_ error: YamlError, _ file: String) -> LexiconError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .at(.yamlSyntax, file, (mark.line, mark.column), "YAML syntax: \(problem)",
                      "fix the YAML at this position (indentation, quotes, a missing ':')")
        case .duplicatedKeysInMapping(let duplicates, _):
            return .at(.duplicateEntry, file, (1, 1), "repeated keys \(duplicates.joined(separator: ", "))", "keep one of each key")
        default:
            return .at(.yamlSyntax, file, (1, 1), "YAML error: \(error)", "fix the YAML syntax")
        }
    }
}
