/// A glob over one folded token, with quanteda's `valuetype = "glob"` semantics.
///
/// `*` matches zero or more characters and `?` exactly one character (a Unicode scalar), anywhere in
/// the token; the glob must match the whole token. `refugee*` is a prefix glob, `*flüchtling` a
/// suffix glob, `*vluchteling*` an infix glob (it also matches `vluchteling` itself, since `*` may
/// match nothing). The shape is kept so the matcher can index prefix, suffix and infix globs.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// How the matcher can index a glob.
    public enum Shape: Sendable, Hashable {
        case prefix(String)
        case suffix(String)
        case infix(String)
        case general
    }

    /// The folded pattern text.
    public let text: String
    public let shape: Shape
    private let scalars: [Unicode.Scalar]
    /// The pattern's UTF-8 bytes (for matching folded tokens without allocating).
    private let patternBytes: [UInt8]

    /// Parses a folded glob; returns nil when it has no literal character (`*`, `?*`).
    public init?(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.patternBytes = Array(text.utf8)
        guard scalars.contains(where: { $0 != "*" && $0 != "?" }) else { return nil }
        let stars = scalars.filter { $0 == "*" }.count
        let hasQuestion = scalars.contains("?")
        let core = String(String.UnicodeScalarView(scalars.filter { $0 != "*" }))
        if hasQuestion {
            shape = .general
        } else if stars == 1, scalars.last == "*" {
            shape = .prefix(core)
        } else if stars == 1, scalars.first == "*" {
            shape = .suffix(core)
        } else if stars == 2, scalars.first == "*", scalars.last == "*" {
            shape = .infix(core)
        } else {
            shape = .general
        }
    }

    public var description: String { text }

    /// Whether the whole folded token matches.
    public func matches(_ token: String) -> Bool {
        switch shape {
        case .prefix(let p): return token.hasPrefix(p)
        case .suffix(let s): return token.hasSuffix(s)
        case .infix(let i): return token.contains(i)
        case .general: return GlobPattern.wildcardMatch(scalars[...], Array(token.unicodeScalars)[...])
        }
    }

    /// Iterative wildcard matching with single-star backtracking (linear in practice).
    /// Whether a folded token given as UTF-8 bytes matches (no allocation; `?` is one scalar).
    public func matches(bytes token: UnsafeBufferPointer<UInt8>) -> Bool {
        patternBytes.withUnsafeBufferPointer { GlobPattern.matches(pattern: $0, token: token) }
    }

    /// The UTF-8 bytes of the pattern.
    var utf8: [UInt8] { patternBytes }

    /// Whether a folded token matches a glob, both given as UTF-8 bytes (`?` is one scalar).
    static func matches(pattern p: UnsafeBufferPointer<UInt8>, token: UnsafeBufferPointer<UInt8>) -> Bool {
        var pi = 0, ti = 0
        var star = -1, mark = 0
        @inline(__always) func scalarLength(_ b: UInt8) -> Int { b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 }
        while ti < token.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") {
                pi += 1; ti += scalarLength(token[ti])
            } else if pi < p.count, p[pi] != UInt8(ascii: "*"), p[pi] == token[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += scalarLength(token[mark])
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count && ti == token.count
    }

    static func wildcardMatch(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0
        var star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || (p[pi] != "*" && p[pi] == t[ti]) {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
