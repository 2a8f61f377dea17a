/// A table cell: text, optionally a link, optionally emphasised.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var link: String?
    public var strong: Bool
    /// A keyword-in-context cell: `text` is the left context, `keyword` is highlighted, `after` follows.
    public var keyword: String?
    public var after: String

    public init(_ text: String, link: String? = nil, strong: Bool = false) {
        self.text = text
        self.link = link
        self.strong = strong
        self.keyword = nil
        self.after = ""
    }

    /// A passage with a highlighted keyword (bold in Markdown, `<mark>` in HTML).
    public static func kwic(_ left: String, _ keyword: String, _ right: String) -> Cell {
        var cell = Cell(left)
        cell.keyword = keyword
        cell.after = right
        return cell
    }
}

/// A table shared by the Markdown and HTML renderers.
public struct ReportTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[Cell]]
    /// Columns aligned right (numbers).
    public var numeric: Set<Int>

    public init(header: [String], rows: [[Cell]], numeric: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }

    /// Markdown pipe table (pipes and line breaks in cells escaped).
    public var markdown: String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ")
        }
        func render(_ cell: Cell) -> String {
            var text = escape(cell.text)
            if let keyword = cell.keyword { text = [text, "**\(escape(keyword))**", escape(cell.after)].filter { !$0.isEmpty }.joined(separator: " ") }
            if cell.strong { text = "**\(text)**" }
            if let link = cell.link { text = "[\(text)](\(link.replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: " ", with: "%20")))" }
            return text
        }
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.map(render).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// HTML `<table>`.
    public var html: String {
        var out = "<table>\n<thead><tr>"
        for (index, name) in header.enumerated() {
            out += numeric.contains(index) ? "<th class=\"num\">" : "<th>"
            out += SVGText.escape(name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += numeric.contains(index) ? "<td class=\"num\">" : "<td>"
                var text = SVGText.escape(cell.text)
                if let keyword = cell.keyword {
                    text = [text, "<mark>\(SVGText.escape(keyword))</mark>", SVGText.escape(cell.after)].filter { !$0.isEmpty }.joined(separator: " ")
                }
                if cell.strong { text = "<strong>\(text)</strong>" }
                if let link = cell.link { text = "<a href=\"\(SVGText.escape(link))\">\(text)</a>" }
                out += text + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }
}
