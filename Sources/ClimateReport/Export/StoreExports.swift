import ClimateCore
import ClimateIndices
import GRDB

/// The SQL and column conversion of the store-backed exports (articles, tags, hits, tolls).
struct StoreExports: Sendable {
    var columns: [String]
    var sql: String
    var arguments: [any DatabaseValueConvertible & Sendable]
    var convert: @Sendable (Row) -> [ExportValue]

    static let articleColumns = [
        "article_id", "url", "canonical_url", "outlet_id", "outlet", "country", "language", "published", "iso_year", "iso_week",
        "week_start", "title", "is_article", "tokens", "is_migration", "threat", "humanity", "dominant", "testimony", "deaths",
        "threat_hits", "humanity_hits", "reported_deaths", "cluster_id", "is_duplicate", "lexicon", "lexicon_version", "lexicon_hash",
    ]
    static let tagColumns = [
        "article_id", "outlet_id", "published", "lexicon", "lexicon_version", "lexicon_hash", "migration_relevant", "threat",
        "threat_quoted_only", "humanity", "dominant", "testimony", "testimony_kind", "deaths", "density_threat", "density_humanity",
    ]
    static let hitColumns = [
        "article_id", "outlet_id", "published", "lexicon", "lexicon_version", "lexicon_hash", "seq", "category", "frame", "entry",
        "keyword", "span_start", "span_end", "sentence", "negated", "in_quote", "context_held",
    ]
    static let tollColumns = [
        "article_id", "outlet_id", "published", "lexicon", "lexicon_version", "lexicon_hash", "seq", "value", "hedge", "scope",
        "toll_text", "evidence", "span_start", "span_end", "evidence_start", "evidence_end",
    ]

    /// The query for `kind` (not `indices` or `events`).
    static func query(_ kind: ExportKind, store: ReportStore, options: ExportOptions) throws(ReportError) -> StoreExports {
        var filters: [String] = [], arguments: [any DatabaseValueConvertible & Sendable] = []
        if let from = options.fromDay { filters.append("a.published >= ?"); arguments.append(ReportStore.dayString(from)) }
        if let to = options.toDay { filters.append("a.published < ?"); arguments.append(ReportStore.dayString(to + 1)) }
        let lexicon = options.lexicon == nil && kind != .articles ? nil : try store.selectLexicon(options.lexicon)
        var tagJoin = "t.article_id = a.id"
        if lexicon != nil { tagJoin += " AND t.lexicon = ? AND t.lexicon_version = ?" }
        let lexiconArguments: [any DatabaseValueConvertible & Sendable] = lexicon.map { [$0.name, $0.version] } ?? []
        let whereClause = filters.isEmpty ? "" : " WHERE " + filters.joined(separator: " AND ")
        switch kind {
        case .articles:
            let sql = """
                SELECT a.id, a.url, a.canonical_url, a.outlet_id, o.name AS outlet, o.country, a.language, a.published, a.title,
                       a.is_article, a.token_count, a.cluster_id, c.representative_article_id AS rep, t.migration_relevant, t.threat,
                       t.humanity, t.dominant, t.testimony, t.deaths, t.density_threat, t.density_humanity, t.lexicon,
                       t.lexicon_version, t.lexicon_hash,
                       CASE WHEN t.deaths THEN (SELECT MAX(l.value) FROM tolls l WHERE l.article_id = a.id AND l.lexicon = t.lexicon
                            AND l.lexicon_version = t.lexicon_version) END AS toll
                FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN tags t ON \(tagJoin)
                LEFT JOIN clusters c ON c.id = a.cluster_id\(whereClause) ORDER BY a.published, a.id
                """
            return StoreExports(columns: articleColumns, sql: sql, arguments: lexiconArguments + arguments, convert: article)
        case .tags:
            let sql = """
                SELECT t.*, a.outlet_id, a.published FROM tags t JOIN articles a ON \(tagJoin)\(whereClause)
                ORDER BY a.published, t.article_id, t.lexicon, t.lexicon_version
                """
            return StoreExports(columns: tagColumns, sql: sql, arguments: lexiconArguments + arguments) { row in
                [text(row, "article_id"), text(row, "outlet_id"), published(row)]
                    + [text(row, "lexicon"), int(row, "lexicon_version"), text(row, "lexicon_hash"), bool(row, "migration_relevant"),
                       bool(row, "threat"), bool(row, "threat_quoted_only"), bool(row, "humanity"), text(row, "dominant"),
                       bool(row, "testimony"), text(row, "testimony_kind"), bool(row, "deaths"), double(row, "density_threat"),
                       double(row, "density_humanity")]
            }
        case .hits, .tolls:
            let table = kind == .hits ? "hits" : "tolls"
            let extra = kind == .hits
                ? "CAST(substr(CAST(a.text AS BLOB), x.span_start + 1, x.span_end - x.span_start) AS TEXT) AS keyword"
                : "CAST(substr(CAST(a.text AS BLOB), x.span_start + 1, x.span_end - x.span_start) AS TEXT) AS toll_text, "
                    + "CAST(substr(CAST(a.text AS BLOB), x.evidence_start + 1, x.evidence_end - x.evidence_start) AS TEXT) AS evidence"
            let sql = """
                SELECT x.*, t.lexicon_hash, a.outlet_id, a.published, \(extra)
                FROM \(table) x JOIN tags t ON t.article_id = x.article_id AND t.lexicon = x.lexicon AND t.lexicon_version = x.lexicon_version
                JOIN articles a ON \(tagJoin)\(whereClause)
                ORDER BY a.published, x.article_id, x.lexicon, x.lexicon_version, x.seq
                """
            if kind == .hits {
                return StoreExports(columns: hitColumns, sql: sql, arguments: lexiconArguments + arguments) { row in
                    let category: String = row["category"] ?? ""
                    return [text(row, "article_id"), text(row, "outlet_id"), published(row), text(row, "lexicon"), int(row, "lexicon_version"),
                            text(row, "lexicon_hash"), int(row, "seq"), .text(category),
                            .text(String(category.split(separator: ".").first ?? "")), text(row, "entry"), text(row, "keyword"),
                            int(row, "span_start"), int(row, "span_end"), int(row, "sentence"), bool(row, "negated"),
                            bool(row, "in_quote"), bool(row, "context_held")]
                }
            }
            return StoreExports(columns: tollColumns, sql: sql, arguments: lexiconArguments + arguments) { row in
                [text(row, "article_id"), text(row, "outlet_id"), published(row), text(row, "lexicon"), int(row, "lexicon_version"),
                 text(row, "lexicon_hash"), int(row, "seq"), int(row, "value"), text(row, "hedge"), text(row, "scope"),
                 .text(Passage.oneLine(row["toll_text"] ?? "")), .text(Passage.oneLine(row["evidence"] ?? "")),
                 int(row, "span_start"), int(row, "span_end"), int(row, "evidence_start"), int(row, "evidence_end")]
            }
        case .indices, .events:
            throw .unsupported("internal: \(kind.rawValue) is not a store query")
        }
    }

    static func article(_ row: Row) -> [ExportValue] {
        let id: String = row["id"], tokens: Int? = row["token_count"]
        let day: String? = row["published"]
        let week = day.flatMap { ISOWeek(dateString: $0) }
        let tagged = (row["lexicon"] as String?) != nil
        func hits(_ column: String) -> ExportValue {
            guard tagged, let density: Double = row[column] else { return .null }
            return .int(Int((density * Double(tokens ?? 0) / 1000).rounded()))
        }
        let cluster: String? = row["cluster_id"], representative: String? = row["rep"]
        return [.text(id), text(row, "url"), text(row, "canonical_url"), text(row, "outlet_id"), text(row, "outlet"),
                text(row, "country"), text(row, "language"), published(row),
                week.map { .int($0.isoYear) } ?? .null, week.map { .int($0.week) } ?? .null, week.map { .text($0.weekStart) } ?? .null,
                text(row, "title"), bool(row, "is_article"), tokens.map { .int($0) } ?? .null, bool(row, "migration_relevant"),
                bool(row, "threat"), bool(row, "humanity"), text(row, "dominant"), bool(row, "testimony"), bool(row, "deaths"),
                hits("density_threat"), hits("density_humanity"), tagged ? .int(row["toll"] ?? 0) : .null, cluster.map { .text($0) } ?? .null,
                .bool(cluster != nil && representative != nil && representative != id),
                text(row, "lexicon"), int(row, "lexicon_version"), text(row, "lexicon_hash")]
    }

    static func text(_ row: Row, _ column: String) -> ExportValue { (row[column] as String?).map { .text($0) } ?? .null }
    static func int(_ row: Row, _ column: String) -> ExportValue { (row[column] as Int?).map { .int($0) } ?? .null }
    static func double(_ row: Row, _ column: String) -> ExportValue { (row[column] as Double?).map { .double($0) } ?? .null }
    static func bool(_ row: Row, _ column: String) -> ExportValue { (row[column] as Bool?).map { .bool($0) } ?? .null }

    /// `published` as ISO 8601 UTC (`2024-05-13T08:00:00Z`).
    static func published(_ row: Row) -> ExportValue {
        guard let stored: String = row["published"], stored.count >= 19 else { return .null }
        return .text(String(stored.prefix(10)) + "T" + String(stored.dropFirst(11).prefix(8)) + "Z")
    }
}
