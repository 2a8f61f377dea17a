import Foundation

/// Parameters of Bayesian online change-point detection with a Gaussian mean model.
public struct BOCPDParameters: Sendable, Hashable {
    /// Constant hazard `H` (prior probability of a change at each step), e.g. 1/30.
    public var hazard: Double
    /// Prior mean of the segment mean.
    public var priorMean: Double
    /// Prior variance of the segment mean.
    public var priorVariance: Double
    /// Known observation variance.
    public var observationVariance: Double

    public init(hazard: Double, priorMean: Double, priorVariance: Double, observationVariance: Double) {
        self.hazard = hazard
        self.priorMean = priorMean
        self.priorVariance = priorVariance
        self.observationVariance = observationVariance
    }
}

/// The run-length posterior summaries of a BOCPD pass.
public struct BOCPDResult: Sendable, Hashable {
    /// MAP run length after each observation (run length r = observations in the current segment).
    public var mapRunLength: [Int]
    /// Posterior probability that the run length is below 5, after each observation.
    public var probabilityRunLengthBelow5: [Double]
    /// Times t at which the MAP run length drops.
    public var dropTimes: [Int]
    /// Change-point estimates (first index of the new segment): `t − MAP(t) + 1` at each drop.
    public var changePoints: [Int]
}

/// Bayesian online change-point detection (Adams & MacKay 2007), Gaussian observations with a
/// known variance and a Normal prior on each segment's mean, constant hazard, no truncation.
///
/// Recursion in log space: `log R_t(r+1) = log R_{t−1}(r) + log p(y_t | r) + log(1−H)`,
/// `log R_t(0) = logsumexp_r(log R_{t−1}(r) + log p(y_t | r) + log H)`, then normalise.
/// Unlike PELT there is no penalty on extra segments, so spurious breaks are expected.
public enum BOCPD {
    /// Runs the recursion over `values`.
    public static func run(_ values: [Double], parameters: BOCPDParameters) throws(IndicesError) -> BOCPDResult {
        guard parameters.hazard > 0, parameters.hazard < 1 else {
            throw .invalidParameter(name: "hazard", value: String(parameters.hazard), expected: "a probability in (0, 1)")
        }
        guard parameters.priorVariance > 0, parameters.observationVariance > 0 else {
            throw .invalidParameter(name: "variance", value: "\(parameters.priorVariance), \(parameters.observationVariance)", expected: "positive variances")
        }
        let logH = log(parameters.hazard), log1mH = log1p(-parameters.hazard)
        let priorPrecision = 1 / parameters.priorVariance, noisePrecision = 1 / parameters.observationVariance
        var logR: [Double] = [0]  // run length 0 with probability 1 before any data
        var sums: [Double] = [0]  // sum of the last r observations, per run length r
        var mapRun: [Int] = [], below5: [Double] = [], drops: [Int] = [], changes: [Int] = []
        for (t, y) in values.enumerated() {
            var growth = [Double](repeating: 0, count: logR.count + 1)
            var changeTerms = [Double](repeating: 0, count: logR.count)
            for r in logR.indices {
                let precision = priorPrecision + Double(r) * noisePrecision
                let mean = (parameters.priorMean * priorPrecision + sums[r] * noisePrecision) / precision
                let variance = 1 / precision + parameters.observationVariance
                let logPredictive = -0.5 * (log(2 * Double.pi * variance) + (y - mean) * (y - mean) / variance)
                growth[r + 1] = logR[r] + logPredictive + log1mH
                changeTerms[r] = logR[r] + logPredictive + logH
            }
            growth[0] = logSumExp(changeTerms)
            let normaliser = logSumExp(growth)
            logR = growth.map { $0 - normaliser }
            sums = [0] + sums.map { $0 + y }
            var best = 0
            for r in logR.indices where logR[r] > logR[best] { best = r }
            below5.append(logR.prefix(5).reduce(0) { $0 + exp($1) })
            if let previous = mapRun.last, best < previous {
                drops.append(t)
                changes.append(t - best + 1)
            }
            mapRun.append(best)
        }
        return BOCPDResult(mapRunLength: mapRun, probabilityRunLengthBelow5: below5, dropTimes: drops, changePoints: changes)
    }

    /// `log Σ exp(x_i)` without overflow.
    static func logSumExp(_ values: [Double]) -> Double {
        guard let top = values.max(), top.isFinite else { return values.max() ?? -.infinity }
        return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
}
