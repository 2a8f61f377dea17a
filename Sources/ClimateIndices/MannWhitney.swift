import Foundation

/// Mann-Whitney U test (two-sided), as scipy.stats `mannwhitneyu` computes it.
///
/// `U_post` counts the (a, b) pairs with a > b, ties 0.5. The p-value uses `U = max(U₁, U₂)`.
/// The exact method uses the no-ties null distribution (scipy does not correct it for ties and
/// truncates a half-integer U); the asymptotic method uses the tie-corrected variance
/// `n₁n₂/12·((n+1) − Σ(t³−t)/(n(n−1)))` and, by default, a continuity correction of 0.5.
public enum MannWhitney {
    /// `U` of sample `a` against sample `b` from average ranks, plus the tie group sizes.
    public static func statistic(_ a: [Double], _ b: [Double]) -> (u: Double, tieSizes: [Int]) {
        let (ranks, ties) = Descriptive.averageRanks(a + b)
        let rankSum = ranks[0..<a.count].reduce(0, +)
        let n1 = Double(a.count)
        return (rankSum - n1 * (n1 + 1) / 2, ties)
    }

    /// Exact two-sided p from the no-ties distribution of U (scipy `method='exact'`).
    public static func exact(_ a: [Double], _ b: [Double]) -> MannWhitneyResult {
        let (u1, _) = statistic(a, b)
        let product = a.count * b.count
        let u = Int(max(u1, Double(product) - u1))  // truncates like scipy's int64 cast
        let counts = nullCounts(a.count, b.count)
        let total = counts.reduce(0, +)
        var upper = 0.0
        for value in u...product { upper += counts[value] }
        return MannWhitneyResult(uPost: u1, pTwoSided: min(1, max(0, 2 * upper / total)))
    }

    /// Normal-approximation two-sided p with tie-corrected variance (scipy `method='asymptotic'`).
    public static func asymptotic(_ a: [Double], _ b: [Double], continuity: Bool = true) -> MannWhitneyResult {
        let (u1, ties) = statistic(a, b)
        let n1 = Double(a.count), n2 = Double(b.count), n = n1 + n2
        let u = max(u1, n1 * n2 - u1)
        let tieTerm = ties.reduce(0.0) { $0 + Double($1 * $1 * $1 - $1) }
        let s = (n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)))).squareRoot()
        var numerator = u - n1 * n2 / 2
        if continuity { numerator -= 0.5 }
        // All values tied: no variance, no test (scipy returns NaN too).
        guard s > 0 else { return MannWhitneyResult(uPost: u1, pTwoSided: .nan) }
        let p = 2 * Distributions.normalSF(numerator / s)
        return MannWhitneyResult(uPost: u1, pTwoSided: min(1, max(0, p)))
    }

    /// Frequencies of U = 0…m·n under H0 without ties: the coefficients of the Gaussian binomial
    /// `[m+n choose m]_q = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i)`.
    public static func nullCounts(_ m: Int, _ n: Int) -> [Double] {
        let size = m * n + 1
        var poly = [Double](repeating: 0, count: size)
        poly[0] = 1
        for i in stride(from: 1, through: m, by: 1) {
            // Multiply by (1 − q^{n+i}) (descending so each coefficient is used once).
            let shift = n + i
            if shift < size {
                for k in stride(from: size - 1, through: shift, by: -1) { poly[k] -= poly[k - shift] }
            }
            // Divide by (1 − q^i): running sum with stride i.
            if i < size {
                for k in i..<size { poly[k] += poly[k - i] }
            }
        }
        return poly
    }
}

/// Exhaustive permutation test of the difference in means (scipy `permutation_test` with
/// `permutation_type='independent'` and `n_resamples=inf`).
///
/// Every split of the pooled sample into groups of the original sizes is visited once, so the
/// result is deterministic. Comparisons use scipy's relative tolerance `100·ε·|observed|`.
public enum Permutation {
    /// Two-sided exact p for `mean(a) − mean(b)`; nil when the number of splits exceeds `limit`.
    public static func exactDifferenceOfMeans(_ a: [Double], _ b: [Double], limit: Int) -> PermutationResult? {
        let pooled = a + b
        let n = pooled.count, k = a.count
        guard let splits = binomial(n, k), splits <= limit else { return nil }
        let total = pooled.reduce(0, +)
        let observed = Descriptive.mean(a) - Descriptive.mean(b)
        let gamma = abs(100 * Double.ulpOfOne * observed)
        var less = 0, greater = 0
        var chosen = Array(0..<k)
        while true {
            var sumA = 0.0
            for index in chosen { sumA += pooled[index] }
            let diff = sumA / Double(k) - (total - sumA) / Double(n - k)
            if diff <= observed + gamma { less += 1 }
            if diff >= observed - gamma { greater += 1 }
            guard advance(&chosen, n: n) else { break }
        }
        let p = min(1, 2 * Double(min(less, greater)) / Double(splits))
        return PermutationResult(diffMeans: observed, pTwoSided: p, permutations: splits)
    }

    /// `C(n, k)`, or nil on overflow.
    static func binomial(_ n: Int, _ k: Int) -> Int? {
        var result = 1
        for i in 0..<min(k, n - k) {
            let (product, overflow) = result.multipliedReportingOverflow(by: n - i)
            if overflow { return nil }
            result = product / (i + 1)
        }
        return result
    }

    /// Moves `chosen` to the next k-combination of 0..<n in lexicographic order.
    private static func advance(_ chosen: inout [Int], n: Int) -> Bool {
        let k = chosen.count
        var i = k - 1
        while i >= 0, chosen[i] == n - k + i { i -= 1 }
        guard i >= 0 else { return false }
        chosen[i] += 1
        for j in (i + 1)..<k { chosen[j] = chosen[j - 1] + 1 }
        return true
    }
}
