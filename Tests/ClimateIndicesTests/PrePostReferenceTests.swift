import ClimateIndices
import Testing

/// `prepost_tests/`: Welch/Student t, Mann-Whitney U (exact, asymptotic with and without
/// continuity), exhaustive permutation, Cohen's d / Hedges' g, against scipy.
@Suite struct PrePostReferenceTests {
    let log = DeviationLog("prepost_tests")

    @Test(arguments: [("continuous_index", "index_value"), ("tied_counts", "frame_article_count")])
    func reproducesWindow(caseName: String, column: String) throws {
        guard let folder = Reference.caseFolder("prepost_tests") else { return }
        let table = try Reference.table(folder, "windows.csv")
        let windows = try table.strings("window"), values = try table.numbers(column)
        let pre = zip(windows, values).filter { $0.0 == "pre" }.map(\.1)
        let post = zip(windows, values).filter { $0.0 == "post" }.map(\.1)
        let result = try WindowTests.compare(pre: pre, post: post)
        let expected = try Reference.json(folder, "expected.json").object(caseName)
        log.check(result.meanPre, try expected.number("mean_pre"), "\(caseName) mean_pre", kind: "closed-form")
        log.check(result.meanPost, try expected.number("mean_post"), "\(caseName) mean_post", kind: "closed-form")
        log.check(result.diffPostMinusPre, try expected.number("diff_post_minus_pre"), "\(caseName) diff", kind: "closed-form")
        log.check(result.sdPre, try expected.number("sd_pre"), "\(caseName) sd_pre", kind: "closed-form")
        log.check(result.sdPost, try expected.number("sd_post"), "\(caseName) sd_post", kind: "closed-form")
        for (name, test) in [("welch", result.welch), ("student", result.student)] {
            let e = try expected.object(name)
            log.check(test.t, try e.number("t"), "\(caseName) \(name).t", kind: "statistic")
            log.check(test.df, try e.number("df"), "\(caseName) \(name).df", kind: "statistic")
            log.check(test.pTwoSided, try e.number("p_two_sided"), relative: 1e-6, "\(caseName) \(name).p", kind: "p-value")
        }
        let mw = try expected.object("mann_whitney")
        for (name, test) in [("exact", result.mannWhitneyExact), ("asymptotic", result.mannWhitneyAsymptotic),
                             ("asymptotic_no_continuity", result.mannWhitneyAsymptoticNoContinuity)] {
            let e = try mw.object(name)
            #expect(try test.uPost == (e.number("U_post")), "\(caseName) \(name) U")
            log.check(test.pTwoSided, try e.number("p_two_sided"), relative: 1e-6, "\(caseName) mwu \(name).p", kind: "p-value")
        }
        let permutation = try #require(result.permutation)
        let e = try expected.object("permutation_exact_diff_means")
        #expect(try permutation.permutations == Int(e.number("n_permutations")))
        log.check(permutation.pTwoSided, try e.number("p_two_sided"), relative: 1e-9, "\(caseName) permutation.p", kind: "p-value")
        let effect = try expected.object("effect_size")
        log.check(result.cohenD, try effect.number("cohen_d"), "\(caseName) cohen_d", kind: "closed-form")
        log.check(result.hedgesG, try effect.number("hedges_g"), "\(caseName) hedges_g", kind: "closed-form")
        log.report()
    }
}
