import ClimateIndices
import Testing

/// `wilson_intervals/`: Wilson (and wilsoncc, Clopper-Pearson, Agresti-Coull) for 11 (k, n)
/// pairs at 95% and 90%, against statsmodels/scipy. Wilson bounds to 1e-9.
@Suite struct WilsonReferenceTests {
    let log = DeviationLog("wilson_intervals")

    @Test func reproducesEveryRow() throws {
        guard let folder = Reference.caseFolder("wilson_intervals") else { return }
        let rows = try #require(try Reference.json(folder, "expected.json")["rows"] as? [[String: Any]])
        #expect(rows.count == 22)
        for row in rows {
            let k = Int(try row.number("k")), n = Int(try row.number("n")), confidence = try row.number("confidence")
            let label = "k=\(k) n=\(n) conf=\(confidence)"
            log.check(ProportionIntervals.criticalValue(confidence: confidence), try row.number("z"), "\(label) z", kind: "z")
            let wilson = ProportionIntervals.wilson(successes: k, trials: n, confidence: confidence)
            log.check(wilson.low, try row.number("wilson_low"), relative: 1e-9, absolute: 1e-9, "\(label) wilson_low", kind: "wilson")
            log.check(wilson.high, try row.number("wilson_high"), relative: 1e-9, absolute: 1e-9, "\(label) wilson_high", kind: "wilson")
            let cc = ProportionIntervals.wilsonContinuityCorrected(successes: k, trials: n, confidence: confidence)
            log.check(cc.low, try row.number("wilsoncc_low"), absolute: 1e-9, "\(label) wilsoncc_low", kind: "wilsoncc")
            log.check(cc.high, try row.number("wilsoncc_high"), absolute: 1e-9, "\(label) wilsoncc_high", kind: "wilsoncc")
            let cp = ProportionIntervals.clopperPearson(successes: k, trials: n, confidence: confidence)
            log.check(cp.low, try row.number("clopper_pearson_low"), absolute: 1e-9, "\(label) cp_low", kind: "clopper_pearson")
            log.check(cp.high, try row.number("clopper_pearson_high"), absolute: 1e-9, "\(label) cp_high", kind: "clopper_pearson")
            let ac = ProportionIntervals.agrestiCoull(successes: k, trials: n, confidence: confidence)
            log.check(ac.low, try row.number("agresti_coull_low"), absolute: 1e-9, "\(label) ac_low", kind: "agresti_coull")
            log.check(ac.high, try row.number("agresti_coull_high"), absolute: 1e-9, "\(label) ac_high", kind: "agresti_coull")
        }
        log.report()
    }

    @Test func readmeExamples() {
        let a = ProportionIntervals.wilson(successes: 0, trials: 10)
        #expect(abs(a.low) < 1e-12 && abs(a.high - 0.27753) < 5e-6)
        let b = ProportionIntervals.wilson(successes: 7, trials: 50)
        #expect(abs(b.low - 0.06951) < 5e-6 && abs(b.high - 0.26186) < 5e-6)
        let c = ProportionIntervals.wilson(successes: 250, trials: 1000)
        #expect(abs(c.low - 0.22415) < 5e-6 && abs(c.high - 0.27776) < 5e-6)
    }
}
