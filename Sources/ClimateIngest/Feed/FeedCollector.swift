import Foundation

/// Collects the fields of one entry or of the feed from its child elements, feedparser-style.
///
/// Later values of the same field replace earlier ones; links, authors, categories and content
/// accumulate. The same rules serve entries and the channel; `isEntry` switches the few differences
/// (RSS `description` is the entry summary but the feed subtitle).
struct FeedCollector {
    var title: FeedText?
    var subtitle: FeedText?
    var summary: FeedText?
    /// True once `content`, `content:encoded` or `fullitem` was seen: a later summary/description
    /// then replaces the summary instead of becoming content (feedparser's `hasContent`).
    var hasContent = false
    var content: [FeedText] = []
    var rights: FeedText?
    var link: String?
    var links: [FeedLink] = []
    var id: String?
    var published: Date?
    var updated: Date?
    var author: String?
    var authorDetail: FeedPerson?
    var authors: [FeedPerson] = []
    var categories: [FeedCategory] = []
    var comments: String?
    var language: String?
    var truncated: [String] = []

    let isEntry: Bool

    init(isEntry: Bool) { self.isEntry = isEntry }

    /// Applies one child element.
    mutating func apply(_ node: FeedXMLNode, scope: FeedScope, constructs c: FeedConstructs) {
        guard let key = c.keys.key(node) else { return }
        switch key {
        case "title", "dc:title":
            // The first non-empty title wins (feedparser's `title_depth`).
            if let title, !title.value.isEmpty { return }
            title = c.text(node, scope: scope, defaultType: "text/plain", role: "title")
        case "link":
            let (item, alternate, fromText) = c.link(node, scope: scope)
            if fromText && item.href.isEmpty { return }
            links.append(item)
            if alternate { link = item.href }
        case "id", "guid":
            let value = c.plain(node)
            // isPermaLink (default true) ids are resolved like links and stand in for a missing link.
            if (node.attribute("ispermalink") ?? "true") == "true" {
                id = value.isEmpty ? value : scope.entering(node).resolve(value)
                if link == nil, !value.isEmpty { link = id }
            } else {
                id = value
            }
        case "pubdate", "published", "issued", "dcterms:issued":
            if let date = FeedDates.parse(c.plain(node)) { published = date }
        case "lastbuilddate", "updated", "modified", "dc:date", "dcterms:modified":
            if let date = FeedDates.parse(c.plain(node)) { updated = date }
        case "author", "dc:creator", "dc:author", "managingeditor", "itunes:author":
            let (display, detail) = c.person(node, scope: scope)
            if let display { author = display }
            if !detail.isEmpty { authorDetail = detail; authors.append(detail) }
        case "description", "summary", "dc:description", "tagline", "subtitle":
            let role = key.hasPrefix("dc:") ? "description" : key
            if !isEntry && key != "summary" {
                let defaultType = key == "tagline" || key == "subtitle" ? "text/plain" : "text/html"
                subtitle = c.text(node, scope: scope, defaultType: defaultType, role: role)
                return
            }
            if summary != nil && !hasContent {
                // A second summary becomes content, read as Atom content would be (plain by default).
                content.append(c.text(node, scope: scope, defaultType: "text/plain", role: "content"))
                hasContent = true
            } else {
                summary = c.text(node, scope: scope, defaultType: key == "summary" ? "text/plain" : "text/html", role: role)
            }
        case "content:encoded", "content", "fullitem", "xhtml:body", "body":
            let defaultType = key == "content" ? "text/plain" : (key.hasSuffix("body") ? "application/xhtml+xml" : "text/html")
            let value = c.text(node, scope: scope, defaultType: defaultType, role: "content")
            content.append(value)
            if !key.hasSuffix("body") { hasContent = true }
            if summary == nil, value.type == "text/plain" || FeedVocabulary.htmlTypes.contains(value.type) {
                summary = value
            }
        case "rights", "copyright", "dc:rights":
            rights = c.text(node, scope: scope, defaultType: "text/plain", role: "rights")
        case "category", "dc:subject", "keywords":
            var category = FeedCategory(term: node.attribute("term"),
                                        scheme: node.attribute("scheme") ?? node.attribute("domain"),
                                        label: node.attribute("label"))
            let text = c.plain(node)
            if category.term == nil || category.term?.isEmpty == true, !text.isEmpty { category.term = text }
            addCategory(category)
        case "tags":
            for term in c.plain(node).split(separator: ",") {
                let t = term.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { addCategory(FeedCategory(term: t)) }
            }
        case "comments":
            comments = scope.entering(node).resolve(c.plain(node))
        case "language", "dc:language":
            language = c.plain(node)
        case "enclosure":
            guard let href = node.attribute("url") ?? node.attribute("uri") ?? node.attribute("href") else { return }
            links.append(FeedLink(href: href, rel: "enclosure", type: node.attribute("type"), length: node.attribute("length")))
        default:
            break
        }
    }

    private mutating func addCategory(_ category: FeedCategory) {
        guard category.term != nil || category.scheme != nil || category.label != nil else { return }
        if !categories.contains(category) { categories.append(category) }
    }

    /// Applies the per-field caps, noting which fields were cut.
    mutating func enforce(_ limits: FeedLimits) {
        func cut(_ text: inout FeedText?, _ name: String, _ limit: Int) {
            if let value = text?.value, let short = FeedConstructs.truncated(value, limit: limit) {
                text?.value = short; truncated.append(name)
            }
        }
        func cut(_ text: inout String?, _ name: String, _ limit: Int) {
            if let value = text, let short = FeedConstructs.truncated(value, limit: limit) { text = short; truncated.append(name) }
        }
        cut(&title, "title", limits.shortField)
        cut(&subtitle, "subtitle", limits.longField)
        cut(&summary, "summary", limits.longField)
        cut(&rights, "rights", limits.longField)
        cut(&link, "link", limits.shortField)
        cut(&id, "id", limits.shortField)
        cut(&author, "author", limits.shortField)
        cut(&comments, "comments", limits.shortField)
        for i in content.indices {
            if let short = FeedConstructs.truncated(content[i].value, limit: limits.longField) {
                content[i].value = short; truncated.append("content")
            }
        }
    }

    var entry: FeedEntry {
        var e = FeedEntry()
        e.titleDetail = title; e.link = link; e.links = links; e.id = id
        e.published = published; e.updated = updated
        e.author = author; e.authorDetail = authorDetail; e.authors = authors
        e.summaryDetail = summary; e.content = content; e.categories = categories
        e.comments = comments; e.rightsDetail = rights; e.language = language
        e.truncatedFields = truncated
        return e
    }

    func fill(_ m: inout FeedMetadata) {
        if let title { m.titleDetail = title }
        if let subtitle { m.subtitleDetail = subtitle }
        if let link { m.link = link }
        m.links += links
        if let id { m.id = id }
        if let language { m.language = language }
        if let updated { m.updated = updated }
        if let published { m.published = published }
        if let author { m.author = author }
        if let authorDetail { m.authorDetail = authorDetail }
        m.authors += authors
        if let rights { m.rightsDetail = rights }
        for c in categories where !m.categories.contains(c) { m.categories.append(c) }
    }
}
