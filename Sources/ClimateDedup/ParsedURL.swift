/// The parts of an absolute `http`/`https` URL, split without decoding anything.
///
/// A deliberately small splitter: scheme `://` authority, path, query; the fragment and user
/// info are dropped. Anything that is not `http` or `https` fails to parse.
struct ParsedURL: Sendable, Hashable {
    /// `host[:port]` as written (user info removed).
    var authority: String
    var host: String
    var port: String?
    /// The path as written, possibly empty.
    var path: String
    /// The query without its `?`, possibly empty.
    var query: String

    init?(_ text: String) {
        let noFragment = Self.withoutFragment(text)
        guard let schemeEnd = noFragment.range(of: "://") else { return nil }
        let scheme = noFragment[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = noFragment[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        guard !authority.isEmpty else { return nil }
        self.authority = String(authority)
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[...close])
            let after = authority[authority.index(after: close)...]
            port = after.hasPrefix(":") ? String(after.dropFirst()) : nil
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            port = String(authority[authority.index(after: colon)...])
        } else {
            host = String(authority)
            port = nil
        }
        let pathAndQuery = rest[authorityEnd...]
        if let questionMark = pathAndQuery.firstIndex(of: "?") {
            path = String(pathAndQuery[..<questionMark])
            query = String(pathAndQuery[pathAndQuery.index(after: questionMark)...])
        } else {
            path = String(pathAndQuery)
            query = ""
        }
    }

    /// Whether the path names the site root (`""`, `/`, `//`).
    var isRoot: Bool { path.allSatisfy { $0 == "/" } }

    /// `text` without `#...`.
    static func withoutFragment(_ text: String) -> String {
        guard let hash = text.firstIndex(of: "#") else { return text }
        return String(text[..<hash])
    }
}
