import Foundation

/// Reads the compound values of a feed element: text constructs, persons and links.
struct FeedConstructs {
    let budget: FeedTextBudget
    /// Element keys of this document, cached.
    let keys = FeedKeyCache()
    /// True once the document is known to be Atom (no HTML guessing for plain text then).
    var isAtom: Bool
    /// True when the source was UTF-8: values are then checked for UTF-8 mis-read as ISO-8859-1.
    var sourceIsUTF8 = false
    /// When above 0, HTML summaries and content whose final form surely stays under this many
    /// bytes are not trimmed, repaired and normalised here but marked (`FeedText.pendingNormalization`).
    var deferNormalizationBelow = 0

    /// A text construct (title, summary, content, rights...) with its type, language and markup.
    ///
    /// `role` is the feedparser element name used for the relative-URI rule (`title`, `summary`...).
    func text(_ node: FeedXMLNode, scope outer: FeedScope, defaultType: String, role: String) -> FeedText {
        let scope = outer.entering(node)
        var type = FeedVocabulary.contentType(node.attribute("type") ?? defaultType)
        let mode = node.attribute("mode")?.lowercased()
        var value: String
        if node.hasElementChildren {
            var holder = node
            var escape = true
            let kids = node.elements
            let isDiv = kids.count == 1 && kids[0].localName == "div"
            if type == "application/xhtml+xml", node.namespace == FeedVocabulary.atom10, isDiv,
               kids[0].namespace == FeedXMLNode.xhtmlNamespace {
                holder = kids[0]
            } else if !type.hasSuffix("xml") {
                // Escaped markup wrapped in a <div> (TypePad): drop the div, keep the text as markup.
                if isDiv { holder = kids[0]; escape = false } else { type = "application/xhtml+xml" }
            }
            value = FeedMarkup.children(of: holder, budget: budget, escapeText: escape)
        } else {
            value = node.text(budget)
            let base64 = mode == "base64"
                || !(type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml"))
            if base64, let decoded = Self.decodeBase64(value) { value = decoded }
        }
        if deferNormalizationBelow > 0, role == "summary" || role == "description" || role == "content",
           FeedVocabulary.htmlTypes.contains(type),
           FeedPendingNormalization.surelyUnder(deferNormalizationBelow, value: value, base: scope.base) {
            // Trimming, character repairs and normalisation are left for the consumer.
            var text = FeedText(value: value, type: type, language: scope.textLanguage)
            text.pendingNormalization = FeedPendingNormalization(base: scope.base, isHTML: type == "text/html",
                                                                 sourceIsUTF8: sourceIsUTF8)
            return text
        }
        value = repairCharacters(value.trimmedSpace)
        if !isAtom, type == "text/plain", FeedHTML.looksLikeHTML(value) { type = "text/html" }
        if FeedVocabulary.htmlTypes.contains(type), FeedVocabulary.relativeURIContainers.contains(role) {
            value = FeedHTMLNormalizer.normalize(value, base: scope.base, isHTML: type == "text/html")
        }
        return FeedText(value: value, type: type, language: scope.textLanguage)
    }

    /// Plain trimmed text of a simple element.
    func plain(_ node: FeedXMLNode) -> String {
        repairCharacters(node.text(budget).trimmedSpace)
    }

    /// feedparser's two character repairs on every value: UTF-8 that was read as ISO-8859-1 and
    /// re-encoded is decoded again (only when the source is UTF-8 and the result is valid UTF-8),
    /// then C1 controls U+0080–U+009F are mapped to the windows-1252 characters they stand for.
    func repairCharacters(_ value: String) -> String {
        Self.repairCharacters(value, sourceIsUTF8: sourceIsUTF8)
    }

    /// `repairCharacters` for a source that was (or was not) UTF-8.
    static func repairCharacters(_ value: String, sourceIsUTF8: Bool) -> String {
        guard !value.isASCII else { return value }
        var text = value
        if sourceIsUTF8, text.isLatin1 {
            let bytes = text.unicodeScalars.map { UInt8($0.value) }
            if let fixed = String(validating: bytes, as: UTF8.self) { text = fixed }
        }
        guard text.hasC1Control else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, scalar.value <= 0x9F, let mapped = FeedTranscoder.windows1252(UInt8(scalar.value)) {
                out.append(mapped)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// An Atom person (`name`, `email`, `uri`/`url` children) or an RSS author string.
    func person(_ node: FeedXMLNode, scope outer: FeedScope) -> (display: String?, detail: FeedPerson) {
        let scope = outer.entering(node)
        var detail = FeedPerson()
        var sawChild = false
        for child in node.elements {
            guard let key = keys.key(child) else { continue }
            let value = plain(child)
            switch key {
            case "name": detail.name = value; sawChild = true
            case "email": detail.email = value; sawChild = true
            case "uri", "url", "homepage": detail.href = scope.entering(child).resolve(value); sawChild = true
            default: break
            }
        }
        if sawChild {
            var display: String?
            if let name = detail.name, !name.isEmpty, let email = detail.email, !email.isEmpty { display = "\(name) (\(email))" }
            else if let name = detail.name, !name.isEmpty { display = name }
            else if let email = detail.email, !email.isEmpty { display = email }
            return (display, detail)
        }
        let text = plain(node)
        guard !text.isEmpty else { return (nil, detail) }
        return (text, Self.splitAuthor(text))
    }

    /// feedparser's split of `me@example.com (Example editor)` into name and email.
    static func splitAuthor(_ text: String) -> FeedPerson {
        var detail = FeedPerson()
        var name = text
        if text.hasByte(UInt8(ascii: "@")), let range = text.range(of: #"([a-zA-Z0-9_\-.+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?)(\?subject=\S+)?"#, options: .regularExpression) {
            let email = String(text[range])
            detail.email = email
            name = name.replacingOccurrences(of: email, with: "")
            for junk in ["()", "<>", "&lt;&gt;"] { name = name.replacingOccurrences(of: junk, with: "") }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("(") { name.removeFirst() }
            if name.hasSuffix(")") { name.removeLast() }
            name = name.trimmingCharacters(in: .whitespaces)
        }
        if !name.isEmpty { detail.name = name }
        return detail
    }

    /// A link element: Atom attributes, or RSS text content.
    func link(_ node: FeedXMLNode, scope outer: FeedScope) -> (link: FeedLink, isAlternateHTML: Bool, fromText: Bool) {
        let scope = outer.entering(node)
        let rel = node.attribute("rel") ?? "alternate"
        let type = node.attribute("type") ?? (rel == "self" ? "application/atom+xml" : "text/html")
        var link = FeedLink(href: "", rel: rel, type: type, title: node.attribute("title"), length: node.attribute("length"))
        let html = rel == "alternate" && FeedVocabulary.htmlTypes.contains(FeedVocabulary.contentType(type))
        if let href = node.attribute("url") ?? node.attribute("uri") ?? node.attribute("href") {
            link.href = scope.resolve(href)
            return (link, html, false)
        }
        var text = plain(node)
        if text.hasByte(UInt8(ascii: "&")) {
            text = text.replacingOccurrences(of: "&amp;", with: "&")
            text = text.replacingOccurrences(of: #"&([A-Za-z0-9_]+);"#, with: "&$1", options: .regularExpression)
        }
        link.href = text.isEmpty ? "" : scope.resolve(text)
        return (link, html, true)
    }

    /// Base64 text decoded as UTF-8, or nil when it is not valid base64 of UTF-8 text.
    static func decodeBase64(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty, let data = Data(base64Encoded: compact) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// `value` cut to at most `limit` UTF-8 bytes on a character boundary; nil when it fits.
    static func truncated(_ value: String, limit: Int) -> String? {
        guard value.utf8.count > limit else { return nil }
        var end = value.utf8.index(value.utf8.startIndex, offsetBy: limit)
        while end > value.utf8.startIndex, end.samePosition(in: value.unicodeScalars) == nil { end = value.utf8.index(before: end) }
        return String(value[..<end])
    }
}
