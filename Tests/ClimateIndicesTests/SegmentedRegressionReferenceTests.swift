import ClimateIndices
import Testing

/// `its_segmented_regression/`: OLS and Newey-West HAC (maxlags 4, with and without the
/// small-sample correction) against statsmodels 0.15.
@Suite struct SegmentedRegressionReferenceTests {
    let log = DeviationLog("its_segmented_regression")

    @Test func reproducesStatsmodels() throws {
        guard let folder = Reference.caseFolder("its_segmented_regression") else { return }
        let y = try Reference.table(folder, "series.csv").numbers("y")
        let params = try Reference.json(folder, "params.json")
        let result = try SegmentedRegression.fit(y: y, eventIndex: Int(try params.number("event_index_T0")), maxlags: 4)
        let expected = try Reference.json(folder, "expected.json")
        for (block, estimates) in [("ols", result.ols), ("hac_maxlags4_use_correction_default", result.hac),
                                   ("hac_maxlags4_use_correction_true", result.hacCorrected)] {
            let e = try expected.object(block)
            for estimate in estimates {
                let c = try e.object(estimate.name)
                let label = "\(block).\(estimate.name)"
                log.check(estimate.coef, try c.number("coef"), "\(label).coef", kind: "coefficient")
                log.check(estimate.se, try c.number("se"), "\(label).se", kind: "se")
                log.check(estimate.tOrZ, try c.number("t_or_z"), "\(label).t_or_z", kind: "statistic")
                log.check(estimate.p, try c.number("p"), relative: 1e-6, "\(label).p", kind: "p-value")
                log.check(estimate.ci95Low, try c.number("ci95_low"), "\(label).ci95_low", kind: "ci")
                log.check(estimate.ci95High, try c.number("ci95_high"), "\(label).ci95_high", kind: "ci")
            }
        }
        log.check(result.rSquared, try expected.number("r_squared"), "r_squared")
        log.check(result.adjRSquared, try expected.number("adj_r_squared"), "adj_r_squared")
        log.check(result.sigma2Resid, try expected.number("sigma2_resid"), "sigma2_resid")
        log.check(result.dfResid, try expected.number("df_resid"), "df_resid")
        log.check(result.durbinWatson, try expected.number("durbin_watson"), "durbin_watson")
        log.check(result.preSlope, try expected.number("pre_slope"), "pre_slope")
        log.check(result.postSlope, try expected.number("post_slope"), "post_slope")
        let effect = try expected.object("effect_at_last_week")
        #expect(try result.lastT == Int(effect.number("t")))
        #expect(try result.weeksSinceEvent == Int(effect.number("weeks_since_event")))
        log.check(result.effectAtLastWeek, try effect.number("estimate"), "effect_at_last_week")
        log.report()
    }
}
