import ClimateCore

/// Writes an `Article` as one JSON object (the `extract` JSONL line), fields in a fixed order.
public enum ArticleJSON {
    public static func write(_ article: Article, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.string(article.id)
        optional("url", article.url, &writer)
        optional("title", article.title, &writer)
        writer.key("text"); writer.string(article.text)
        writer.key("published")
        if let date = article.published { writer.date(date) } else { writer.null() }
        optional("published_source", article.publishedSource?.rawValue, &writer)
        writer.key("modified")
        if let date = article.modified { writer.date(date) } else { writer.null() }
        optional("modified_source", article.modifiedSource?.rawValue, &writer)
        optional("language", article.language, &writer)
        writer.field("authors", strings: article.authors)
        optional("canonical_url", article.canonicalURL, &writer)
        optional("site_name", article.siteName, &writer)
        optional("description", article.description, &writer)
        optional("section", article.section, &writer)
        writer.key("is_article"); writer.bool(article.isArticle)
        writer.key("method"); writer.string(article.method.rawValue)
        writer.endObject()
    }

    private static func optional(_ key: String, _ value: String?, _ writer: inout JSONWriter) {
        writer.key(key)
        if let value { writer.string(value) } else { writer.null() }
    }
}
