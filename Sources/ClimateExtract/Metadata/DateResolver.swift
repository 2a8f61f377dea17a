import ClimateCore
import Foundation

/// Chooses the published and modified dates of a page, recording where each came from.
///
/// Precedence for `published`: the feed or dump date given with the input, JSON-LD
/// `datePublished`, meta tags (`article:published_time` and friends), `<time datetime>`
/// (one marked `pubdate` first), a `/YYYY/MM/DD/` date in the URL, then a date written in the
/// page text. A candidate later than the fetch time (or before 1990) is skipped, so the next
/// source is used. `modified` comes from JSON-LD `dateModified`, then meta tags, and is never
/// earlier than `published`.
struct DateResolver {
    static let publishedMetaKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "pubdate",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
        "dcterms.issued", "date", "article.published", "pdate", "cxenseparse:recs:publishtime", "og:pubdate",
    ]
    static let modifiedMetaKeys = [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
        "last-modified", "lastmod", "dc.date.modified",
    ]

    var feedDate: Date?
    var feedSource: DateSource?
    var fetched: Date
    var meta: PageMeta
    var jsonLD: JSONLDArticle
    var url: String?
    /// Page text to scan last (visible text of the page before cleaning, truncated).
    var pageText: () -> String

    func resolve() -> (published: Date?, publishedSource: DateSource?, modified: Date?, modifiedSource: DateSource?) {
        var published: (Date, DateSource)?
        if let feedDate, feedDate <= fetched { published = (feedDate, feedSource ?? .feed) }
        if published == nil, let date = accept(jsonLD.datePublished) { published = (date, .jsonLD) }
        if published == nil, let date = firstMeta(Self.publishedMetaKeys) { published = (date, .meta) }
        if published == nil, let date = timeTag() { published = (date, .timeTag) }
        if published == nil, let url, let date = Self.dateInURL(url), date <= fetched { published = (date, .url) }
        if published == nil, let date = Self.dateInText(pageText(), notAfter: fetched) { published = (date, .text) }
        var modified: (Date, DateSource)?
        if let date = accept(jsonLD.dateModified) { modified = (date, .jsonLD) }
        if modified == nil, let date = firstMeta(Self.modifiedMetaKeys) { modified = (date, .meta) }
        if let current = modified, let published, current.0 < published.0 { modified = nil }
        return (published?.0, published?.1, modified?.0, modified?.1)
    }

    private func accept(_ raw: String?) -> Date? {
        guard let raw, let date = DateParser.parse(raw), date <= fetched else { return nil }
        return date
    }

    private func firstMeta(_ keys: [String]) -> Date? {
        for key in keys {
            for pair in meta.metas where pair.key == key {
                if let date = accept(pair.value) { return date }
            }
        }
        return nil
    }

    private func timeTag() -> Date? {
        for time in meta.times where time.pubdate { if let date = accept(time.value) { return date } }
        for time in meta.times { if let date = accept(time.value) { return date } }
        return nil
    }

    /// A `/YYYY/MM/DD/`, `/YYYY-MM-DD` or `/YYYYMMDD` date in a URL path.
    static func dateInURL(_ url: String) -> Date? {
        let bytes = Array(url.utf8)
        var i = 0
        while i + 8 <= bytes.count {
            if bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "_") {
                var scanner = ByteScanner(Array(bytes[(i + 1)...]))
                if let year = scanner.number(digits: 4), (1990...2100).contains(year) {
                    let separator = scanner.skip(UInt8(ascii: "/")) || scanner.skip(UInt8(ascii: "-"))
                    if let month = scanner.number(digits: 2) {
                        if separator { _ = scanner.skip(UInt8(ascii: "/")) || scanner.skip(UInt8(ascii: "-")) }
                        let dayEnd = scanner.position
                        if let day = scanner.number(digits: 2), DateParser.valid(year, month, day),
                            scanner.position >= scanner.bytes.count || !isDigit(scanner.bytes[scanner.position]),
                            separator || dayEnd == 6 {
                            return UTCFormat.date(year: year, month: month, day: day)
                        }
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// The first ISO (`2024-03-05`) or day-first dotted (`5.3.2024`) date in `text` not after `limit`.
    static func dateInText(_ text: String, notAfter limit: Date) -> Date? {
        let bytes = Array(text.utf8.prefix(20_000))
        var i = 0
        while i < bytes.count {
            if isDigit(bytes[i]), i == 0 || !isDigit(bytes[i - 1]) {
                let tail = Array(bytes[i..<min(bytes.count, i + 12)])
                if let date = DateParser.iso(tail) ?? DateParser.dotted(tail), date <= limit { return date }
            }
            i += 1
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
