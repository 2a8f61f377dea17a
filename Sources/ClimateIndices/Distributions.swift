import Foundation

/// Cumulative distribution functions, survival functions and quantiles of the normal, Student t,
/// F and chi-square distributions, as the reference tools (scipy.stats) define them.
///
/// Survival functions are computed directly (not as `1 − cdf`) so that tiny p-values such as
/// 1e-16 keep their relative accuracy.
public enum Distributions {
    // MARK: Normal

    /// Standard normal CDF `Φ(x) = erfc(−x/√2)/2`.
    public static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Standard normal survival function `1 − Φ(x)`.
    public static func normalSF(_ x: Double) -> Double { 0.5 * erfc(x / 2.0.squareRoot()) }

    /// Two-sided normal p-value `2·(1 − Φ(|z|))`.
    public static func normalTwoSidedP(_ z: Double) -> Double { min(1, 2 * normalSF(abs(z))) }

    /// Standard normal quantile `Φ⁻¹(p)` for `0 < p < 1` (scipy `norm.ppf` / `ndtri`).
    ///
    /// A rational starting value refined by Halley steps on `erfc`, accurate to a few ulp.
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "normal quantile needs 0 < p < 1")
        if p == 0.5 { return 0 }
        // Work in the lower tail for accuracy; reflect at the end.
        let lower = min(p, 1 - p)
        let t = (-2 * log(lower)).squareRoot()
        var x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
            / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        for _ in 0..<6 {
            let error = normalCDF(x) - lower
            let density = exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
            guard density > 0 else { break }
            let u = error / density
            let step = u / (1 + 0.5 * x * u)
            x -= step
            if abs(step) < 1e-17 * max(1, abs(x)) { break }
        }
        return p < 0.5 ? x : -x
    }

    // MARK: Student t

    /// Student t CDF with `df` degrees of freedom (`df` may be fractional, as in Welch's test).
    public static func studentTCDF(_ t: Double, df: Double) -> Double {
        let tail = 0.5 * SpecialFunctions.regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t))
        return t > 0 ? 1 - tail : tail
    }

    /// Two-sided Student t p-value `P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)`.
    public static func studentTTwoSidedP(_ t: Double, df: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        return min(1, SpecialFunctions.regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t)))
    }

    /// Student t quantile (scipy `t.ppf`), by bisection on the CDF.
    public static func studentTQuantile(_ p: Double, df: Double) -> Double {
        precondition(p > 0 && p < 1, "t quantile needs 0 < p < 1")
        if p == 0.5 { return 0 }
        let upper = max(p, 1 - p)
        var high = 2.0
        while studentTCDF(high, df: df) < upper { high *= 2 }
        let q = SpecialFunctions.invertIncreasing({ studentTCDF($0, df: df) }, target: upper, low: 0, high: high)
        return p > 0.5 ? q : -q
    }

    // MARK: F and chi-square

    /// F survival function `P(F ≥ f)` with `(d1, d2)` degrees of freedom.
    public static func fSF(_ f: Double, d1: Double, d2: Double) -> Double {
        guard f > 0 else { return 1 }
        return SpecialFunctions.regularizedIncompleteBeta(d2 / 2, d1 / 2, d2 / (d2 + d1 * f))
    }

    /// Chi-square survival function `P(X ≥ x)` with `k` degrees of freedom.
    public static func chiSquareSF(_ x: Double, df k: Double) -> Double {
        guard x > 0 else { return 1 }
        return SpecialFunctions.regularizedGammaQ(k / 2, x / 2)
    }

    /// Chi-square CDF `P(X ≤ x)` with `k` degrees of freedom.
    public static func chiSquareCDF(_ x: Double, df k: Double) -> Double {
        guard x > 0 else { return 0 }
        return SpecialFunctions.regularizedGammaP(k / 2, x / 2)
    }

    // MARK: Beta

    /// Beta(a, b) quantile (scipy `beta.ppf`), by bisection on `I_x(a, b)`.
    public static func betaQuantile(_ p: Double, a: Double, b: Double) -> Double {
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        return SpecialFunctions.invertIncreasing(
            { SpecialFunctions.regularizedIncompleteBeta(a, b, $0) }, target: p, low: 0, high: 1)
    }
}
