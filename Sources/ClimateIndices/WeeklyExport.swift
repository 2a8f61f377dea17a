import Foundation

/// One row of the long/tidy export: one (week, outlet, metric) with its interval and denominator.
public struct TidyRow: Sendable, Hashable {
    public var week: ISOWeek
    public var outlet: String
    public var metric: String
    public var value: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    /// The denominator: all articles for `attention_share`, migration articles otherwise.
    public var articles: Int
}

/// The long/tidy export shape of the weekly indices (`expected_long_tidy.csv`).
public enum WeeklyExport {
    /// The metrics in export order.
    public static let metrics = ["attention_share", "threat_per_1000_tokens", "humanity_per_1000_tokens",
                                 "share_threat", "share_humanity", "balance_hits"]

    /// The pooled `ALL` rows in week order, then the per-outlet rows (week, then outlet name);
    /// metrics in `metrics` order within each group.
    public static func tidyRows(_ indices: WeeklyIndices) -> [TidyRow] {
        (indices.pooled + indices.byOutlet).flatMap { group in metrics.map { row(group, metric: $0) } }
    }

    /// CSV text of `rows` with the header of `expected_long_tidy.csv` (12 decimals, empty = null).
    public static func tidyCSV(_ rows: [TidyRow]) -> String {
        var text = "week_start,iso_year,iso_week,outlet,metric,value,ci_low,ci_high,n_articles\n"
        for row in rows {
            let cells = [row.week.weekStart, String(row.week.isoYear), String(row.week.week), row.outlet, row.metric,
                         format(row.value), format(row.ciLow), format(row.ciHigh), String(row.articles)]
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// `%.12f`, or empty for nil.
    public static func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.12f", value)
    }

    private static func row(_ group: WeeklyIndexRow, metric: String) -> TidyRow {
        let (value, interval): (Double?, ProportionInterval?) = switch metric {
        case "attention_share": (group.attentionShare, group.attentionShareWilson)
        case "threat_per_1000_tokens": (group.threatPer1000Tokens, nil)
        case "humanity_per_1000_tokens": (group.humanityPer1000Tokens, nil)
        case "share_threat": (group.shareThreat, group.shareThreatWilson)
        case "share_humanity": (group.shareHumanity, group.shareHumanityWilson)
        default: (group.balanceHits, nil)
        }
        return TidyRow(week: group.week, outlet: group.outlet, metric: metric, value: value, ciLow: interval?.low,
                       ciHigh: interval?.high,
                       articles: metric == "attention_share" ? group.articlesAll : group.articlesMigration)
    }
}
