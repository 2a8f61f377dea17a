import Foundation

/// What the page's JSON-LD says about it: the article object's fields and the page type.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var articleBody: String?
    var language: String?
    var publisher: String?
    var description: String?
    var section: String?
    var url: String?
    /// An object typed NewsArticle, Article, BlogPosting, ReportageNewsArticle ... was found.
    var isArticle = false
    /// A CollectionPage, ItemList, SearchResultsPage or WebSite-only page.
    var isListing = false

    /// Parses every JSON-LD script and merges what the article objects declare.
    static func parse(_ scripts: [String]) -> JSONLDArticle {
        var result = JSONLDArticle()
        for script in scripts {
            guard script.utf8.contains(where: { $0 > 0x20 }),
                let value = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
            else { continue }
            var pending: [Any] = [value]
            var visited = 0
            while let next = pending.popLast(), visited < 500 {
                visited += 1
                if let array = next as? [Any] { pending.append(contentsOf: array.reversed()); continue }
                guard let object = next as? [String: Any] else { continue }
                if let graph = object["@graph"] { pending.append(graph) }
                let types = Self.types(object["@type"])
                if types.contains(where: Self.isArticleType) {
                    result.absorb(object)
                } else if types.contains(where: { ["collectionpage", "itemlist", "searchresultspage"].contains($0) }) {
                    result.isListing = true
                }
                if let main = object["mainEntity"] { pending.append(main) }
            }
        }
        return result
    }

    static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("article") || type == "blogposting" || type == "liveblogposting" || type == "report"
            || type == "socialmediaposting" || type == "posting"
    }

    private static func types(_ value: Any?) -> [String] {
        if let string = value as? String { return [string.lowercased()] }
        if let array = value as? [Any] { return array.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private mutating func absorb(_ object: [String: Any]) {
        let first = !isArticle
        isArticle = true
        func take(_ key: String) -> String? {
            if let string = object[key] as? String { return string.isEmpty ? nil : string }
            if let array = object[key] as? [Any], let string = array.first as? String { return string }
            return nil
        }
        if first || headline == nil { headline = take("headline") ?? take("name") }
        if datePublished == nil { datePublished = take("datePublished") ?? take("dateCreated") }
        if dateModified == nil { dateModified = take("dateModified") }
        if articleBody == nil || (take("articleBody")?.count ?? 0) > (articleBody?.count ?? 0) {
            articleBody = take("articleBody") ?? articleBody
        }
        if language == nil { language = take("inLanguage") }
        if description == nil { description = take("description") }
        if section == nil { section = take("articleSection") }
        if url == nil { url = take("url") ?? take("mainEntityOfPage") }
        if publisher == nil, let publisherObject = object["publisher"] as? [String: Any] {
            publisher = publisherObject["name"] as? String
        }
        if authors.isEmpty { authors = Self.names(object["author"]) }
    }

    private static func names(_ value: Any?) -> [String] {
        if let string = value as? String { return string.isEmpty ? [] : [string] }
        if let object = value as? [String: Any], let name = object["name"] as? String { return name.isEmpty ? [] : [name] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
