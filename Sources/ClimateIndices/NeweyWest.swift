import Foundation

/// Newey-West (1987) heteroskedasticity- and autocorrelation-consistent (HAC) covariance, as
/// statsmodels computes it for `OLS.fit(cov_type='HAC', cov_kwds={'maxlags': L})`.
///
/// `S = Σ_t u_t² x_t x_tᵀ + Σ_{l=1..L} w_l (Γ_l + Γ_lᵀ)` with `Γ_l = Σ_{t≥l} u_t u_{t−l} x_t x_{t−l}ᵀ` and
/// Bartlett weights `w_l = 1 − l/(L+1)`; `cov = (XᵀX)⁻¹ S (XᵀX)⁻¹`. statsmodels applies **no**
/// small-sample correction by default; `useCorrection` multiplies by `n/(n − k)`.
public enum NeweyWest {
    /// Bartlett kernel weights `w_0…w_L`.
    public static func bartlettWeights(maxlags: Int) -> [Double] {
        (0...maxlags).map { 1 - Double($0) / Double(maxlags + 1) }
    }

    /// statsmodels' default lag length when none is given: `floor(4·(n/100)^(2/9))`.
    public static func defaultMaxlags(observations n: Int) -> Int {
        Int((4 * pow(Double(n) / 100, 2.0 / 9.0)).rounded(.down))
    }

    /// The HAC covariance of `fit`'s coefficients for the design `columns` used to fit it.
    public static func covariance(
        fit: OLSFit, columns: [[Double]], maxlags: Int, useCorrection: Bool = false
    ) -> [[Double]] {
        let n = fit.observations, k = columns.count
        // xu[t][j] = x_tj * u_t
        let xu: [[Double]] = (0..<n).map { t in (0..<k).map { columns[$0][t] * fit.residuals[t] } }
        let weights = bartlettWeights(maxlags: maxlags)
        var s = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for lag in 0...min(maxlags, n - 1) {
            var gamma = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
            for t in lag..<n {
                for i in 0..<k { for j in 0..<k { gamma[i][j] += xu[t][i] * xu[t - lag][j] } }
            }
            for i in 0..<k {
                for j in 0..<k {
                    s[i][j] += lag == 0 ? gamma[i][j] : weights[lag] * (gamma[i][j] + gamma[j][i])
                }
            }
        }
        var covariance = multiply(multiply(fit.xtxInverse, s), fit.xtxInverse)
        if useCorrection {
            let factor = Double(n) / Double(n - k)
            covariance = covariance.map { $0.map { $0 * factor } }
        }
        return covariance
    }

    private static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let rows = a.count, inner = b.count, cols = b.first?.count ?? 0
        var out = [[Double]](repeating: [Double](repeating: 0, count: cols), count: rows)
        for i in 0..<rows { for j in 0..<cols { for c in 0..<inner { out[i][j] += a[i][c] * b[c][j] } } }
        return out
    }
}
