import ClimateIndices
import Testing

/// `leadlag_ccf_granger/`: statsmodels ccf (both directions), Granger tests (lags 1-4) and the
/// ADF statistic with MacKinnon p-values.
@Suite struct LeadLagReferenceTests {
    let log = DeviationLog("leadlag_ccf_granger")

    @Test func reproducesStatsmodels() throws {
        guard let folder = Reference.caseFolder("leadlag_ccf_granger") else { return }
        let table = try Reference.table(folder, "series.csv")
        let x = try table.numbers("x_shock_intensity"), y = try table.numbers("y_media_index")
        let expected = try Reference.json(folder, "expected.json")
        let ccf = try CrossCorrelation.analyze(x: x, y: y, maxLag: 9)
        let yOnX = try expected.object("ccf_y_leads_by_k_on_x"), xOnY = try expected.object("ccf_x_leads_by_k_on_y")
        for k in 0...9 {
            log.check(ccf.yOnX[k], try yOnX.number(String(k)), "ccf(y,x)[\(k)]", kind: "ccf")
            log.check(ccf.xOnY[k], try xOnY.number(String(k)), "ccf(x,y)[\(k)]", kind: "ccf")
        }
        #expect(try ccf.argmaxAbsYOnX == Int(expected.number("argmax_abs_ccf_y_on_x")))

        let granger = try Granger.tests(y: y, x: x, maxLag: 4)
        let g = try expected.object("granger_x_causes_y")
        for lag in granger {
            let e = try g.object(String(lag.lag))
            let f = try e.object("ssr_ftest"), chi = try e.object("ssr_chi2test"), lr = try e.object("lrtest")
            log.check(lag.f, try f.number("F"), "lag \(lag.lag) F", kind: "statistic")
            log.check(lag.fP, try f.number("p"), relative: 1e-6, "lag \(lag.lag) F p", kind: "p-value")
            #expect(try lag.dfDenom == (f.number("df_denom")) && Double(lag.dfNum) == (f.number("df_num")))
            log.check(lag.chi2, try chi.number("chi2"), "lag \(lag.lag) chi2", kind: "statistic")
            log.check(lag.chi2P, try chi.number("p"), relative: 1e-6, "lag \(lag.lag) chi2 p", kind: "p-value")
            log.check(lag.lr, try lr.number("chi2"), "lag \(lag.lag) lr", kind: "statistic")
            log.check(lag.lrP, try lr.number("p"), relative: 1e-6, "lag \(lag.lag) lr p", kind: "p-value")
        }
        for (name, series) in [("adf_x", x), ("adf_y", y)] {
            let e = try expected.object(name)
            let adf = try Granger.adf(series, lags: Int(try e.number("usedlag")))
            log.check(adf.stat, try e.number("stat"), "\(name) stat", kind: "statistic")
            log.check(adf.p, try e.number("p"), relative: 1e-6, "\(name) p", kind: "p-value")
            #expect(try adf.nobs == Int(e.number("nobs")))
        }
        log.report()
    }
}
