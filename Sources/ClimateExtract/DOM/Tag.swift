/// The HTML element kinds the extractor distinguishes; everything else is `.other` (inline).
enum Tag: UInt8, Sendable {
    case text, other
    case html, body, head, title, meta, link, script
    case p, div, section, article, main, header, footer, nav, aside, form, figure, figcaption
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, table, tr, td, th, caption, tbody, thead
    case a, br, hr, time, address, center, details, summary, fieldset, menu, dialog, label, button

    /// Elements dropped while building the tree, with everything inside them.
    static let droppedNames: Set<String> = [
        "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio",
        "video", "source", "track", "select", "option", "textarea", "input", "map", "area", "frameset", "frame",
        "picture", "img", "applet", "param", "datalist", "output", "progress", "meter",
    ]

    private static let byName: [String: Tag] = [
        "html": .html, "body": .body, "head": .head, "title": .title, "meta": .meta, "link": .link,
        "script": .script, "p": .p, "div": .div, "section": .section, "article": .article, "main": .main,
        "header": .header, "footer": .footer, "nav": .nav, "aside": .aside, "form": .form, "figure": .figure,
        "figcaption": .figcaption, "h1": .h1, "h2": .h2, "h3": .h3, "h4": .h4, "h5": .h5, "h6": .h6,
        "ul": .ul, "ol": .ol, "li": .li, "dl": .dl, "dt": .dt, "dd": .dd, "blockquote": .blockquote,
        "pre": .pre, "table": .table, "tr": .tr, "td": .td, "th": .th, "caption": .caption, "tbody": .tbody,
        "thead": .thead, "a": .a, "br": .br, "hr": .hr, "time": .time, "address": .address,
        "center": .center, "details": .details, "summary": .summary, "fieldset": .fieldset, "menu": .menu,
        "dialog": .dialog, "label": .label, "button": .button,
    ]

    /// The tag for a lower-case element name.
    static func named(_ name: String) -> Tag { byName[name] ?? .other }

    /// Starts a new text block (paragraph) when entered and ends it when left.
    var isBlock: Bool {
        switch self {
        case .text, .other, .a, .br, .time, .label, .button, .title, .meta, .link, .script, .head: return false
        default: return true
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Paragraph-like blocks whose text counts as "paragraph text" for density decisions.
    var isParagraph: Bool {
        switch self {
        case .p, .blockquote, .pre: return true
        default: return false
        }
    }

    /// Elements whose text is kept even in paragraph-rich containers (not stray div text).
    var isTextBlock: Bool {
        switch self {
        case .p, .blockquote, .pre, .li, .dd, .dt, .td, .th, .h2, .h3, .h4, .h5, .h6, .caption: return true
        default: return false
        }
    }
}
