import CLibXML2

/// The few page facts ingestion reads from an HTML page: title, language, canonical URL, site
/// name and declared publication time.
///
/// Deliberately light: only `<html>` and the elements of `<head>` are visited. Full metadata
/// extraction (JSON-LD, bylines, time tags) is the job of the extraction stage.
public struct HTMLPageMetadata: Sendable, Hashable {
    public var title: String?
    /// `<html lang>` (or `xml:lang`).
    public var language: String?
    /// `<link rel="canonical" href>`.
    public var canonicalURL: String?
    /// `<meta property="og:url">`.
    public var ogURL: String?
    /// `<meta property="og:site_name">`.
    public var siteName: String?
    /// `<meta property="article:published_time">` as written (not parsed).
    public var publishedTime: String?

    public init(title: String? = nil, language: String? = nil, canonicalURL: String? = nil, ogURL: String? = nil,
                siteName: String? = nil, publishedTime: String? = nil) {
        self.title = title
        self.language = language
        self.canonicalURL = canonicalURL
        self.ogURL = ogURL
        self.siteName = siteName
        self.publishedTime = publishedTime
    }

    /// The page URL it declares: canonical link, else `og:url`.
    public var url: String? { canonicalURL ?? ogURL }

    /// Parses `html` (already decoded) and reads the metadata; the tree is freed before returning.
    ///
    /// Only the text before the first `<body` is parsed (the whole page when there is none), so
    /// the cost does not grow with the article.
    public static func read(html: String) -> HTMLPageMetadata {
        guard let tree = HTMLTree(text: headPart(of: html)), let root = tree.root else { return HTMLPageMetadata() }
        var metadata = HTMLPageMetadata()
        metadata.language = nonEmpty(HTMLTree.attribute(root, "lang") ?? HTMLTree.attribute(root, "xml:lang"))
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = HTMLTree.name(node)
                if name == "head" {
                    metadata.readHead(node)
                } else if name != "body" {
                    metadata.readHeadElement(node)
                }
            }
            child = node.pointee.next
        }
        return metadata
    }

    private mutating func readHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { readHeadElement(node) }
            child = node.pointee.next
        }
    }

    /// Reads one `<title>`, `<link>` or `<meta>` element; the first value of each kind wins.
    private mutating func readHeadElement(_ node: xmlNodePtr) {
        switch HTMLTree.name(node) {
        case "title":
            if title == nil { title = Self.nonEmpty(Self.collapse(HTMLTree.text(node))) }
        case "link":
            let rel = HTMLTree.attribute(node, "rel")?.lowercased().split(separator: " ") ?? []
            if canonicalURL == nil, rel.contains("canonical") {
                canonicalURL = Self.nonEmpty(HTMLTree.attribute(node, "href"))
            }
        case "meta":
            let key = (HTMLTree.attribute(node, "property") ?? HTMLTree.attribute(node, "name"))?.lowercased()
            let content = Self.nonEmpty(HTMLTree.attribute(node, "content"))
            switch key {
            case "og:url": if ogURL == nil { ogURL = content }
            case "og:site_name": if siteName == nil { siteName = content }
            case "article:published_time": if publishedTime == nil { publishedTime = content }
            default: break
            }
        default:
            break
        }
    }

    /// `html` up to the first `<body` (ASCII case-insensitive), or all of it.
    static func headPart(of html: String) -> String {
        var html = html
        let end: Int? = html.withUTF8 { bytes in
            var index = 0
            while let open = ByteScan.next(0x3C, in: bytes, from: index) {
                if ByteScan.hasWord("<body", in: bytes, at: open) { return open }
                index = open + 1
            }
            return nil
        }
        guard let end else { return html }
        return html.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Collapses runs of white space to one space.
    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
