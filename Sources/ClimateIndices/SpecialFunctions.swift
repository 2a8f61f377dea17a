import Foundation

/// Special functions for the statistics core: log-gamma, the regularised incomplete beta and gamma
/// functions, and numeric inversion helpers.
///
/// Pure Swift (plus the C library's `lgamma`/`erfc`), accurate to about 1e-14 relative in the
/// ranges the tests use. Algorithms: Lentz's continued fraction for the incomplete beta
/// (Numerical Recipes §6.4) and series / continued fraction for the incomplete gamma (§6.2).
public enum SpecialFunctions {
    /// `ln Γ(x)` for `x > 0`.
    public static func logGamma(_ x: Double) -> Double { lgamma(x) }

    /// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        lgamma(a) + lgamma(b) - lgamma(a + b)
    }

    /// The complementary error function `erfc(x)`.
    public static func complementaryErrorFunction(_ x: Double) -> Double { erfc(x) }

    /// The regularised incomplete beta function `I_x(a, b)` for `a, b > 0`, `0 ≤ x ≤ 1`.
    public static func regularizedIncompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        precondition(a > 0 && b > 0, "incomplete beta needs a, b > 0")
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = a * log(x) + b * log1p(-x) - logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(a, b, x) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(b, a, 1 - x) / b
    }

    /// The complement `1 − I_x(a, b) = I_{1−x}(b, a)`, computed without cancellation.
    public static func regularizedIncompleteBetaComplement(_ a: Double, _ b: Double, _ x: Double) -> Double {
        regularizedIncompleteBeta(b, a, 1 - x)
    }

    /// The lower regularised incomplete gamma function `P(a, x)` for `a > 0`, `x ≥ 0`.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "incomplete gamma needs a > 0")
        if x <= 0 { return 0 }
        if x < a + 1 { return gammaSeries(a, x) }
        return 1 - gammaContinuedFraction(a, x)
    }

    /// The upper regularised incomplete gamma function `Q(a, x) = 1 − P(a, x)`.
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "incomplete gamma needs a > 0")
        if x <= 0 { return 1 }
        if x < a + 1 { return 1 - gammaSeries(a, x) }
        return gammaContinuedFraction(a, x)
    }

    /// The `x` in `[low, high]` where the increasing function `f` reaches `target`, by bisection to
    /// machine precision (robust; used for quantiles where speed does not matter).
    public static func invertIncreasing(
        _ f: (Double) -> Double, target: Double, low: Double, high: Double
    ) -> Double {
        var lo = low, hi = high
        for _ in 0..<400 {
            let mid = lo + (hi - lo) / 2
            if mid <= lo || mid >= hi { break }
            if f(mid) < target { lo = mid } else { hi = mid }
        }
        return lo + (hi - lo) / 2
    }

    // MARK: - Private

    private static let tiny = 1e-300
    private static let epsilon = 1e-16

    /// Lentz's algorithm for the continued fraction of `I_x(a, b)` (converges for `x < (a+1)/(a+b+2)`).
    private static func betaContinuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    /// Series for `P(a, x)`, used when `x < a + 1`.
    private static func gammaSeries(_ a: Double, _ x: Double) -> Double {
        var ap = a, sum = 1 / a, term = sum
        for _ in 0..<10_000 {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return sum * exp(-x + a * log(x) - lgamma(a))
    }

    /// Continued fraction for `Q(a, x)`, used when `x ≥ a + 1`.
    private static func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b; if abs(d) < tiny { d = tiny }
            c = b + an / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return exp(-x + a * log(x) - lgamma(a)) * h
    }
}
