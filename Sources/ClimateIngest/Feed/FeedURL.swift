/// URL joining as feedparser does it (Python's `urljoin`, RFC 3986 merge) plus its safe-scheme check.
enum FeedURL {
    /// Schemes Python's `urljoin` resolves relative references for.
    private static let relativeSchemes: Set<String> = [
        "", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp",
        "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss",
    ]
    /// feedparser's `ACCEPTABLE_URI_SCHEMES`: resolved links with other schemes are dropped.
    static let safeSchemes: Set<String> = [
        "file", "ftp", "gopher", "h323", "hdl", "http", "https", "imap", "magnet", "mailto", "mms", "news", "nntp",
        "prospero", "rsync", "rtsp", "rtspu", "sftp", "shttp", "sip", "sips", "snews", "svn", "svn+ssh", "telnet",
        "wais", "aim", "callto", "cvs", "facetime", "feed", "git", "gtalk", "irc", "ircs", "irc6", "itms", "msnim",
        "skype", "ssh", "smb", "ymsg",
    ]

    private struct Parts {
        var scheme = "", authority: String?, path = "", query: String?, fragment: String?

        init(_ s: String) {
            var rest = Substring(s)
            if let colon = rest.firstIndex(of: ":"), colon != rest.startIndex,
               rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
               rest.first!.isLetter {
                scheme = rest[..<colon].lowercased()
                rest = rest[rest.index(after: colon)...]
            }
            if let hash = rest.firstIndex(of: "#") { fragment = String(rest[rest.index(after: hash)...]); rest = rest[..<hash] }
            if let q = rest.firstIndex(of: "?") { query = String(rest[rest.index(after: q)...]); rest = rest[..<q] }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
                let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[afterSlashes..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        var string: String {
            var out = scheme.isEmpty ? "" : scheme + ":"
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }

    /// `urljoin(base, url)` with feedparser's fix-up of `scheme:///path`.
    static func join(_ base: String, _ url: String) -> String {
        if base.isEmpty { return url }
        if url.isEmpty { return base }
        let b = Parts(base)
        var r = Parts(url)
        if !r.scheme.isEmpty && (r.scheme != b.scheme || !relativeSchemes.contains(r.scheme)) { return fixup(url) }
        if !relativeSchemes.contains(b.scheme) { return url }
        var t = Parts("")
        t.scheme = b.scheme
        t.fragment = r.fragment
        if r.authority != nil {
            t.authority = r.authority; t.path = removeDots(r.path); t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    t.path = removeDots(r.path)
                } else {
                    var merged: String
                    if b.authority != nil && b.path.isEmpty { merged = "/" + r.path } else {
                        let dir = b.path.lastIndex(of: "/").map { String(b.path[...$0]) } ?? ""
                        merged = dir + r.path
                    }
                    merged = removeDots(merged)
                    t.path = merged
                }
                t.query = r.query
            }
        }
        r = t
        return fixup(r.string)
    }

    /// Joins and drops the result if its scheme is not in `safeSchemes` (feedparser's `make_safe_absolute_uri`).
    static func safeJoin(_ base: String, _ url: String) -> String {
        if base.isEmpty { return url }
        if url.isEmpty {
            let scheme = Parts(base).scheme
            return scheme.isEmpty || safeSchemes.contains(scheme) ? base : ""
        }
        let joined = join(base, url)
        let scheme = joined.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return safeSchemes.contains(scheme.lowercased()) ? joined : ""
    }

    private static func fixup(_ s: String) -> String {
        guard let range = s.range(of: "://") else { return s }
        var rest = s[range.upperBound...]
        while rest.hasPrefix("/") { rest = rest.dropFirst() }
        return String(s[..<range.upperBound]) + rest
    }

    private static func removeDots(_ path: String) -> String {
        guard path.hasByte(UInt8(ascii: ".")) else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (i, seg) in segments.enumerated() {
            let last = i == segments.count - 1
            if seg == "." { if last { output.append("") }; continue }
            if seg == ".." {
                if output.count > 1 { output.removeLast() }
                if last { output.append("") }
                continue
            }
            output.append(seg)
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

import Foundation
