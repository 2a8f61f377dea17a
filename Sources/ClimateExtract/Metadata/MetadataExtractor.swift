import ClimateCore
import Foundation

/// Title, authors, language, canonical URL, site name, description and section of a page.
///
/// Each field takes the first declared value in this order: Open Graph / Twitter meta, JSON-LD,
/// other meta tags, then the document itself (`<h1>`, `<title>`, `<html lang>`).
struct MetadataExtractor {
    let meta: PageMeta
    let jsonLD: JSONLDArticle
    let url: String?
    /// Text of the first `<h1>` of the page, if any.
    let firstHeading: String?

    var siteName: String? {
        clean(meta.meta("og:site_name", "application-name", "twitter:site") ?? jsonLD.publisher)
    }

    var title: String? {
        let host = url.flatMap { URL(string: $0)?.host }
        let candidates = [meta.meta("og:title"), jsonLD.headline, meta.meta("twitter:title"), firstHeading, meta.title]
        guard let raw = candidates.compactMap({ clean($0) }).first else { return nil }
        let cleaned = TitleCleaner.clean(raw, siteName: siteName, host: host)
        return cleaned.isEmpty ? raw : cleaned
    }

    var authors: [String] {
        var names = jsonLD.authors
        if names.isEmpty, let author = meta.meta("author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author") {
            names = author.split(separator: ",").map(String.init)
        }
        var seen: Set<String> = []
        var result: [String] = []
        for name in names {
            guard var cleaned = clean(name), !cleaned.hasPrefix("http") else { continue }
            if cleaned.lowercased().hasPrefix("by ") { cleaned = String(cleaned.dropFirst(3)) }
            if seen.insert(cleaned.lowercased()).inserted { result.append(cleaned) }
        }
        return result
    }

    /// The declared language as a lower-case primary subtag (`de-AT` → `de`).
    var language: String? {
        let declared = [meta.htmlLang, meta.meta("content-language", "og:locale", "language", "dc.language"), jsonLD.language]
        for value in declared {
            guard let value else { continue }
            let primary = value.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first
                .map { $0.lowercased() } ?? ""
            if (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter }) { return primary }
        }
        return nil
    }

    /// `<link rel=canonical>`, else `og:url`, else JSON-LD `url`, resolved against the page URL.
    var canonicalURL: String? {
        guard let raw = clean(meta.canonical) ?? clean(meta.meta("og:url")) ?? clean(jsonLD.url) else { return nil }
        if let base = url.flatMap({ URL(string: $0) }), let resolved = URL(string: raw, relativeTo: base) {
            return resolved.absoluteString
        }
        return raw
    }

    var description: String? { clean(meta.meta("og:description", "description", "twitter:description") ?? jsonLD.description) }

    var section: String? { clean(meta.meta("article:section", "section", "parsely-section") ?? jsonLD.section) }

    /// Whether the page declares itself an article (JSON-LD, Open Graph type, microdata).
    var declaresArticle: Bool {
        jsonLD.isArticle || meta.hasArticleMicrodata || meta.meta("og:type")?.lowercased() == "article"
            || meta.meta("article:published_time") != nil
    }

    /// Whether the URL is a site's home page (empty path).
    var isHomePage: Bool {
        guard let url, let parsed = URL(string: url) else { return false }
        let path = parsed.path
        return (path.isEmpty || path == "/") && (parsed.query ?? "").isEmpty
    }

    private func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = TitleCleaner.collapse(value)
        return collapsed.isEmpty ? nil : collapsed
    }
}
