import Foundation
import Yams

/// Typed access to YAML nodes of one config file, with `file:line` errors.
struct NodeReader {
    let file: String
    let folder: String

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    func error(_ node: Node, _ problem: String, _ fix: String) -> ConfigError {
        ConfigError(file: file, line: line(node), problem: problem, fix: fix)
    }

    /// A mapping's fields by key; keys outside `allowed` are refused.
    func mapping(_ node: Node, _ what: String, allowed: Set<String>) throws(ConfigError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw error(node, "\(what) is not a mapping of keys", "write 'key: value' lines (docs/CONFIG.md)")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw error(key, "unknown key '\(name)' in \(what)", "use one of: \(allowed.sorted().joined(separator: ", "))")
            }
            fields[name] = value
        }
        return fields
    }

    func string(_ node: Node, _ what: String) throws(ConfigError) -> String {
        guard node.scalar != nil, let text = node.string, !text.isEmpty else {
            throw error(node, "\(what) is not a text value", "write '\(what): value'")
        }
        return text
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ node: Node, _ what: String) throws(ConfigError) -> [String] {
        if node.scalar != nil { return [try string(node, what)] }
        guard let items = node.sequence else {
            throw error(node, "\(what) is not a list", "write '\(what): [a, b]' or one '- item' per line")
        }
        var out: [String] = []
        for item in items { out.append(try string(item, what)) }
        return out
    }

    /// `path` against the config's folder (absolute paths and `~` kept).
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~") { return (path as NSString).expandingTildeInPath }
        if folder.isEmpty || folder == "." { return path }
        return URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.path
            + (path.hasSuffix("/") ? "/" : "")
    }
}
