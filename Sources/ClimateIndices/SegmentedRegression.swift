import Foundation

/// Interrupted time series by segmented regression (Wagner et al. 2002 form).
///
/// Design: `time = t` (0…n−1), `post = 1[t ≥ T0]`, `time_since = (t − T0)·post`, so `post` is the
/// level change **at** the event row and `time_since` the slope change. Exploratory, not causal.
public struct SegmentedRegressionResult: Sendable {
    public var eventIndex: Int
    public var observations: Int
    /// OLS inference (Student t, df = n − 4).
    public var ols: [CoefficientEstimate]
    /// HAC inference without small-sample correction (statsmodels default; normal p-values).
    public var hac: [CoefficientEstimate]
    /// HAC inference with `use_correction=True` (covariance × n/(n − k)).
    public var hacCorrected: [CoefficientEstimate]
    public var maxlags: Int
    public var rSquared: Double
    public var adjRSquared: Double
    public var sigma2Resid: Double
    public var dfResid: Double
    public var durbinWatson: Double
    /// Pre-event slope (`time`).
    public var preSlope: Double
    /// Post-event slope (`time + time_since`).
    public var postSlope: Double
    /// Last row index.
    public var lastT: Int
    /// `t_last − T0`.
    public var weeksSinceEvent: Int
    /// Counterfactual effect at the last row: `post + time_since·(t_last − T0)`.
    public var effectAtLastWeek: Double
}

/// Fits the segmented regression with OLS and Newey-West standard errors.
public enum SegmentedRegression {
    /// Coefficient names, in design order.
    public static let names = ["const", "time", "post", "time_since"]

    /// Fits `y` with an event at row `eventIndex` and HAC lag length `maxlags`.
    ///
    /// Needs at least 3 rows on each side of the event.
    public static func fit(y: [Double], eventIndex t0: Int, maxlags: Int = 4) throws(IndicesError) -> SegmentedRegressionResult {
        let n = y.count
        guard n >= 8 else { throw .notEnoughData(what: "segmented regression", needed: 8, got: n) }
        guard t0 >= 3, t0 <= n - 3 else { throw .eventOutOfRange(event: String(t0), count: n) }
        guard maxlags >= 0, maxlags < n else {
            throw .invalidParameter(name: "maxlags", value: String(maxlags), expected: "an integer in 0..<\(n)")
        }
        let columns = design(count: n, eventIndex: t0)
        let fit = try OLS.fit(y: y, columns: columns, names: names)
        let hac = NeweyWest.covariance(fit: fit, columns: columns, maxlags: maxlags)
        let hacCorrected = NeweyWest.covariance(fit: fit, columns: columns, maxlags: maxlags, useCorrection: true)
        let b = fit.coefficients
        let last = n - 1
        return SegmentedRegressionResult(
            eventIndex: t0, observations: n, ols: fit.ordinaryInference(),
            hac: fit.normalInference(covariance: hac), hacCorrected: fit.normalInference(covariance: hacCorrected),
            maxlags: maxlags, rSquared: fit.rSquared, adjRSquared: fit.adjRSquared, sigma2Resid: fit.sigma2,
            dfResid: fit.dfResid, durbinWatson: fit.durbinWatson, preSlope: b[1], postSlope: b[1] + b[3],
            lastT: last, weeksSinceEvent: last - t0, effectAtLastWeek: b[2] + b[3] * Double(last - t0))
    }

    /// The four design columns `const, time, post, time_since`.
    public static func design(count n: Int, eventIndex t0: Int) -> [[Double]] {
        let time = (0..<n).map(Double.init)
        let post = (0..<n).map { $0 >= t0 ? 1.0 : 0.0 }
        let since = (0..<n).map { $0 >= t0 ? Double($0 - t0) : 0.0 }
        return [[Double](repeating: 1, count: n), time, post, since]
    }
}
