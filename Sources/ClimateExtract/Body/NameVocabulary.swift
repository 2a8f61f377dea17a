/// Class/id/role vocabularies that CMSs commonly use, matched against element signatures.
///
/// Built from the general structure of news pages (WordPress, Drupal, Arc, Brightspot, Typo3 and
/// schema.org conventions), never from particular sites. A signature is the lower-case class, id,
/// `role-…` and `itemprop-…` words of an element.
enum NameVocabulary {
    /// Article-body container names, strongest first (substrings of one class/id word).
    static let bodyNames: [String] = [
        "itemprop-articlebody", "articlebody", "article-body", "article_body", "article__body",
        "article-content", "article__content", "article_content", "articlecontent", "article-text",
        "article__text", "articletext", "article-main", "story-body", "storybody", "story-content",
        "story__content", "story-text", "storytext", "entry-content", "entry-body", "entrytext", "entry-text",
        "post-content", "post-body", "postbody", "post__content", "post_content", "postcontent", "post-text",
        "post-entry", "body-text", "bodytext", "body-copy", "field-body", "field-name-body", "field--name-body",
        "news-text", "newstext", "news-content", "news-body", "news-detail", "content-body", "main-text",
        "maintext", "single-content", "blog-content", "blog-post-content", "rich-text", "richtext",
        "artikel-text", "artikeltext", "artikel-body", "article-detail", "text-content", "page-content",
        "td-post-content", "node-content", "content-text", "detail-text", "detail-content", "contenido",
        "cuerpo", "texto", "corpo", "tresc", "article-section",
    ]

    /// Main-content landmark names (whole words of a signature).
    static let mainWords: Set<String> = [
        "content", "main-content", "maincontent", "main", "story", "article", "primary", "role-main",
        "content-main", "main_content", "page", "post", "entry", "single", "role-article",
    ]

    /// Boilerplate names matched as substrings of a class/id word.
    static let boilerplateSubstrings: [String] = [
        "comment", "share", "sharing", "social", "newsletter", "subscri", "cookie", "consent", "related",
        "recommend", "breadcrumb", "sidebar", "navbar", "navigation", "menu", "footer", "masthead", "promo",
        "advert", "sponsor", "outbrain", "taboola", "disqus", "byline", "author", "caption", "popup", "modal",
        "overlay", "signup", "sign-up", "login", "teaser", "toolbar", "more-from", "more-stories", "read-more",
        "readmore", "tag-list", "taglist", "keyword", "pagination", "pager", "rating", "sr-only", "screen-reader",
        "visually-hidden", "visuallyhidden", "timestamp", "dateline", "publish-date", "published", "pubdate", "post-meta",
        "entry-meta", "article-meta", "metadata", "slideshow", "facebook", "whatsapp", "follow",
        "trending", "most-popular", "mostpopular", "popular-posts", "donate", "adslot", "ad-slot", "ad-container", "adcontainer", "advertisement",
        "gpt-ad", "dfp-", "banner", "widget_", "skip", "jump", "playlist", "video", "podcast",
        "newsticker", "also-read", "see-also", "seealso", "further", "next-article", "prev-article",
        "recirc", "upsell", "paywall-", "premium-", "contact", "disclaimer", "copyright", "infobox",
        "feedback", "survey", "poll", "photo-credit", "image-credit", "credit", "tooltip", "dropdown",
        "author-bio", "bio", "profile", "signature", "header", "kicker", "is-hidden", "u-hidden",
    ]

    /// Boilerplate names matched as the last token of a class/id word (split on `-` and `_`):
    /// `post-date` and `widget` match, `tag-politics` and `elementor-widget-wrap` do not.
    static let boilerplateTokens: Set<String> = [
        "ad", "ads", "nav", "tags", "tag", "toc", "date", "time", "meta", "hide", "foot", "aside", "email", "rss",
        "icons", "icon", "tools", "more",
    ]

    /// Boilerplate names matched as a whole class/id word only.
    static let boilerplateWords: Set<String> = ["widget", "sidebar", "share", "social", "related", "comments"]

    /// Lead / standfirst names (substrings): a paragraph so named just before the body belongs to it.
    static let leadNames: [String] = [
        "intro", "lead", "chapo", "standfirst", "summary", "excerpt", "abstract", "subtitle", "subline",
        "vorspann", "perex", "entradilla", "sapo", "article-desc", "teaser-text", "teasertext", "__teaser",
        "--teaser", "deck",
    ]

    /// Substrings that must not trigger a removal on their own (a word containing them is kept).
    static let safeWords: [String] = ["overflow-hidden", "shadow", "header-image", "text-credit"] + articleHeaders

    /// The article's own header (headline, lead, byline): kept, its parts are judged one by one.
    static let articleHeaders: [String] = [
        "article-header", "article__header", "articleheader", "entry-header", "post-header", "story-header",
        "article-head", "td-post-header", "content-header", "news-header",
    ]
}
