import ClimateIndices
import Foundation
import GRDB

/// Evidence passages, tolls, testimonies and rejects of one week.
extension ReportStore {
    /// Citation fields and text of the given articles.
    func articles(_ ids: [String], names: [String: String]) throws(ReportError) -> [String: (ArticleCitation, String)] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try read { db in
            var result: [String: (ArticleCitation, String)] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT id, outlet_id, url, title, substr(published, 1, 10) AS day, text FROM articles WHERE id IN (\(marks))",
                                        arguments: StatementArguments(ids))
            for row in rows {
                let outlet: String = row["outlet_id"] ?? "unknown"
                let citation = ArticleCitation(articleID: row["id"], outlet: names[outlet] ?? outlet, date: row["day"] ?? "",
                                               url: row["url"], title: row["title"])
                result[row["id"]] = (citation, row["text"] ?? "")
            }
            return result
        }
    }

    /// For each article, the first counted hit (not negated, context held; unquoted first) of `frame`.
    func firstHits(_ ids: [String], frame: String, lexicon: LexiconRef) throws(ReportError) -> [String: (String, Int, Int)] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let values: [DatabaseValue] = [lexicon.name.databaseValue, lexicon.version.databaseValue] + ids.map(\.databaseValue)
            + [(frame + ".%").databaseValue]
        return try read { db in
            var result: [String: (String, Int, Int)] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT article_id, category, span_start, span_end FROM hits
                WHERE lexicon = ? AND lexicon_version = ? AND article_id IN (\(marks)) AND category LIKE ?
                  AND negated = 0 AND context_held = 1
                ORDER BY article_id, in_quote, seq
                """, arguments: StatementArguments(values))
            for row in rows where result[row["article_id"]] == nil {
                result[row["article_id"]] = (row["category"], row["span_start"], row["span_end"])
            }
            return result
        }
    }

    /// Tolls reported by articles among `ids` (largest first, at most `limit`).
    func tolls(_ ids: Set<String>, lexicon: LexiconRef, names: [String: String], limit: Int) throws(ReportError) -> [TollItem] {
        let rows = try evidenceRows(table: "tolls", columns: "value, hedge, scope, evidence_start, evidence_end", ids: ids, lexicon: lexicon)
            .sorted { ($1.ints[0], $0.articleID, $0.seq) < ($0.ints[0], $1.articleID, $1.seq) }
        let chosen = Array(rows.prefix(limit))
        let texts = try articles(Array(Set(chosen.map(\.articleID))).sorted(), names: names)
        return chosen.compactMap { row in
            guard let (citation, text) = texts[row.articleID] else { return nil }
            return TollItem(value: row.ints[0], hedge: row.texts[0], scope: row.texts[1],
                            sentence: Passage.slice(text, row.ints[1], row.ints[2]), article: citation)
        }
    }

    /// Testimonies of articles among `ids` (one per article, at most `limit`, by date then article).
    func testimonies(_ ids: Set<String>, lexicon: LexiconRef, names: [String: String], limit: Int) throws(ReportError) -> [TestimonyItem] {
        let rows = try evidenceRows(table: "testimonies", columns: "kind, quoted, span_start, span_end, speaker_start, speaker_end",
                                    ids: ids, lexicon: lexicon).sorted { ($0.articleID, $0.seq) < ($1.articleID, $1.seq) }
        var seen = Set<String>(), chosen: [EvidenceRow] = []
        for row in rows where !seen.contains(row.articleID) {
            seen.insert(row.articleID)
            chosen.append(row)
        }
        let texts = try articles(chosen.map(\.articleID), names: names)
        let items = chosen.compactMap { row -> TestimonyItem? in
            guard let (citation, text) = texts[row.articleID] else { return nil }
            // ints: quoted, span_start, span_end, speaker_start (-1 = none), speaker_end
            let speaker = row.ints[3] >= 0 ? Passage.slice(text, row.ints[3], row.ints[4]) : nil
            return TestimonyItem(kind: row.texts[0], quoted: row.ints[0] != 0, speaker: speaker,
                                 passage: Passage.slice(text, row.ints[1], row.ints[2], maxLength: 280), article: citation)
        }.sorted { ($0.article.date, $0.article.articleID) < ($1.article.date, $1.article.articleID) }
        return Array(items.prefix(limit))
    }

    /// A row of `tolls` or `testimonies`: text columns and integer columns in select order.
    struct EvidenceRow: Sendable {
        var articleID: String
        var seq: Int
        var texts: [String]
        var ints: [Int]
    }

    private func evidenceRows(table: String, columns: String, ids: Set<String>, lexicon: LexiconRef) throws(ReportError) -> [EvidenceRow] {
        guard !ids.isEmpty else { return [] }
        let sorted = ids.sorted()
        var all: [EvidenceRow] = []
        for chunk in stride(from: 0, to: sorted.count, by: 500) {
            let part = Array(sorted[chunk..<min(chunk + 500, sorted.count)])
            let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
            let values: [DatabaseValue] = [lexicon.name.databaseValue, lexicon.version.databaseValue] + part.map(\.databaseValue)
            all += try read { db in
                try Row.fetchAll(db, sql: "SELECT article_id, seq, \(columns) FROM \(table) WHERE lexicon = ? AND lexicon_version = ? AND article_id IN (\(marks))",
                                 arguments: StatementArguments(values)).map { row in
                    var texts: [String] = [], ints: [Int] = []
                    for (column, value) in row where column != "article_id" && column != "seq" {
                        switch value.storage {
                        case let .string(text): texts.append(text)
                        case let .int64(number): ints.append(Int(number))
                        case .null: ints.append(-1)
                        default: ints.append(0)
                        }
                    }
                    return EvidenceRow(articleID: row["article_id"], seq: row["seq"], texts: texts, ints: ints)
                }
            }
        }
        return all
    }

    /// Rejects per stage: all of them, and those recorded by runs started on days `fromDay ..< toDay`.
    func rejects(fromDay: Int, toDay: Int) throws(ReportError) -> (week: [String: Int], total: [String: Int]) {
        let from = Self.dayString(fromDay), to = Self.dayString(toDay)
        return try read { db in
            var week: [String: Int] = [:], total: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT stage, COUNT(*) AS n FROM rejects GROUP BY stage") { total[row["stage"]] = row["n"] }
            for row in try Row.fetchAll(db, sql: """
                SELECT stage, COUNT(*) AS n FROM rejects WHERE last_run_id IN
                (SELECT id FROM runs WHERE started >= ? AND started < ?) GROUP BY stage
                """, arguments: [from, to]) { week[row["stage"]] = row["n"] }
            return (week, total)
        }
    }
}

/// Cutting passages out of article text by UTF-8 byte offsets.
enum Passage {
    /// The text of bytes `start ..< end` (clamped, snapped to character boundaries, one line).
    static func slice(_ text: String, _ start: Int, _ end: Int, maxLength: Int = 400) -> String {
        let utf8 = Array(text.utf8)
        var s = max(0, min(start, utf8.count)), e = max(s, min(end, utf8.count))
        while s > 0, s < utf8.count, utf8[s] & 0xC0 == 0x80 { s -= 1 }
        while e < utf8.count, utf8[e] & 0xC0 == 0x80 { e += 1 }
        var out = oneLine(String(decoding: utf8[s..<e], as: UTF8.self))
        if out.count > maxLength { out = String(out.prefix(maxLength - 1)) + "…" }
        return out
    }

    /// Keyword in context: about `width` characters either side of bytes `start ..< end`, cut at spaces.
    static func kwic(_ text: String, _ start: Int, _ end: Int, width: Int = 90) -> (String, String, String) {
        let utf8 = Array(text.utf8)
        let keyword = slice(text, start, end)
        let leftBytes = String(decoding: utf8[0..<max(0, min(start, utf8.count))], as: UTF8.self)
        let rightBytes = String(decoding: utf8[max(0, min(end, utf8.count))...], as: UTF8.self)
        var left = oneLine(String(leftBytes.suffix(width))), right = oneLine(String(rightBytes.prefix(width)))
        if leftBytes.count > width, let space = left.firstIndex(of: " ") { left = "…" + left[left.index(after: space)...] }
        if rightBytes.count > width, let space = right.lastIndex(of: " ") { right = right[..<space] + "…" }
        return (left, keyword, right)
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
