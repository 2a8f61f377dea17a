import Foundation

/// One coefficient of a fitted regression with its inference (`t_or_z` is a t statistic for OLS,
/// a z statistic for HAC, as in statsmodels).
public struct CoefficientEstimate: Sendable, Hashable {
    public var name: String
    public var coef: Double
    public var se: Double
    public var tOrZ: Double
    public var p: Double
    public var ci95Low: Double
    public var ci95High: Double
}

/// An ordinary least squares fit `y = Xβ + e` (statsmodels `OLS(y, X).fit()`).
public struct OLSFit: Sendable {
    /// Column names of the design, in order.
    public var names: [String]
    public var coefficients: [Double]
    public var residuals: [Double]
    /// `(XᵀX)⁻¹` (statsmodels `normalized_cov_params`).
    public var xtxInverse: [[Double]]
    public var observations: Int
    /// Sum of squared residuals.
    public var ssr: Double
    /// `n − k`.
    public var dfResid: Double
    /// `ssr / (n − k)`.
    public var sigma2: Double
    /// `1 − ssr / centred TSS` (the design is assumed to contain a constant).
    public var rSquared: Double
    public var adjRSquared: Double
    /// `Σ(e_t − e_{t−1})² / Σ e_t²`.
    public var durbinWatson: Double
    /// Gaussian log-likelihood `−n/2·(ln 2π + ln(ssr/n) + 1)`.
    public var logLikelihood: Double

    /// Classical OLS inference: SE from `σ²(XᵀX)⁻¹`, Student t with `n − k` df, t-based 95% CIs.
    public func ordinaryInference() -> [CoefficientEstimate] {
        let q = Distributions.studentTQuantile(0.975, df: dfResid)
        return coefficients.indices.map { j in
            let se = (sigma2 * xtxInverse[j][j]).squareRoot()
            let t = coefficients[j] / se
            return CoefficientEstimate(
                name: names[j], coef: coefficients[j], se: se, tOrZ: t,
                p: Distributions.studentTTwoSidedP(t, df: dfResid),
                ci95Low: coefficients[j] - q * se, ci95High: coefficients[j] + q * se)
        }
    }

    /// Inference from a supplied covariance matrix with normal p-values and z-based 95% CIs
    /// (statsmodels `use_t=False`, the default for `cov_type='HAC'`).
    public func normalInference(covariance: [[Double]]) -> [CoefficientEstimate] {
        let z = Distributions.normalQuantile(0.975)
        return coefficients.indices.map { j in
            let se = covariance[j][j].squareRoot()
            let stat = coefficients[j] / se
            return CoefficientEstimate(
                name: names[j], coef: coefficients[j], se: se, tOrZ: stat,
                p: Distributions.normalTwoSidedP(stat),
                ci95Low: coefficients[j] - z * se, ci95High: coefficients[j] + z * se)
        }
    }
}

/// Least squares by Householder QR (numerically stable; no normal equations for β).
public enum OLS {
    /// Fits `y` on the design `columns` (each of length n; include a constant column yourself).
    public static func fit(y: [Double], columns: [[Double]], names: [String]) throws(IndicesError) -> OLSFit {
        let n = y.count, k = columns.count
        guard n > k else { throw .notEnoughData(what: "regression with \(k) parameters", needed: k + 1, got: n) }
        var a = columns  // a[j][i]: column-major working copy
        var qty = y
        var r = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for j in 0..<k {
            var norm = 0.0
            for i in j..<n { norm += a[j][i] * a[j][i] }
            norm = norm.squareRoot()
            guard norm > 0 else { throw .singularDesign(what: "column '\(names[j])'") }
            let alpha = a[j][j] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: n)
            for i in j..<n { v[i] = a[j][i] }
            v[j] -= alpha
            var vv = 0.0
            for i in j..<n { vv += v[i] * v[i] }
            if vv > 0 {
                for c in j..<k { reflect(&a[c], v: v, vv: vv, from: j) }
                reflect(&qty, v: v, vv: vv, from: j)
            }
            for c in j..<k { r[j][c] = a[c][j] }
            if abs(r[j][j]) <= 1e-12 * norm * Double(n) { throw .singularDesign(what: "column '\(names[j])'") }
        }
        let rInverse = invertUpperTriangular(r)
        var beta = [Double](repeating: 0, count: k)
        for i in 0..<k { for c in i..<k { beta[i] += rInverse[i][c] * qty[c] } }
        var xtxInverse = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k {
            for j in 0..<k {
                var sum = 0.0
                for c in max(i, j)..<k { sum += rInverse[i][c] * rInverse[j][c] }
                xtxInverse[i][j] = sum
            }
        }
        var residuals = y
        for i in 0..<n { for j in 0..<k { residuals[i] -= columns[j][i] * beta[j] } }
        let ssr = residuals.reduce(0) { $0 + $1 * $1 }
        let meanY = Descriptive.mean(y)
        let tss = y.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) }
        var dwNumerator = 0.0
        for i in 1..<n { dwNumerator += (residuals[i] - residuals[i - 1]) * (residuals[i] - residuals[i - 1]) }
        let dfResid = Double(n - k)
        let rSquared = 1 - ssr / tss
        let nD = Double(n)
        return OLSFit(
            names: names, coefficients: beta, residuals: residuals, xtxInverse: xtxInverse,
            observations: n, ssr: ssr, dfResid: dfResid, sigma2: ssr / dfResid, rSquared: rSquared,
            adjRSquared: 1 - (nD - 1) / dfResid * (1 - rSquared), durbinWatson: dwNumerator / ssr,
            logLikelihood: -nD / 2 * (log(2 * Double.pi) + log(ssr / nD) + 1))
    }

    /// Applies the Householder reflection `I − 2vvᵀ/vᵀv` to `x` (rows `from..<n`).
    private static func reflect(_ x: inout [Double], v: [Double], vv: Double, from start: Int) {
        var dot = 0.0
        for i in start..<x.count { dot += v[i] * x[i] }
        let scale = 2 * dot / vv
        for i in start..<x.count { x[i] -= scale * v[i] }
    }

    /// Inverse of an upper-triangular matrix by back substitution.
    private static func invertUpperTriangular(_ r: [[Double]]) -> [[Double]] {
        let k = r.count
        var inverse = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in stride(from: k - 1, through: 0, by: -1) {
            inverse[i][i] = 1 / r[i][i]
            for j in (i + 1)..<k {
                var sum = 0.0
                for c in (i + 1)...j { sum += r[i][c] * inverse[c][j] }
                inverse[i][j] = -sum / r[i][i]
            }
        }
        return inverse
    }
}
