import ClimateIndices
import Testing

/// Special functions against values computed independently with scipy 1.17.1
/// (`scipy.special.gammaln/betainc/gammainc/gammaincc`, `scipy.stats.norm/t/f/chi2/beta`).
@Suite struct SpecialFunctionsTests {
    let log = DeviationLog("special-functions")

    @Test func normalDistribution() {
        log.check(Distributions.normalCDF(-1.5), 0.06680720126885807, relative: 1e-13, "norm.cdf(-1.5)")
        log.check(Distributions.normalSF(8), 6.22096057427174e-16, relative: 1e-12, "norm.sf(8)")
        log.check(Distributions.normalQuantile(0.975), 1.959963984540054, relative: 1e-14, "norm.ppf(0.975)")
        log.check(Distributions.normalQuantile(1e-10), -6.361340902404056, relative: 1e-13, "norm.ppf(1e-10)")
        log.check(Distributions.normalQuantile(0.3), -0.5244005127080409, relative: 1e-13, "norm.ppf(0.3)")
        #expect(Distributions.normalQuantile(0.5) == 0)
        log.report()
    }

    @Test func gammaAndBeta() {
        log.check(SpecialFunctions.logGamma(0.5), 0.5723649429247, relative: 1e-12, "gammaln(0.5)")
        log.check(SpecialFunctions.logGamma(123.4), 469.3360974421906, relative: 1e-13, "gammaln(123.4)")
        log.check(SpecialFunctions.regularizedIncompleteBeta(2.5, 3.5, 0.3), 0.29675298929566646, relative: 1e-12, "betainc(2.5,3.5,0.3)")
        log.check(SpecialFunctions.regularizedIncompleteBeta(50, 0.5, 0.99), 0.3173043978741973, relative: 1e-12, "betainc(50,0.5,0.99)")
        log.check(SpecialFunctions.regularizedIncompleteBeta(0.5, 40, 0.001), 0.22208013236431182, relative: 1e-12, "betainc(0.5,40,0.001)")
        log.check(SpecialFunctions.regularizedGammaP(3, 2.5), 0.45618688411667035, relative: 1e-12, "gammainc(3,2.5)")
        log.check(SpecialFunctions.regularizedGammaQ(3, 12), 0.0005222580500328981, relative: 1e-12, "gammaincc(3,12)")
        log.check(SpecialFunctions.regularizedGammaQ(0.5, 40), 3.744097384202887e-19, relative: 1e-11, "gammaincc(0.5,40)")
        #expect(SpecialFunctions.regularizedIncompleteBeta(2, 3, 0) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(2, 3, 1) == 1)
        log.report()
    }

    @Test func testDistributions() {
        log.check(Distributions.studentTCDF(-2.1, df: 7), 0.036935598106461326, relative: 1e-12, "t.cdf(-2.1,7)")
        log.check(Distributions.studentTTwoSidedP(9.5, df: 100), 1.2358370077374861e-15, relative: 1e-10, "2 t.sf(9.5,100)")
        log.check(Distributions.studentTQuantile(0.975, df: 100), 1.9839715185235518, relative: 1e-13, "t.ppf(0.975,100)")
        log.check(Distributions.studentTQuantile(0.975, df: 3.5), 2.9400886379827282, relative: 1e-13, "t.ppf(0.975,3.5)")
        log.check(Distributions.fSF(41.6, d1: 2, d2: 113), 2.893599260950874e-14, relative: 1e-10, "f.sf(41.6,2,113)")
        log.check(Distributions.fSF(1.2, d1: 4, d2: 20), 0.3415567298536034, relative: 1e-12, "f.sf(1.2,4,20)")
        log.check(Distributions.chiSquareSF(86.9, df: 2), 1.34866709393704e-19, relative: 1e-11, "chi2.sf(86.9,2)")
        log.check(Distributions.chiSquareSF(3.3, df: 5), 0.6538416823944545, relative: 1e-12, "chi2.sf(3.3,5)")
        log.check(Distributions.chiSquareCDF(3.3, df: 5), 0.3461583176055455, relative: 1e-12, "chi2.cdf(3.3,5)")
        log.check(Distributions.betaQuantile(0.025, a: 3, b: 8), 0.06673951117773447, relative: 1e-12, "beta.ppf(0.025,3,8)")
        log.report()
    }
}
