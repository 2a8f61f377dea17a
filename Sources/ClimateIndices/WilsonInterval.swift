import Foundation

/// A confidence interval for a binomial proportion `k / n`.
public struct ProportionInterval: Sendable, Hashable {
    /// Lower bound.
    public var low: Double
    /// Upper bound.
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Whether `value` lies in `[low, high]`.
    public func contains(_ value: Double) -> Bool { value >= low && value <= high }

    /// `high − low`.
    public var width: Double { high - low }
}

/// Confidence intervals for binomial proportions: Wilson (1927) score interval (the default for
/// frame shares), with continuity correction, Clopper-Pearson and Agresti-Coull for comparison.
///
/// Formulas follow statsmodels `proportion_confint` and scipy `BinomTestResult.proportion_ci`.
public enum ProportionIntervals {
    /// The two-sided critical value `z = Φ⁻¹(1 − α/2)` for `confidence = 1 − α`.
    public static func criticalValue(confidence: Double) -> Double {
        Distributions.normalQuantile(0.5 + 0.5 * confidence)
    }

    /// Wilson score interval (statsmodels `method='wilson'`):
    /// `centre = (p̂ + z²/2n)/(1 + z²/n)`, `half = z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²)`.
    ///
    /// `n == 0` yields `[0, 1]` (no information).
    public static func wilson(successes k: Int, trials n: Int, confidence: Double = 0.95) -> ProportionInterval {
        precondition(k >= 0 && k <= n, "wilson needs 0 <= k <= n")
        guard n > 0 else { return ProportionInterval(low: 0, high: 1) }
        let z = criticalValue(confidence: confidence)
        let nD = Double(n), p = Double(k) / nD, z2 = z * z
        let denominator = 1 + z2 / nD
        let centre = (p + z2 / (2 * nD)) / denominator
        let half = z * (p * (1 - p) / nD + z2 / (4 * nD * nD)).squareRoot() / denominator
        return ProportionInterval(low: centre - half, high: centre + half)
    }

    /// Wilson interval with continuity correction (Newcombe 1998; scipy `method='wilsoncc'`).
    public static func wilsonContinuityCorrected(
        successes k: Int, trials n: Int, confidence: Double = 0.95
    ) -> ProportionInterval {
        precondition(k >= 0 && k <= n && n > 0, "wilsoncc needs 0 <= k <= n, n > 0")
        let z = criticalValue(confidence: confidence)
        let nD = Double(n), p = Double(k) / nD, q = 1 - p, z2 = z * z
        let denominator = 2 * (nD + z2)
        let centre = (2 * nD * p + z2) / denominator
        var low = 0.0, high = 1.0
        if k != 0 {
            low = centre - (1 + z * (z2 - 2 - 1 / nD + 4 * p * (nD * q + 1)).squareRoot()) / denominator
        }
        if k != n {
            high = centre + (1 + z * (z2 + 2 - 1 / nD + 4 * p * (nD * q - 1)).squareRoot()) / denominator
        }
        return ProportionInterval(low: low, high: high)
    }

    /// Clopper-Pearson "exact" interval from beta quantiles (statsmodels `method='beta'`).
    public static func clopperPearson(successes k: Int, trials n: Int, confidence: Double = 0.95) -> ProportionInterval {
        precondition(k >= 0 && k <= n && n > 0, "clopper-pearson needs 0 <= k <= n, n > 0")
        let alpha = 1 - confidence
        let low = k == 0 ? 0 : Distributions.betaQuantile(alpha / 2, a: Double(k), b: Double(n - k + 1))
        let high = k == n ? 1 : Distributions.betaQuantile(1 - alpha / 2, a: Double(k + 1), b: Double(n - k))
        return ProportionInterval(low: low, high: high)
    }

    /// Agresti-Coull interval, clipped to `[0, 1]` as statsmodels does.
    public static func agrestiCoull(successes k: Int, trials n: Int, confidence: Double = 0.95) -> ProportionInterval {
        precondition(k >= 0 && k <= n && n > 0, "agresti-coull needs 0 <= k <= n, n > 0")
        let z = criticalValue(confidence: confidence)
        let nTilde = Double(n) + z * z
        let pTilde = (Double(k) + z * z / 2) / nTilde
        let half = z * (pTilde * (1 - pTilde) / nTilde).squareRoot()
        return ProportionInterval(low: max(0, pTilde - half), high: min(1, pTilde + half))
    }
}
