import ClimateIndices
import Testing

/// `bocpd_gaussian/`: the Adams & MacKay recursion on the PELT series, number for number.
@Suite struct BOCPDReferenceTests {
    let log = DeviationLog("bocpd_gaussian")

    @Test func reproducesRunLengths() throws {
        guard let folder = Reference.caseFolder("bocpd_gaussian"),
              let pelt = Reference.caseFolder("changepoint_pelt") else { return }
        let values = try Reference.table(pelt, "series.csv").numbers("value")
        let params = try Reference.json(folder, "params.json")
        let result = try BOCPD.run(values, parameters: BOCPDParameters(
            hazard: 1.0 / 30.0, priorMean: try params.number("mu0"), priorVariance: try params.number("var0"),
            observationVariance: try params.number("var_x")))
        let expected = try Reference.json(folder, "expected.json")
        #expect(try result.dropTimes == (expected.integers("map_run_length_drop_times")))
        #expect(try result.changePoints == (expected.integers("changepoint_estimates")))
        #expect(try result.mapRunLength.last == Int(expected.number("final_map_run_length")))
        let table = try Reference.table(folder, "expected_run_length.csv")
        let maps = try table.integers("map_run_length"), below5 = try table.numbers("p_run_length_lt5")
        #expect(result.mapRunLength == maps)
        for t in below5.indices {
            log.check(result.probabilityRunLengthBelow5[t], below5[t], relative: 1e-9, absolute: 1e-11, "t=\(t) P(r<5)")
        }
        log.report()
    }
}
