import ClimateCore
import Foundation
import Yams

/// Reads and validates `mediaclimate.yml` (docs/CONFIG.md); every error names `file:line` and the fix.
///
/// Relative paths are resolved against the config file's folder. Unknown keys are refused (a typo
/// would otherwise silently drop an input), as are versions newer than ``PipelineConfig/currentVersion``.
public enum ConfigLoader {
    static let topKeys: Set<String> = [
        "version", "store", "inputs", "outlets", "lexicons", "lexicon_root", "milestones", "report", "reports", "thresholds",
    ]
    static let inputKeys: Set<String> = ["feeds", "pages", "dumps", "warc", "inbox", "feed_urls"]
    static let outletKeys: Set<String> = ["id", "name", "domain", "country", "language"]
    static let reportKeys: Set<String> = ["folder", "week_start"]

    /// Loads the config at `path`.
    public static func load(path: String) throws(ConfigError) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: 0, problem: "cannot read the config file",
                              fix: "check the path, or pass --config with the path of a mediaclimate.yml (docs/CONFIG.md)")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        var config = try parse(String(decoding: data, as: UTF8.self), file: path, folder: absolute.deletingLastPathComponent().path)
        config.file = absolute.path
        config.hash = SHA1.hex(Array(data))
        return config
    }

    /// Validates config text; relative paths are resolved against `folder`.
    public static func parse(_ text: String, file: String, folder: String) throws(ConfigError) -> PipelineConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigError(file: file, line: 1, problem: "the config is empty", fix: "start from the example in docs/CONFIG.md")
            }
            root = node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw ConfigError(file: file, line: yamlLine(error), problem: "YAML syntax: \(error)", fix: "fix the YAML syntax at that line")
        } catch {
            throw ConfigError(file: file, line: 1, problem: "YAML error: \(error)", fix: "fix the YAML syntax")
        }
        let reader = NodeReader(file: file, folder: folder)
        let top = try reader.mapping(root, "the top level", allowed: topKeys)
        var config = PipelineConfig(store: reader.resolve(".mediaclimate/store.sqlite"),
                                    lexiconRoot: defaultLexiconRoot(folder: folder))
        if let node = top["version"] {
            guard let version = node.int, version >= 1 else {
                throw reader.error(node, "version '\(node.string ?? "?")' is not a whole number ≥ 1", "write 'version: 1'")
            }
            guard version <= PipelineConfig.currentVersion else {
                throw reader.error(node, "config version \(version) is newer than this mediaclimate reads (\(PipelineConfig.currentVersion))",
                                   "upgrade mediaclimate, or write the config in version \(PipelineConfig.currentVersion)")
            }
            config.version = version
        }
        if let node = top["store"] { config.store = reader.resolve(try reader.string(node, "store")) }
        if let node = top["inputs"] { config.inputs = try readInputs(node, reader) }
        if let node = top["outlets"] { config.outlets = try readOutlets(node, reader) }
        if let node = top["lexicons"] {
            config.lexicons = try reader.strings(node, "lexicons")
            for (index, reference) in config.lexicons.enumerated() where !reference.contains("@v") {
                throw reader.error(node.sequence?[index] ?? node, "lexicon '\(reference)' is not a reference name@vN",
                                   "write e.g. 'migration-frames@v1'")
            }
        }
        if let node = top["lexicon_root"] { config.lexiconRoot = reader.resolve(try reader.string(node, "lexicon_root")) }
        if let node = top["milestones"] { config.milestones = reader.resolve(try reader.string(node, "milestones")) }
        if let node = top["report"] ?? top["reports"] {
            let fields = try reader.mapping(node, "report", allowed: reportKeys)
            if let folder = fields["folder"] { config.report.folder = reader.resolve(try reader.string(folder, "report.folder")) }
            if let start = fields["week_start"] {
                let value = try reader.string(start, "report.week_start").lowercased()
                guard ["monday", "sunday", "saturday"].contains(value) else {
                    throw reader.error(start, "week_start '\(value)' is not a week start", "write monday, sunday or saturday")
                }
                config.report.weekStart = value
            }
        }
        if let node = top["thresholds"] {
            let fields = try reader.mapping(node, "thresholds", allowed: PipelineConfig.knownThresholds)
            for (key, value) in fields {
                guard let number = value.float else {
                    throw reader.error(value, "threshold '\(key)' is not a number", "write a number, e.g. '\(key): 0.5'")
                }
                config.thresholds[key] = number
            }
        }
        return config
    }

    static func readInputs(_ node: Node, _ reader: NodeReader) throws(ConfigError) -> PipelineConfig.Inputs {
        let fields = try reader.mapping(node, "inputs", allowed: inputKeys)
        var inputs = PipelineConfig.Inputs()
        func paths(_ key: String) throws(ConfigError) -> [String] {
            guard let value = fields[key] else { return [] }
            return try reader.strings(value, "inputs.\(key)").map(reader.resolve)
        }
        inputs.feeds = try paths("feeds")
        inputs.pages = try paths("pages")
        inputs.dumps = try paths("dumps")
        inputs.warc = try paths("warc")
        inputs.inbox = try paths("inbox")
        if let value = fields["feed_urls"] {
            inputs.feedURLs = try reader.strings(value, "inputs.feed_urls")
            for (index, url) in inputs.feedURLs.enumerated() where !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                throw reader.error(value.sequence?[index] ?? value, "feed URL '\(url)' is not http(s)",
                                   "write the full URL, e.g. https://example.org/feed.xml, or list local files under 'feeds'")
            }
        }
        return inputs
    }

    static func readOutlets(_ node: Node, _ reader: NodeReader) throws(ConfigError) -> [PipelineConfig.Outlet] {
        guard let items = node.sequence else {
            throw reader.error(node, "outlets is not a list", "write one '- id: ...' item per outlet")
        }
        var outlets: [PipelineConfig.Outlet] = []
        var seen: Set<String> = []
        for item in items {
            let fields = try reader.mapping(item, "an outlet", allowed: outletKeys)
            guard let idNode = fields["id"] else { throw reader.error(item, "outlet without 'id'", "add 'id: short-name'") }
            let id = try reader.string(idNode, "outlet id")
            guard seen.insert(id).inserted else { throw reader.error(idNode, "outlet id '\(id)' is listed twice", "give each outlet its own id") }
            var outlet = PipelineConfig.Outlet(id: id, name: try fields["name"].map { node throws(ConfigError) in try reader.string(node, "name") } ?? id)
            outlet.domain = try fields["domain"].map { node throws(ConfigError) in try reader.string(node, "domain").lowercased() }
            if let node = fields["country"] {
                let country = try reader.string(node, "country")
                guard country.count == 2, country.allSatisfy(\.isLetter) else {
                    throw reader.error(node, "country '\(country)' is not an ISO 3166-1 alpha-2 code", "write two letters, e.g. GB")
                }
                outlet.country = country.uppercased()
            }
            if let node = fields["language"] {
                let language = try reader.string(node, "language")
                guard (2...3).contains(language.count), language.allSatisfy(\.isLetter) else {
                    throw reader.error(node, "language '\(language)' is not an ISO 639-1 code", "write two letters, e.g. en")
                }
                outlet.language = language.lowercased()
            }
            outlets.append(outlet)
        }
        return outlets
    }

    /// `lexicons/` next to the config or in one of its parent folders, else `lexicons` (cwd).
    static func defaultLexiconRoot(folder: String) -> String {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("lexicons").path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return "lexicons"
    }

    static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
