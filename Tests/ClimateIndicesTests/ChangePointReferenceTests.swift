import ClimateIndices
import Testing

/// `changepoint_pelt/`: PELT (jump 1 and 5, three penalties), the exact DP, Binseg and Dynp
/// against ruptures 1.1.10. Breakpoints must match exactly; objectives to 1e-9.
@Suite struct ChangePointReferenceTests {
    let log = DeviationLog("changepoint_pelt")

    private func load() throws -> (values: [Double], expected: [String: Any])? {
        guard let folder = Reference.caseFolder("changepoint_pelt") else { return nil }
        return (try Reference.table(folder, "series.csv").numbers("value"), try Reference.json(folder, "expected.json"))
    }

    @Test(arguments: ["pelt_bic_known_sigma_jump1", "pelt_bic_known_sigma_jump5", "pelt_low_jump1",
                      "pelt_low_jump5", "pelt_high_jump1", "pelt_high_jump5"])
    func pelt(caseName: String) throws {
        guard let (values, expected) = try load() else { return }
        let e = try expected.object(caseName)
        let options = ChangePointOptions(
            penalty: try e.number("penalty"), minSize: Int(try e.number("min_size")), jump: Int(try e.number("jump")))
        let result = try PELT.detect(values, options: options)
        #expect(try result.breakpoints == (e.integers("breakpoints")), "\(caseName)")
        log.check(result.sumSegmentCosts, try e.number("sum_segment_costs"), "\(caseName) sum_segment_costs", kind: "objective")
        log.check(result.penalizedObjective, try e.number("penalized_objective_K_times_pen"), "\(caseName) objective", kind: "objective")
        log.report()
    }

    @Test(arguments: ["exact_dp_bic_known_sigma", "exact_dp_low", "exact_dp_high"])
    func exactDynamicProgramme(caseName: String) throws {
        guard let (values, expected) = try load() else { return }
        let e = try expected.object(caseName)
        let penalty = try e.number("penalty")
        let result = try PELT.exactOptimalPartitioning(values, penalty: penalty, minSize: Int(try e.number("min_size")))
        #expect(try result.breakpoints == (e.integers("breakpoints")))
        log.check(result.sumSegmentCosts + penalty * Double(result.breakpoints.count),
                  try e.number("objective_including_pen_per_segment"), "\(caseName) objective", kind: "objective")
        let pelt = try PELT.detect(values, options: ChangePointOptions(penalty: penalty, minSize: 2, jump: 1))
        #expect((pelt.breakpoints == result.breakpoints) == (e["matches_pelt_jump1"] as? Bool == true))
    }

    @Test func binsegDynpAndSegmentMeans() throws {
        guard let (values, expected) = try load() else { return }
        let binseg = try FixedBreakSearch.binseg(values, breaks: 3)
        #expect(try binseg.breakpoints == (expected.object("binseg_l2_nbkps3").integers("breakpoints")))
        let dynp = try FixedBreakSearch.dynp(values, breaks: 3)
        #expect(try dynp.breakpoints == (expected.object("dynp_l2_nbkps3").integers("breakpoints")))
        let penalised = try expected.object("binseg_l2_pen_bic")
        let binsegPen = try FixedBreakSearch.binseg(values, penalty: try penalised.number("penalty"))
        #expect(try binsegPen.breakpoints == (penalised.integers("breakpoints")))
        let pelt = try PELT.detect(values, options: ChangePointOptions(penalty: 0.145435853009))
        let means = try #require(expected["segment_means_bic_jump1"] as? [Double])
        #expect(pelt.segmentMeans.count == means.count)
        for (actual, wanted) in zip(pelt.segmentMeans, means) { log.check(actual, wanted, "segment mean", kind: "mean") }
        log.check(L2SegmentCost(values: values).cost(0, 10), try expected.number("l2_cost_of_first_10_points"), "cost(0,10)", kind: "cost")
        log.report()
    }

    @Test func readmeDefaultsAndPruningAgree() throws {
        guard let (values, _) = try load() else { return }
        // PELT with jump 1 must equal the exact DP for many penalties (pruning is exact).
        for penalty in stride(from: 0.02, through: 1.0, by: 0.07) {
            let pelt = try PELT.detect(values, options: ChangePointOptions(penalty: penalty))
            let exact = try PELT.exactOptimalPartitioning(values, penalty: penalty)
            #expect(pelt.breakpoints == exact.breakpoints, "penalty \(penalty)")
        }
        // jump 5 restricts breaks to multiples of 5.
        let coarse = try PELT.detect(values, options: ChangePointOptions(penalty: 0.05, minSize: 2, jump: 5))
        #expect(coarse.breakpoints.dropLast().allSatisfy { $0 % 5 == 0 })
    }
}
