import ClimateCore

/// Keyword in context: every hit with the words around it, the audit trail of a frame measurement.
public struct KWICLine: Sendable, Hashable {
    public var documentID: String
    /// Token index of the keyword's first token (1-based, as quanteda's `from`).
    public var position: Int
    /// Byte range of the keyword in the article text.
    public var bytes: Range<Int>
    public var left: String
    public var keyword: String
    public var right: String
    public var category: String
    public var pattern: String
    public var negated: Bool
    public var inQuote: Bool
    public var contextHeld: Bool
}

/// Builds and writes keyword-in-context lines.
public enum KWIC {
    /// Output formats of `mediaclimate kwic`.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, csv, jsonl
    }

    /// The KWIC lines of one document's hits. `category` keeps hits of that category or below it
    /// (`threat` keeps `threat.water`); `window` is the number of tokens each side.
    public static func lines(documentID: String, analysis: TextAnalysis, hits: [LexiconHit], lexicon: Lexicon,
                             window: Int = 8, category: String? = nil) -> [KWICLine] {
        let text = analysis.tokenized
        let tokens = text.tokens
        return hits.compactMap { hit in
            if let category, hit.category != category, !hit.category.hasPrefix(category + ".") { return nil }
            if category == nil, hit.category == "negator" { return nil }
            let leftStart = max(0, hit.tokens.lowerBound - window)
            let rightEnd = min(tokens.count, hit.tokens.upperBound + window)
            let left = hit.tokens.lowerBound > leftStart
                ? text.slice(Int(tokens[leftStart].start)..<Int(tokens[hit.tokens.lowerBound].start)) : ""
            let right = rightEnd > hit.tokens.upperBound
                ? text.slice(Int(tokens[hit.tokens.upperBound - 1].end)..<Int(tokens[rightEnd - 1].end)) : ""
            return KWICLine(documentID: documentID, position: hit.tokens.lowerBound + 1, bytes: hit.bytes,
                            left: oneLine(left), keyword: oneLine(text.slice(hit.bytes)), right: oneLine(right),
                            category: hit.category, pattern: lexicon.entries[hit.entry].pattern, negated: hit.negated,
                            inQuote: hit.inQuote, contextHeld: hit.contextHeld)
        }
    }

    /// Column names of the delimited formats.
    public static let header = ["doc_id", "position", "left", "keyword", "right", "category", "pattern", "negated",
                                "in_quote", "context_held"]

    /// Appends lines in `format` to `out` (the header only when `header` is true).
    public static func write(_ lines: [KWICLine], format: Format, header: Bool, to out: inout [UInt8]) {
        switch format {
        case .jsonl:
            var writer = JSONWriter()
            for line in lines {
                writer.beginObject()
                writer.field("doc_id", line.documentID)
                writer.field("position", line.position)
                writer.key("span"); writer.beginArray(); writer.int(line.bytes.lowerBound); writer.int(line.bytes.upperBound); writer.endArray()
                writer.field("left", line.left)
                writer.field("keyword", line.keyword)
                writer.field("right", line.right)
                writer.field("category", line.category)
                writer.field("pattern", line.pattern)
                writer.field("negated", line.negated)
                writer.field("in_quote", line.inQuote)
                writer.field("context_held", line.contextHeld)
                writer.endObject()
                writer.newline()
            }
            out.append(contentsOf: writer.bytes)
        case .csv, .tsv:
            var writer = DelimitedWriter(format: format == .csv ? .csv : .tsv)
            if header { writer.row(Self.header) }
            for line in lines {
                writer.row([line.documentID, String(line.position), line.left, line.keyword, line.right, line.category,
                            line.pattern, String(line.negated), String(line.inQuote), String(line.contextHeld)])
            }
            out.append(contentsOf: writer.bytes)
        }
    }

    /// Collapses white space runs (including line breaks) to single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
