import Foundation

/// Lead/lag cross-correlation as statsmodels `ccf(y, x, adjusted=False)` computes it.
///
/// `ccf(y, x)[k] = Σ_t (y_{t+k} − ȳ)(x_t − x̄) / (n·sd_y·sd_x)`, population SDs (ddof 0), for
/// k = 0…K. A peak at k > 0 means y follows x by k steps. The ±1.96/√n band is a rough guide
/// for stationary series only; difference or detrend first. Exploratory, not causal.
public struct CrossCorrelationResult: Sendable, Hashable {
    /// `ccf(y, x)[k]`, k = 0…maxLag: y leads… i.e. y at t+k against x at t.
    public var yOnX: [Double]
    /// `ccf(x, y)[k]`: x at t+k against y at t.
    public var xOnY: [Double]
    /// The k with the largest |ccf(y, x)[k]|.
    public var argmaxAbsYOnX: Int
    /// `1.96/√n`.
    public var band95: Double
}

/// Cross-correlation functions.
public enum CrossCorrelation {
    /// `ccf(a, b)[k]` for k = 0…maxLag (statsmodels convention, divisor n).
    public static func ccf(_ a: [Double], _ b: [Double], maxLag: Int) -> [Double] {
        let n = a.count
        let meanA = Descriptive.mean(a), meanB = Descriptive.mean(b)
        let denominator = Double(n) * Descriptive.standardDeviation(a, ddof: 0) * Descriptive.standardDeviation(b, ddof: 0)
        return (0...maxLag).map { k in
            var sum = 0.0
            for t in 0..<max(0, n - k) { sum += (a[t + k] - meanA) * (b[t] - meanB) }
            return sum / denominator
        }
    }

    /// Both directions and the peak lag for series `x` (driver) and `y` (response).
    public static func analyze(x: [Double], y: [Double], maxLag: Int) throws(IndicesError) -> CrossCorrelationResult {
        guard x.count == y.count else {
            throw .invalidParameter(name: "series", value: "\(x.count) vs \(y.count) rows", expected: "two series of equal length")
        }
        guard x.count >= 3 else { throw .notEnoughData(what: "cross-correlation", needed: 3, got: x.count) }
        guard maxLag >= 0, maxLag < x.count else {
            throw .invalidParameter(name: "maxlags", value: String(maxLag), expected: "an integer in 0..<\(x.count)")
        }
        let yOnX = ccf(y, x, maxLag: maxLag)
        var argmax = 0
        for k in yOnX.indices where abs(yOnX[k]) > abs(yOnX[argmax]) { argmax = k }
        return CrossCorrelationResult(
            yOnX: yOnX, xOnY: ccf(x, y, maxLag: maxLag), argmaxAbsYOnX: argmax,
            band95: 1.96 / Double(x.count).squareRoot())
    }
}
