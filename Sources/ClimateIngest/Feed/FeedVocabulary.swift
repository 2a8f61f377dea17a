/// Namespaces and element names of the feed formats, folded the way feedparser folds them.
///
/// Every element is named by a key: its lower-cased local name for the core RSS/Atom namespaces
/// (and no namespace), `prefix:name` for the known module namespaces (dc, dcterms, content, xhtml,
/// itunes, rdf), and nil for unknown namespaces, whose elements are ignored.
enum FeedVocabulary {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"

    private static let core: Set<String> = [
        "", "http://www.w3.org/2005/atom", "http://purl.org/atom/ns#", "http://purl.org/rss/1.0/",
        "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss",
        "http://blogs.law.harvard.edu/tech/rss", "http://backend.userland.com/rss2", "http://example.com/newformat#",
        "http://example.com/necho", "http://purl.org/echo/", "uri/of/echo/namespace#", "http://purl.org/pie/",
        "http://purl.org/rss/1.0/modules/rss091#",
    ]
    private static let modules: [String: String] = [
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/elements/1.0/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://www.w3.org/1999/xhtml": "xhtml",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
        "http://example.com/dtds/podcast-1.0.dtd": "itunes",
    ]

    /// The key of an element; an unknown namespace keeps the document's prefix (so its elements match
    /// no handler), and an unknown default namespace counts as core, as in feedparser.
    static func key(namespace: String, localName: String, prefix: String? = nil) -> String? {
        let name = localName.utf8.allSatisfy({ $0 < 0x41 || $0 > 0x5A }) ? localName : localName.lowercased()
        if namespace.isEmpty { return name }
        if let known = exact[namespace] { return known.isEmpty ? name : known + ":" + name }
        let ns = namespace.lowercased()
        if core.contains(ns) || ns.contains("backend.userland.com/rss") { return name }
        if let known = modules[ns] { return known + ":" + name }
        guard let prefix, !prefix.isEmpty else { return name }
        return "?" + prefix.lowercased() + ":" + name
    }

    /// Known namespaces as commonly spelled, for a lookup without lower-casing ("" = core).
    private static let exact: [String: String] = {
        var map = modules
        for uri in core { map[uri] = "" }
        map[atom10] = ""
        return map
    }()

    /// The key of an element node.
    static func key(_ node: FeedXMLNode) -> String? {
        key(namespace: node.namespace, localName: node.localName, prefix: node.prefix)
    }

    /// feedparser's version name implied by a namespace declaration, if any.
    static func version(declaring uri: String, prefix: String?) -> String? {
        switch uri.lowercased() {
        case rss090 where prefix == nil: return "rss090"
        case rss10: return "rss10"
        case atom10.lowercased(): return "atom10"
        default: return nil
        }
    }

    /// The version of an `<rss version="...">` root.
    static func rssVersion(_ attribute: String?) -> String {
        switch attribute ?? "" {
        case "0.91": return "rss091u"
        case "0.92": return "rss092"
        case "0.93": return "rss093"
        case "0.94": return "rss094"
        case let v where v.hasPrefix("2."): return "rss20"
        default: return "rss"
        }
    }

    /// The version of an Atom `<feed version="...">` root when no namespace named it.
    static func atomVersion(_ attribute: String?) -> String {
        switch attribute ?? "" {
        case "0.1": return "atom01"
        case "0.2": return "atom02"
        case "0.3": return "atom03"
        default: return "atom"
        }
    }

    /// feedparser's content-type shorthands: `text`, `html`, `xhtml`.
    static func contentType(_ raw: String) -> String {
        let t = raw.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? raw.lowercased() : raw
        switch t {
        case "text", "plain": return "text/plain"
        case "html": return "text/html"
        case "xhtml": return "application/xhtml+xml"
        default: return t
        }
    }

    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// Elements whose HTML values get relative URIs resolved (feedparser's `can_contain_relative_uris`).
    static let relativeURIContainers: Set<String> = [
        "content", "copyright", "description", "info", "rights", "subtitle", "summary", "tagline", "title",
    ]
}
