import Foundation

/// The three Granger tests statsmodels reports for one lag length.
public struct GrangerLagResult: Sendable, Hashable {
    public var lag: Int
    /// ssr-based F test: `((ssr_r − ssr_u)/ssr_u)/p · df_u`, F(p, df_u).
    public var f: Double
    public var fP: Double
    public var dfDenom: Double
    public var dfNum: Int
    /// ssr-based chi-square: `nobs·(ssr_r − ssr_u)/ssr_u`, χ²(p).
    public var chi2: Double
    public var chi2P: Double
    /// Likelihood ratio `−2(llf_r − llf_u)`, χ²(p).
    public var lr: Double
    public var lrP: Double
}

/// The augmented Dickey-Fuller statistic with a constant and a fixed lag count.
public struct ADFResult: Sendable, Hashable {
    public var stat: Double
    /// MacKinnon (1994) approximate p-value (constant, one variable).
    public var p: Double
    public var usedLag: Int
    public var nobs: Int
}

/// Granger causality (statsmodels `grangercausalitytests`) and the ADF test (`adfuller` with
/// `regression='c'`, `autolag=None`). Granger is predictive precedence, not causation.
public enum Granger {
    /// Tests H0 "x does not Granger-cause y" for lags 1…maxLag. For lag p the rows are t = p…n−1;
    /// restricted: y_t on const + y_{t−1…t−p}; unrestricted adds x_{t−1…t−p}.
    public static func tests(y: [Double], x: [Double], maxLag: Int) throws(IndicesError) -> [GrangerLagResult] {
        guard x.count == y.count else {
            throw .invalidParameter(name: "series", value: "\(x.count) vs \(y.count) rows", expected: "two series of equal length")
        }
        guard maxLag >= 1 else { throw .invalidParameter(name: "maxlags", value: String(maxLag), expected: "an integer >= 1") }
        let n = y.count
        var results: [GrangerLagResult] = []
        for p in 1...maxLag {
            let rows = Array(p..<n)
            let target = rows.map { y[$0] }
            var own: [[Double]] = [[Double](repeating: 1, count: rows.count)]
            for lag in 1...p { own.append(rows.map { y[$0 - lag] }) }
            var joint = own
            for lag in 1...p { joint.append(rows.map { x[$0 - lag] }) }
            let restricted = try OLS.fit(y: target, columns: own, names: own.indices.map { "c\($0)" })
            let full = try OLS.fit(y: target, columns: joint, names: joint.indices.map { "c\($0)" })
            let f = (restricted.ssr - full.ssr) / full.ssr / Double(p) * full.dfResid
            let chi2 = Double(rows.count) * (restricted.ssr - full.ssr) / full.ssr
            let lr = -2 * (restricted.logLikelihood - full.logLikelihood)
            results.append(GrangerLagResult(
                lag: p, f: f, fP: Distributions.fSF(f, d1: Double(p), d2: full.dfResid), dfDenom: full.dfResid,
                dfNum: p, chi2: chi2, chi2P: Distributions.chiSquareSF(chi2, df: Double(p)),
                lr: lr, lrP: Distributions.chiSquareSF(lr, df: Double(p))))
        }
        return results
    }

    /// ADF t statistic of the lagged level in Δy_t = α + γ·y_{t−1} + Σ_{j=1..L} δ_j Δy_{t−j} + e_t.
    public static func adf(_ series: [Double], lags: Int) throws(IndicesError) -> ADFResult {
        let diff = zip(series.dropFirst(), series).map { $0 - $1 }
        let nobs = diff.count - lags
        guard lags >= 0, nobs > lags + 3 else { throw .notEnoughData(what: "ADF test", needed: 2 * lags + 5, got: series.count) }
        let rows = Array(lags..<diff.count)
        var columns: [[Double]] = [rows.map { series[$0] }]
        for lag in stride(from: 1, through: lags, by: 1) { columns.append(rows.map { diff[$0 - lag] }) }
        columns.append([Double](repeating: 1, count: nobs))
        let fit = try OLS.fit(y: rows.map { diff[$0] }, columns: columns, names: columns.indices.map { "c\($0)" })
        let stat = fit.ordinaryInference()[0].tOrZ
        return ADFResult(stat: stat, p: mackinnonP(stat), usedLag: lags, nobs: nobs)
    }

    /// MacKinnon (1994) response-surface p-value, constant, N = 1 (statsmodels `mackinnonp`).
    public static func mackinnonP(_ stat: Double) -> Double {
        if stat > 2.74 { return 1 }
        if stat < -18.83 { return 0 }
        let coefficients = stat <= -1.61
            ? [2.1659, 1.4412, 3.8269e-2]
            : [1.7339, 9.3202e-2, -1.2745e-2, -1.0368e-4]
        var value = 0.0
        for c in coefficients.reversed() { value = value * stat + c }
        return Distributions.normalCDF(value)
    }
}
