/// Metadata markup collected while the tree is built: meta tags, links, JSON-LD, title, times.
struct PageMeta {
    /// `<meta>` pairs: key is the lower-case `property`, `name`, `itemprop` or `http-equiv`.
    var metas: [(key: String, value: String)] = []
    /// `<link rel=canonical href>`.
    var canonical: String?
    /// Text of the first `<title>`.
    var title: String?
    /// Raw text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `<html lang>`.
    var htmlLang: String?
    /// `<time datetime>` values in document order (at most 20), with the `pubdate` flag.
    var times: [(value: String, pubdate: Bool, node: Int)] = []
    /// Elements carrying schema.org `itemtype` of an article kind.
    var hasArticleMicrodata = false
    /// Number of `<article>` elements.
    var articleCount = 0

    /// The first meta value for any of `keys` (lower case), in key order.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            if let pair = metas.first(where: { $0.key == key }), !pair.value.isEmpty { return pair.value }
        }
        return nil
    }
}
