import ClimateCore
import Foundation

/// Provenance written on every index row: the lexicon the tags come from and the dedup choice.
public struct IndexProvenance: Sendable, Hashable {
    public var lexicon: String
    public var lexiconVersion: Int
    public var lexiconHash: String
    /// Whether duplicate clusters were counted once.
    public var dedup: Bool

    public init(lexicon: String, lexiconVersion: Int, lexiconHash: String, dedup: Bool) {
        self.lexicon = lexicon; self.lexiconVersion = lexiconVersion; self.lexiconHash = lexiconHash; self.dedup = dedup
    }
}

/// Output format of `mediaclimate index`.
public enum IndexFormat: String, Sendable, Hashable, CaseIterable {
    case csv, jsonl
}

/// Writes index rows as CSV or JSONL with the columns of docs/CODEBOOK.md ("index").
///
/// Column names are Stata-safe (≤ 32 characters, letters, digits and `_`). Undefined values are
/// empty cells in CSV and `null` in JSONL. Numbers are written with up to 17 significant digits.
public enum IndexExport {
    /// The columns, in output order.
    public static let columns = [
        "period", "period_start", "period_end", "group_type", "group", "variant", "n_outlets",
        "n_all", "n_migration", "attention_share", "attention_ci_low", "attention_ci_high",
        "n_threat", "threat_share", "threat_ci_low", "threat_ci_high",
        "n_humanity", "humanity_share", "humanity_ci_low", "humanity_ci_high",
        "n_testimony", "testimony_share", "testimony_ci_low", "testimony_ci_high",
        "threat_hits", "humanity_hits", "tokens", "balance_hits", "balance_articles",
        "log_ratio_balance", "lrb_ci_low", "lrb_ci_high", "density_threat", "density_humanity",
        "deaths_articles", "tolls_reported", "thin", "dedup", "lexicon", "lexicon_version", "lexicon_hash",
    ]

    /// One cell value: text, integer, number (nil = undefined) or boolean.
    enum Value {
        case text(String), integer(Int), number(Double?), flag(Bool)
    }

    /// The values of `row` in ``columns`` order.
    static func values(_ row: IndexRow, _ provenance: IndexProvenance) -> [Value] {
        let c = row.counts
        return [
            .text(row.period.label), .text(row.period.startString), .text(row.period.endString),
            .text(row.groupType.rawValue), .text(row.group), .text(row.variant.rawValue), .integer(row.outlets),
            .integer(c.all), .integer(c.migration), .number(row.attention.value), .number(row.attention.low), .number(row.attention.high),
            .integer(c.threat), .number(row.threatShare.value), .number(row.threatShare.low), .number(row.threatShare.high),
            .integer(c.humanity), .number(row.humanityShare.value), .number(row.humanityShare.low), .number(row.humanityShare.high),
            .integer(c.testimony), .number(row.testimonyShare.value), .number(row.testimonyShare.low), .number(row.testimonyShare.high),
            .integer(c.threatHits), .integer(c.humanityHits), .integer(c.tokens), .number(row.balanceHits), .number(row.balanceArticles),
            .number(row.logRatioBalance.value), .number(row.logRatioBalance.low), .number(row.logRatioBalance.high),
            .number(row.densityThreat), .number(row.densityHumanity), .integer(c.deaths), .integer(c.tolls),
            .flag(row.thin), .flag(provenance.dedup), .text(provenance.lexicon), .integer(provenance.lexiconVersion),
            .text(provenance.lexiconHash),
        ]
    }

    /// The whole table as bytes (CSV with a header line, or one JSON object per line).
    public static func write(_ rows: [IndexRow], provenance: IndexProvenance, format: IndexFormat) -> [UInt8] {
        switch format {
        case .csv:
            var writer = DelimitedWriter(format: .csv)
            writer.row(columns)
            for row in rows {
                writer.row(values(row, provenance).map { value in
                    switch value {
                    case let .text(text): return text
                    case let .integer(number): return String(number)
                    case let .number(number): return number.map(Self.format) ?? ""
                    case let .flag(flag): return flag ? "1" : "0"
                    }
                })
            }
            return writer.bytes
        case .jsonl:
            var writer = JSONWriter(capacity: rows.count * 900)
            for row in rows {
                writer.beginObject()
                for (name, value) in zip(columns, values(row, provenance)) {
                    writer.key(name)
                    switch value {
                    case let .text(text): writer.string(text)
                    case let .integer(number): writer.int(number)
                    case let .number(number): if let number { writer.double(number) } else { writer.null() }
                    case let .flag(flag): writer.bool(flag)
                    }
                }
                writer.endObject()
                writer.newline()
            }
            return writer.bytes
        }
    }

    /// Shortest round-trip text of a finite number; empty for NaN or infinity.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
