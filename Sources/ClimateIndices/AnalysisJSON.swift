import ClimateCore
import Foundation

/// JSON documents of the `analyze` results, with the field names of
/// `analysis-reference/*/expected.json` where they overlap. Written with `JSONWriter`.
public enum AnalysisJSON {
    static let caveat = "exploratory, not causal"

    /// `analyze window` (fields of `prepost_tests/expected.json` per series).
    public static func window(_ r: WindowComparison, request: AnalysisRequest, eventIndex: Int) -> String {
        var w = header("window", request)
        w.field("event_index", eventIndex); w.field("window", request.window)
        w.number("mean_pre", r.meanPre); w.number("mean_post", r.meanPost)
        w.number("diff_post_minus_pre", r.diffPostMinusPre); w.number("sd_pre", r.sdPre); w.number("sd_post", r.sdPost)
        for (name, t) in [("welch", r.welch), ("student", r.student)] {
            w.key(name); w.beginObject()
            w.number("t", t.t); w.number("df", t.df); w.number("p_two_sided", t.pTwoSided)
            w.endObject()
        }
        w.key("mann_whitney"); w.beginObject()
        for (name, m) in [("exact", r.mannWhitneyExact), ("asymptotic", r.mannWhitneyAsymptotic),
                          ("asymptotic_no_continuity", r.mannWhitneyAsymptoticNoContinuity)] {
            w.key(name); w.beginObject(); w.number("U_post", m.uPost); w.number("p_two_sided", m.pTwoSided); w.endObject()
        }
        w.endObject()
        if let p = r.permutation {
            w.key("permutation_exact_diff_means"); w.beginObject()
            w.number("diff_means", p.diffMeans); w.number("p_two_sided", p.pTwoSided); w.field("n_permutations", p.permutations)
            w.endObject()
        }
        w.key("effect_size"); w.beginObject(); w.number("cohen_d", r.cohenD); w.number("hedges_g", r.hedgesG); w.endObject()
        return finish(&w)
    }

    /// `analyze segmented` (fields of `its_segmented_regression/expected.json`).
    public static func segmented(_ r: SegmentedRegressionResult, request: AnalysisRequest) -> String {
        var w = header("segmented", request)
        w.field("event_index", r.eventIndex); w.field("n", r.observations)
        coefficients(&w, "ols", r.ols)
        w.number("r_squared", r.rSquared); w.number("adj_r_squared", r.adjRSquared)
        w.number("sigma2_resid", r.sigma2Resid); w.number("df_resid", r.dfResid); w.number("durbin_watson", r.durbinWatson)
        coefficients(&w, "hac_maxlags\(r.maxlags)_use_correction_default", r.hac)
        coefficients(&w, "hac_maxlags\(r.maxlags)_use_correction_true", r.hacCorrected)
        w.key("effect_at_last_week"); w.beginObject()
        w.field("t", r.lastT); w.field("weeks_since_event", r.weeksSinceEvent); w.number("estimate", r.effectAtLastWeek)
        w.endObject()
        w.number("pre_slope", r.preSlope); w.number("post_slope", r.postSlope)
        return finish(&w)
    }

    /// `analyze changepoints` (fields of `changepoint_pelt/expected.json`'s PELT entries).
    public static func changepoints(_ r: Segmentation, options: ChangePointOptions, request: AnalysisRequest, times: [String]?) -> String {
        var w = header("changepoints", request)
        w.number("penalty", options.penalty); w.field("jump", options.jump); w.field("min_size", options.minSize)
        w.key("breakpoints"); w.beginArray(); for b in r.breakpoints { w.int(b) }; w.endArray()
        if let times {
            w.field("segment_start_times", strings: ([0] + r.breakpoints.dropLast()).map { times[$0] })
        }
        w.number("sum_segment_costs", r.sumSegmentCosts)
        w.number("penalized_objective_K_times_pen", r.penalizedObjective)
        w.key("segment_means"); w.beginArray(); for m in r.segmentMeans { w.double(m) }; w.endArray()
        return finish(&w)
    }

    /// `analyze ccf` (fields of `leadlag_ccf_granger/expected.json`).
    public static func ccf(_ c: CrossCorrelationResult, granger: [GrangerLagResult], adfX: ADFResult, adfY: ADFResult,
                           request: AnalysisRequest) -> String {
        var w = header("ccf", request)
        w.field("x_column", request.xColumn)
        for (name, values) in [("ccf_y_leads_by_k_on_x", c.yOnX), ("ccf_x_leads_by_k_on_y", c.xOnY)] {
            w.key(name); w.beginObject()
            for (k, v) in values.enumerated() { w.number(String(k), v) }
            w.endObject()
        }
        w.field("argmax_abs_ccf_y_on_x", c.argmaxAbsYOnX); w.number("band95", c.band95)
        w.key("granger_x_causes_y"); w.beginObject()
        for g in granger {
            w.key(String(g.lag)); w.beginObject()
            w.key("ssr_ftest"); w.beginObject()
            w.number("F", g.f); w.number("p", g.fP); w.number("df_denom", g.dfDenom); w.field("df_num", g.dfNum); w.endObject()
            w.key("ssr_chi2test"); w.beginObject(); w.number("chi2", g.chi2); w.number("p", g.chi2P); w.endObject()
            w.key("lrtest"); w.beginObject(); w.number("chi2", g.lr); w.number("p", g.lrP); w.endObject()
            w.endObject()
        }
        w.endObject()
        for (name, a) in [("adf_x", adfX), ("adf_y", adfY)] {
            w.key(name); w.beginObject()
            w.number("stat", a.stat); w.number("p", a.p); w.field("usedlag", a.usedLag); w.field("nobs", a.nobs)
            w.endObject()
        }
        return finish(&w)
    }

    // MARK: - Helpers

    private static func header(_ method: String, _ request: AnalysisRequest) -> JSONWriter {
        var w = JSONWriter()
        w.beginObject()
        w.field("method", method); w.field("series", request.seriesPath); w.field("column", request.column)
        w.field("caveat", caveat)
        return w
    }

    private static func finish(_ w: inout JSONWriter) -> String {
        w.endObject()
        w.newline()
        return w.string
    }

    private static func coefficients(_ w: inout JSONWriter, _ name: String, _ estimates: [CoefficientEstimate]) {
        w.key(name); w.beginObject()
        for e in estimates {
            w.key(e.name); w.beginObject()
            w.number("coef", e.coef); w.number("se", e.se); w.number("t_or_z", e.tOrZ); w.number("p", e.p)
            w.number("ci95_low", e.ci95Low); w.number("ci95_high", e.ci95High)
            w.endObject()
        }
        w.endObject()
    }
}

extension JSONWriter {
    /// Writes `"name": value` (null when not finite).
    mutating func number(_ name: String, _ value: Double) { key(name); double(value) }
}
