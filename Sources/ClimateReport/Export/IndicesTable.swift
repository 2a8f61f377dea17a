import ClimateCore

/// The tidy and wide shapes of the weekly indices (ANALYSIS.md §4.5 `indices_long.csv`).
public enum IndicesTable {
    /// Tidy columns: one row per (week, unit, metric).
    public static let tidyColumns = [
        "week_start", "iso_year", "iso_week", "unit_type", "unit_id", "metric", "value", "ci_low", "ci_high", "ci_method",
        "numerator", "denominator", "n_articles", "n_articles_all", "n_tokens", "threat_hits", "humanity_hits",
        "smoothing", "low_n_flag", "lexicon", "lexicon_version", "lexicon_hash", "tool_version",
    ]

    /// Rows in the given order, metrics in ``IndexRow/metrics`` order.
    public static func tidy(_ rows: [IndexRow], lexicon: LexiconRef?) -> ExportTable {
        var table = ExportTable(columns: tidyColumns, digits: 6)
        for row in rows {
            for metric in IndexRow.metrics {
                let estimate = row.estimate(metric)
                let base = common(row)
                var values: [ExportValue] = Array(base.prefix(5))
                values.append(.text(metric))
                values.append(estimate.map { .double($0.value) } ?? .null)
                values.append(estimate?.low.map { .double($0) } ?? .null)
                values.append(estimate?.high.map { .double($0) } ?? .null)
                values.append(.text(estimate?.method ?? "none"))
                values.append(estimate.map { .int($0.numerator) } ?? .null)
                values.append(estimate.map { .int($0.denominator) } ?? .null)
                values += base.suffix(from: 5)
                values += [.text("none"), .bool(row.lowN)]
                values += versions(lexicon)
                table.rows.append(values)
            }
        }
        return table
    }

    /// Wide columns: one row per (week, unit), each metric with its interval.
    public static var wideColumns: [String] {
        ["week_start", "iso_year", "iso_week", "unit_type", "unit_id", "n_articles", "n_articles_all", "n_tokens", "threat_hits",
         "humanity_hits"] + IndexRow.metrics.flatMap { [$0, $0 + "_lo", $0 + "_hi"] }
            + ["low_n_flag", "lexicon", "lexicon_version", "lexicon_hash", "tool_version"]
    }

    /// The wide shape of `rows`.
    public static func wide(_ rows: [IndexRow], lexicon: LexiconRef?) -> ExportTable {
        var table = ExportTable(columns: wideColumns, digits: 6)
        for row in rows {
            var values = common(row)
            for metric in IndexRow.metrics {
                let estimate = row.estimate(metric)
                values += [estimate.map { .double($0.value) } ?? .null, estimate?.low.map { .double($0) } ?? .null,
                           estimate?.high.map { .double($0) } ?? .null]
            }
            table.rows.append(values + [.bool(row.lowN)] + versions(lexicon))
        }
        return table
    }

    static func common(_ row: IndexRow) -> [ExportValue] {
        [.text(row.week.weekStart), .int(row.week.isoYear), .int(row.week.week), .text(row.unitType.rawValue), .text(row.unitID),
         .int(row.counts.articlesMigration), .int(row.counts.articlesAll), .int(row.counts.tokens), .int(row.counts.threatHits),
         .int(row.counts.humanityHits)]
    }

    static func versions(_ lexicon: LexiconRef?) -> [ExportValue] {
        [lexicon.map { .text($0.name) } ?? .null, lexicon.map { .int($0.version) } ?? .null,
         lexicon.map { .text($0.hash) } ?? .null, .text(ToolVersion.current)]
    }
}
