import Foundation

/// The `Disallow` rules of a robots.txt that apply to mediaclimate (its own group, else `*`).
struct RobotsRules: Sendable {
    var disallowed: [String] = []
    var allowed: [String] = []

    init(text: String, agent: String = "mediaclimate") {
        var groups: [String: (allow: [String], disallow: [String])] = [:]
        var current: [String] = []
        var lastWasAgent = false
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent { current = [] }
                current.append(value.lowercased())
                lastWasAgent = true
            case "disallow", "allow":
                lastWasAgent = false
                guard !value.isEmpty else { continue }
                for name in current {
                    if key == "allow" { groups[name, default: ([], [])].allow.append(value) } else { groups[name, default: ([], [])].disallow.append(value) }
                }
            default:
                lastWasAgent = false
            }
        }
        let group = groups.first { agent.lowercased().hasPrefix($0.key) && $0.key != "*" }?.value ?? groups["*"] ?? ([], [])
        allowed = group.allow
        disallowed = group.disallow
    }

    /// Whether `path` (with its query) may be fetched: the longest matching rule wins, Allow on ties.
    func allows(_ path: String) -> Bool {
        let deny = disallowed.filter { path.hasPrefix($0) }.map(\.count).max() ?? -1
        let allow = allowed.filter { path.hasPrefix($0) }.map(\.count).max() ?? -1
        return allow >= deny
    }
}
