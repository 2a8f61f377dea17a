import Foundation
@testable import ClimateText

/// Renders the actual output of the text core in the golden-file format.
///
/// - `tok`: `tokens: a | b{num} | c-d[c,d]` (kind tags `{num}` `{url}` `{mail}` `{tag}` `{at}` `{eli}`;
///   words and punctuation have none; a hyphenated word lists its parts in brackets) and
///   `folded: a | b | c-d` (the matching keys).
/// - `sent`: `sentences:` and one `  [p<paragraph>] <sentence text>` line per sentence.
/// - `quote`: per quote `quote: depth=<d> open=<mark> close=<mark or none> | <content>` and the
///   speaker/speech-verb windows `  before: <text>` and `  after: <text>` (`(none)` when empty);
///   `quotes: none` when the text has no quotation.
enum GoldenRender {
    static func lines(_ kind: GoldenCase.Kind, text: String, language: String) -> [String] {
        let analysis = TextAnalysis(text: text, language: language)
        switch kind {
        case .tok: return tokens(analysis.tokenized)
        case .sent: return sentences(analysis)
        case .quote: return quotes(analysis)
        }
    }

    static func tag(_ kind: TokenKind) -> String {
        switch kind {
        case .word, .punctuation: ""
        case .number: "{num}"
        case .url: "{url}"
        case .email: "{mail}"
        case .hashtag: "{tag}"
        case .mention: "{at}"
        case .elision: "{eli}"
        }
    }

    static func tokens(_ t: TokenizedText) -> [String] {
        var surfaces: [String] = []
        var folded: [String] = []
        for i in t.tokens.indices {
            var s = GoldenFile.escape(t.surface(i)) + tag(t.tokens[i].kind)
            if t.tokens[i].isHyphenated {
                s += "[" + t.parts(of: i).map { GoldenFile.escape(t.slice($0.range)) }.joined(separator: ",") + "]"
            }
            surfaces.append(s)
            folded.append(GoldenFile.escape(t.foldedForm(i)))
        }
        return ["tokens: " + surfaces.joined(separator: " | "), "folded: " + folded.joined(separator: " | ")]
    }

    static func sentences(_ a: TextAnalysis) -> [String] {
        ["sentences:"] + a.sentences.map { "  [p\($0.paragraph)] " + GoldenFile.escape(a.tokenized.slice($0.bytes)) }
    }

    static func quotes(_ a: TextAnalysis) -> [String] {
        let t = a.tokenized
        guard !a.quotes.isEmpty else { return ["quotes: none"] }
        var out: [String] = []
        for q in a.quotes {
            let close = q.close.map { t.surface($0) } ?? "none"
            out.append("quote: depth=\(q.depth) open=\(t.surface(q.open)) close=\(close) | " + GoldenFile.escape(t.slice(q.bytes)))
            out.append("  before: " + window(t, q.before))
            out.append("  after: " + window(t, q.after))
        }
        return out
    }

    static func window(_ t: TokenizedText, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "(none)" }
        return GoldenFile.escape(t.slice(Int(t.tokens[range.lowerBound].start)..<Int(t.tokens[range.upperBound - 1].end)))
    }
}
