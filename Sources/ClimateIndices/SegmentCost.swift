import Foundation

/// The least-squares segment cost `C(s, e) = Σ_{i=s}^{e−1} (y_i − ȳ_{s:e})²` (ruptures `CostL2`).
///
/// Computed exactly as numpy evaluates `y[s:e].var() * (e − s)` (pairwise summation with eight
/// accumulators and blocks of 128), so penalised objectives and tie-breaking match ruptures bit
/// for bit rather than only to rounding error.
public struct L2SegmentCost: Sendable {
    /// The series.
    public let values: [Double]

    public init(values: [Double]) { self.values = values }

    /// `C(start, end)` for the half-open row range `start..<end` (0 when empty).
    public func cost(_ start: Int, _ end: Int) -> Double {
        let count = end - start
        guard count > 0 else { return 0 }
        return values.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
            let mean = NumpySum.pairwise(slice) / Double(count)
            var squares = [Double](repeating: 0, count: count)
            for i in 0..<count { let d = slice[i] - mean; squares[i] = d * d }
            let variance = squares.withUnsafeBufferPointer { NumpySum.pairwise($0) } / Double(count)
            return variance * Double(count)
        }
    }

    /// Mean of `start..<end`.
    public func mean(_ start: Int, _ end: Int) -> Double {
        values.withUnsafeBufferPointer { buffer in
            NumpySum.pairwise(UnsafeBufferPointer(rebasing: buffer[start..<end])) / Double(end - start)
        }
    }
}

/// numpy's pairwise summation of a contiguous float64 array (`np.add.reduce`).
public enum NumpySum {
    /// Sums `x` in numpy's order: plain loop below 8 values, 8 accumulators up to 128, halving above.
    public static func pairwise(_ x: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count
        if n < 8 {
            var sum = -0.0
            for value in x { sum += value }
            return sum
        }
        if n <= 128 {
            var r = (x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
            var i = 8
            let limit = n - n % 8
            while i < limit {
                r.0 += x[i]; r.1 += x[i + 1]; r.2 += x[i + 2]; r.3 += x[i + 3]
                r.4 += x[i + 4]; r.5 += x[i + 5]; r.6 += x[i + 6]; r.7 += x[i + 7]
                i += 8
            }
            var sum = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n { sum += x[i]; i += 1 }
            return sum
        }
        var half = n / 2
        half -= half % 8
        return pairwise(UnsafeBufferPointer(rebasing: x[0..<half]))
            + pairwise(UnsafeBufferPointer(rebasing: x[half..<n]))
    }

    /// Convenience over an array.
    public static func pairwise(_ x: [Double]) -> Double { x.withUnsafeBufferPointer { pairwise($0) } }
}
