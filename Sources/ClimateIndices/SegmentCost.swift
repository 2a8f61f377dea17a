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
            let variance = NumpySum.pairwise(count: count) { let d = slice[$0] - mean; return d * d } / Double(count)
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

/// An O(1) approximation of `L2SegmentCost` from compensated prefix sums of the centred series,
/// used to screen PELT candidates; `tolerance` bounds its error (candidates within it of a
/// decision are re-evaluated with the exact cost, so results stay identical to ruptures').
public struct L2PrefixCost: Sendable {
    private var sums: [Double]
    private var squares: [Double]
    /// Absolute error bound used for screening: `1e-9 · (Σ(y − ȳ)² + 1)`.
    public let tolerance: Double

    public init(values: [Double]) {
        let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        sums = [0]; squares = [0]
        sums.reserveCapacity(values.count + 1); squares.reserveCapacity(values.count + 1)
        var s = 0.0, sc = 0.0, q = 0.0, qc = 0.0  // Kahan-compensated running sums
        for value in values {
            let d = value - mean
            (s, sc) = KahanSum.add(s, sc, d)
            (q, qc) = KahanSum.add(q, qc, d * d)
            sums.append(s + sc); squares.append(q + qc)
        }
        tolerance = 1e-9 * ((squares.last ?? 0) + 1)
    }

    /// Approximate `C(start, end)`.
    public func cost(_ start: Int, _ end: Int) -> Double {
        let count = Double(end - start)
        guard count > 0 else { return 0 }
        let s = sums[end] - sums[start]
        return max(0, (squares[end] - squares[start]) - s * s / count)
    }
}

/// Kahan-Babuska compensated addition.
enum KahanSum {
    static func add(_ sum: Double, _ compensation: Double, _ value: Double) -> (Double, Double) {
        let t = sum + value
        let c = abs(sum) >= abs(value) ? (sum - t) + value : (value - t) + sum
        return (t, compensation + c)
    }
}

/// numpy's pairwise summation of a contiguous float64 array (`np.add.reduce`).
public enum NumpySum {
    /// Sums `x` in numpy's order: plain loop below 8 values, 8 accumulators up to 128, halving above.
    public static func pairwise(_ x: UnsafeBufferPointer<Double>) -> Double {
        pairwise(count: x.count) { x[$0] }
    }

    /// Sums `term(0..<count)` in numpy's pairwise order without materialising the terms.
    @inline(__always)
    public static func pairwise(count: Int, _ term: (Int) -> Double) -> Double {
        block(0, count, term)
    }

    private static func block(_ start: Int, _ n: Int, _ x: (Int) -> Double) -> Double {
        if n < 8 {
            var sum = -0.0
            for i in start..<(start + n) { sum += x(i) }
            return sum
        }
        if n <= 128 {
            var r = (x(start), x(start + 1), x(start + 2), x(start + 3), x(start + 4), x(start + 5), x(start + 6), x(start + 7))
            var i = 8
            let limit = n - n % 8
            while i < limit {
                let b = start + i
                r.0 += x(b); r.1 += x(b + 1); r.2 += x(b + 2); r.3 += x(b + 3)
                r.4 += x(b + 4); r.5 += x(b + 5); r.6 += x(b + 6); r.7 += x(b + 7)
                i += 8
            }
            var sum = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n { sum += x(start + i); i += 1 }
            return sum
        }
        var half = n / 2
        half -= half % 8
        return block(start, half, x) + block(start + half, n - half, x)
    }

    /// Convenience over an array.
    public static func pairwise(_ x: [Double]) -> Double { x.withUnsafeBufferPointer { pairwise($0) } }
}
