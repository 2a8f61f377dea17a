/// Reduces the many spellings of one article URL to a single canonical string.
///
/// The same story reaches the corpus as `http://www.example.com/a/?utm_source=x#top`,
/// `https://m.example.com/a`, `https://example.com/a/amp` or `https://amp.example.com/a?amp=1`;
/// all of them canonicalise to `https://example.com/a`. The rules, applied in this order:
///
/// 1. A declared `rel=canonical` URL (absolute, protocol-relative or root-relative) replaces the
///    URL, unless it points at a site root while the URL has a path (a common CMS mistake).
/// 2. The fragment and any user info are dropped; only `http` and `https` URLs are rewritten
///    (others are returned trimmed, without their fragment).
/// 3. The scheme becomes `https` (news sites serve the same article under both).
/// 4. The host is lower-cased, loses a trailing dot, one `www.`/`m.`/`mobile.`/`amp.` prefix
///    (only while a registrable name remains) and a default port (80, 443).
/// 5. Path segments named `amp` and empty segments (`//`, trailing `/`) are removed, as are
///    `.amp` markers (`story.amp`, `story.amp.html`); percent escapes are upper-cased. AMP cache
///    URLs (`*.cdn.ampproject.org/c/s/…`, `google.com/amp/s/…`) are unwrapped first.
/// 6. Tracking query parameters (``TrackingParameters``) and AMP switches (`amp`,
///    `outputType=amp`) are removed; the rest are sorted by name, then value.
///
/// ## Topics
/// - ``canonicalize(_:declaredCanonical:)``
/// - ``standard``
public struct URLCanonicalizer: Sendable {
    /// Query parameters removed from every URL.
    public var tracking: TrackingParameters
    /// Host prefixes removed once (`www.`, `m.`, `mobile.`, `amp.`).
    public var hostPrefixes: [String]

    /// The canonicaliser with the documented default rules.
    public static let standard = URLCanonicalizer()

    public init(tracking: TrackingParameters = .standard, hostPrefixes: [String] = ["www.", "m.", "mobile.", "amp."]) {
        self.tracking = tracking
        self.hostPrefixes = hostPrefixes
    }

    /// The canonical form of `url`, preferring `declaredCanonical` (`<link rel=canonical>`) when usable.
    ///
    /// Returns nil when both are missing or blank.
    public func canonicalize(_ url: String?, declaredCanonical: String? = nil) -> String? {
        let base = url.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let declared = declaredCanonical.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let declared, let chosen = resolve(declared, against: base.flatMap(ParsedURL.init)) {
            if let base, let baseParts = ParsedURL(base), !baseParts.isRoot, chosen.isRoot {
                return render(baseParts)
            }
            return render(chosen)
        }
        guard let base else { return nil }
        guard let parts = ParsedURL(base) else { return ParsedURL.withoutFragment(base) }
        return render(parts)
    }

    /// The publisher URL inside an AMP cache URL (`*.cdn.ampproject.org/c/s/host/path`,
    /// `google.com/amp/s/host/path`), or nil for any other URL.
    static func unwrapAMPCache(_ parts: ParsedURL) -> ParsedURL? {
        let host = parts.host.lowercased()
        var segments = parts.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if host.hasSuffix(".cdn.ampproject.org") {
            while let first = segments.first, ["c", "v", "i", "ii", "wp"].contains(first) { segments.removeFirst() }
        } else if host == "google.com" || host == "www.google.com", segments.first == "amp" {
            segments.removeFirst()
        } else {
            return nil
        }
        if segments.first == "s" { segments.removeFirst() }
        guard let target = segments.first, target.contains(".") else { return nil }
        let query = parts.query.isEmpty ? "" : "?" + parts.query
        return ParsedURL("https://" + segments.joined(separator: "/") + query)
    }

    /// A path segment without its AMP marker: `story.amp` → `story`, `story.amp.html` → `story.html`.
    static func withoutAMPSuffix(_ segment: String) -> String {
        let lower = segment.lowercased()
        if lower.hasSuffix(".amp") { return String(segment.dropLast(4)) }
        if let range = lower.range(of: ".amp.", options: .backwards) {
            let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
            return String(segment.prefix(start)) + "." + String(segment.dropFirst(start + 5))
        }
        return segment
    }

    private func resolve(_ declared: String, against base: ParsedURL?) -> ParsedURL? {
        if declared.hasPrefix("//") { return ParsedURL("https:" + declared) }
        if declared.hasPrefix("/"), let base { return ParsedURL("https://" + base.authority + declared) }
        return ParsedURL(declared)
    }

    private func render(_ original: ParsedURL) -> String {
        let parts = Self.unwrapAMPCache(original) ?? original
        var host = parts.host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        for prefix in hostPrefixes where host.hasPrefix(prefix) {
            let rest = host.dropFirst(prefix.count)
            if rest.contains(".") { host = String(rest) }
            break
        }
        var out = "https://" + host
        if let port = parts.port, port != "80", port != "443", !port.isEmpty { out += ":" + port }
        let segments = parts.path.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0.lowercased() != "amp" }
            .map { Self.upperCaseEscapes(Self.withoutAMPSuffix(String($0))) }
        if !segments.isEmpty { out += "/" + segments.joined(separator: "/") }
        let query = canonicalQuery(parts.query)
        if !query.isEmpty { out += "?" + query }
        return out
    }

    private func canonicalQuery(_ query: String) -> String {
        var kept: [(name: String, value: String)] = []
        for item in query.split(whereSeparator: { $0 == "&" || $0 == ";" }) where !item.isEmpty {
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.upperCaseEscapes(String(pair[0]))
            let value = pair.count > 1 ? Self.upperCaseEscapes(String(pair[1])) : ""
            let key = name.lowercased()
            if key.isEmpty || tracking.isTracking(key) || key == "amp" { continue }
            if key == "outputtype" && value.lowercased() == "amp" { continue }
            kept.append((name, pair.count > 1 ? "=" + value : ""))
        }
        kept.sort { ($0.name, $0.value) < ($1.name, $1.value) }
        return kept.map { $0.name + $0.value }.joined(separator: "&")
    }

    private func trimmed(_ text: String) -> String {
        String(text.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    /// `%2f` → `%2F`, so escapes compare equal whatever case the source used.
    static func upperCaseEscapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes = Array(text.utf8)
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                for offset in 1...2 where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(bytes[index + offset]) {
                    bytes[index + offset] -= 32
                }
                index += 3
            } else {
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
