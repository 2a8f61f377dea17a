import ClimateCore
import Foundation

/// Which table `mediaclimate milestones --format csv` writes (JSON holds all three).
public enum MilestoneTable: String, Sendable, Hashable, CaseIterable {
    case windows, changepoints, ccf
}

/// Writes a ``MilestoneReport`` as CSV (one table) or JSON (all tables plus a `meta` block).
public enum MilestoneExport {
    /// Columns of the `windows` table (one row per milestone).
    public static let windowColumns = [
        "milestone_id", "date", "kind", "country", "verified", "metric", "unit", "event_period", "status",
        "n_pre", "n_post", "mean_pre", "mean_post", "diff", "welch_t", "welch_df", "welch_p", "mwu_u", "mwu_p",
        "mwu_p_exact", "perm_p", "hedges_g", "level_change", "level_se_hac", "level_p_hac", "slope_change",
        "slope_se_hac", "slope_p_hac", "hac_maxlags", "nearest_break", "break_lag",
    ]
    /// Columns of the `changepoints` table (one row per PELT break).
    public static let changePointColumns = [
        "metric", "unit", "method", "penalty", "break_period", "break_start", "mean_before", "mean_after",
        "nearest_milestone", "lag",
    ]
    /// Columns of the `ccf` table (one row per lag k ≥ 0).
    public static let ccfColumns = ["metric", "unit", "lag", "ccf_metric_on_events", "ccf_events_on_metric", "band95"]

    /// The window rows' cells (empty = undefined).
    static func windowCells(_ w: MilestoneWindow, _ report: MilestoneReport) -> [String] {
        let c = w.comparison, s = w.segmented
        let level = s?.hac.first { $0.name == "post" }, slope = s?.hac.first { $0.name == "time_since" }
        return [
            w.milestone.id, w.milestone.date, w.milestone.kind.rawValue, w.milestone.country, w.milestone.verified.rawValue,
            report.series.metric.rawValue, report.series.unit.rawValue, w.eventPeriod.label, w.status,
            String(w.pre.count), String(w.post.count), number(c?.meanPre), number(c?.meanPost), number(c?.diffPostMinusPre),
            number(c?.welch.t), number(c?.welch.df), number(c?.welch.pTwoSided), number(c?.mannWhitneyAsymptotic.uPost),
            number(c?.mannWhitneyAsymptotic.pTwoSided), number(c?.mannWhitneyExact.pTwoSided), number(c?.permutation?.pTwoSided),
            number(c?.hedgesG), number(level?.coef), number(level?.se), number(level?.p), number(slope?.coef), number(slope?.se),
            number(slope?.p), s.map { String($0.maxlags) } ?? "", w.nearestBreak?.label ?? "", w.breakLag.map(String.init) ?? "",
        ]
    }

    /// CSV text of one table.
    public static func csv(_ report: MilestoneReport, table: MilestoneTable) -> [UInt8] {
        var writer = DelimitedWriter(format: .csv)
        let metric = report.series.metric.rawValue, unit = report.series.unit.rawValue
        switch table {
        case .windows:
            writer.row(windowColumns)
            for w in report.windows { writer.row(windowCells(w, report)) }
        case .changepoints:
            writer.row(changePointColumns)
            for link in report.changePoints {
                writer.row([metric, unit, "pelt_l2", number(report.penalty), link.period.label, link.period.startString,
                            number(link.meanBefore), number(link.meanAfter), link.nearestMilestone ?? "", link.lag.map(String.init) ?? ""])
            }
        case .ccf:
            writer.row(ccfColumns)
            if let ccf = report.ccf {
                for k in ccf.yOnX.indices {
                    writer.row([metric, unit, String(k), number(ccf.yOnX[k]), number(ccf.xOnY[k]), number(ccf.band95)])
                }
            }
        }
        return writer.bytes
    }

    /// JSON: `meta`, `milestones` (window rows as objects), `changepoints`, `ccf`.
    public static func json(_ report: MilestoneReport, provenance: IndexProvenance?) -> [UInt8] {
        var w = JSONWriter(capacity: 64 * 1024)
        w.beginObject()
        w.key("meta"); w.beginObject()
        w.key("metric"); w.string(report.series.metric.rawValue)
        w.key("unit"); w.string(report.series.unit.rawValue)
        w.key("window"); w.int(report.options.window)
        w.key("penalty"); w.double(report.penalty)
        w.key("min_size"); w.int(report.options.minSize)
        w.key("jump"); w.int(1)
        w.key("periods"); w.int(report.series.values.count)
        w.field("first_period", report.series.periods.first?.label)
        w.field("last_period", report.series.periods.last?.label)
        if let provenance {
            w.key("lexicon"); w.string(provenance.lexicon)
            w.key("lexicon_version"); w.int(provenance.lexiconVersion)
            w.key("lexicon_hash"); w.string(provenance.lexiconHash)
            w.key("dedup"); w.bool(provenance.dedup)
        }
        w.endObject()
        w.key("milestones"); w.beginArray()
        for window in report.windows { object(&w, windowColumns, windowCells(window, report)) }
        w.endArray()
        w.key("changepoints"); w.beginArray()
        for link in report.changePoints {
            w.beginObject()
            w.key("break_period"); w.string(link.period.label)
            w.key("break_start"); w.string(link.period.startString)
            w.key("mean_before"); w.double(link.meanBefore)
            w.key("mean_after"); w.double(link.meanAfter)
            w.key("nearest_milestone"); if let id = link.nearestMilestone { w.string(id) } else { w.null() }
            w.key("lag"); if let lag = link.lag { w.int(lag) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("ccf")
        if let ccf = report.ccf {
            w.beginObject()
            w.key("x"); w.string("milestones_per_period")
            w.key("ccf_metric_on_events"); w.beginArray(); for v in ccf.yOnX { w.double(v) }; w.endArray()
            w.key("ccf_events_on_metric"); w.beginArray(); for v in ccf.xOnY { w.double(v) }; w.endArray()
            w.key("argmax_abs_lag"); w.int(ccf.argmaxAbsYOnX)
            w.key("band95"); w.double(ccf.band95)
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// One object from column names and CSV cells: numeric cells become numbers, empty ones null.
    static func object(_ w: inout JSONWriter, _ names: [String], _ cells: [String]) {
        let textual: Set<String> = ["milestone_id", "date", "kind", "country", "verified", "metric", "unit", "event_period",
                                    "status", "nearest_break"]
        w.beginObject()
        for (name, cell) in zip(names, cells) {
            w.key(name)
            if cell.isEmpty { w.null() } else if textual.contains(name) { w.string(cell) } else if let value = Double(cell) { w.double(value) } else { w.string(cell) }
        }
        w.endObject()
    }

    static func number(_ value: Double?) -> String { value.map(IndexExport.format) ?? "" }
}
