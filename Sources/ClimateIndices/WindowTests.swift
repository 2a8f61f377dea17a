import Foundation

/// A two-sample t test result (statistic, degrees of freedom, two-sided p).
public struct TTestResult: Sendable, Hashable {
    public var t: Double
    public var df: Double
    public var pTwoSided: Double
}

/// A Mann-Whitney U result: `U` of the post sample and the two-sided p-value.
public struct MannWhitneyResult: Sendable, Hashable {
    /// Number of (post, pre) pairs with post > pre; ties count 0.5.
    public var uPost: Double
    public var pTwoSided: Double
}

/// A permutation test result over all splits of the pooled sample.
public struct PermutationResult: Sendable, Hashable {
    public var diffMeans: Double
    public var pTwoSided: Double
    public var permutations: Int
}

/// Event-window comparison of the weeks before an event with the weeks from the event on.
///
/// Exploratory, not causal: the tests assume independent weeks; autocorrelation inflates significance.
public struct WindowComparison: Sendable, Hashable {
    public var meanPre: Double
    public var meanPost: Double
    public var diffPostMinusPre: Double
    public var sdPre: Double
    public var sdPost: Double
    public var welch: TTestResult
    public var student: TTestResult
    public var mannWhitneyExact: MannWhitneyResult
    public var mannWhitneyAsymptotic: MannWhitneyResult
    public var mannWhitneyAsymptoticNoContinuity: MannWhitneyResult
    /// Exhaustive permutation test; nil when there are more than `maxExactPermutations` splits.
    public var permutation: PermutationResult?
    public var cohenD: Double
    public var hedgesG: Double
}

/// Two-sample tests for event windows, matching scipy.stats defaults.
public enum WindowTests {
    /// Splits beyond which the exhaustive permutation test is skipped.
    public static let maxExactPermutations = 2_000_000

    /// All window statistics for `pre` and `post` (each needs at least 2 values).
    public static func compare(pre: [Double], post: [Double]) throws(IndicesError) -> WindowComparison {
        guard pre.count >= 2, post.count >= 2 else {
            throw .notEnoughData(what: "event window", needed: 2, got: min(pre.count, post.count))
        }
        let meanPre = Descriptive.mean(pre), meanPost = Descriptive.mean(post)
        let (d, g) = effectSizes(pre: pre, post: post)
        return WindowComparison(
            meanPre: meanPre, meanPost: meanPost, diffPostMinusPre: meanPost - meanPre,
            sdPre: Descriptive.standardDeviation(pre), sdPost: Descriptive.standardDeviation(post),
            welch: welch(post, pre), student: student(post, pre),
            mannWhitneyExact: MannWhitney.exact(post, pre),
            mannWhitneyAsymptotic: MannWhitney.asymptotic(post, pre, continuity: true),
            mannWhitneyAsymptoticNoContinuity: MannWhitney.asymptotic(post, pre, continuity: false),
            permutation: Permutation.exactDifferenceOfMeans(post, pre, limit: maxExactPermutations),
            cohenD: d, hedgesG: g)
    }

    /// Welch's unequal-variance t test of `a − b` (scipy `ttest_ind(a, b, equal_var=False)`).
    public static func welch(_ a: [Double], _ b: [Double]) -> TTestResult {
        let va = Descriptive.variance(a) / Double(a.count), vb = Descriptive.variance(b) / Double(b.count)
        let t = (Descriptive.mean(a) - Descriptive.mean(b)) / (va + vb).squareRoot()
        let df = (va + vb) * (va + vb) / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
        return TTestResult(t: t, df: df, pTwoSided: Distributions.studentTTwoSidedP(t, df: df))
    }

    /// Student's pooled-variance t test of `a − b` (scipy `ttest_ind(a, b, equal_var=True)`).
    public static func student(_ a: [Double], _ b: [Double]) -> TTestResult {
        let na = Double(a.count), nb = Double(b.count), df = na + nb - 2
        let pooled = ((na - 1) * Descriptive.variance(a) + (nb - 1) * Descriptive.variance(b)) / df
        let t = (Descriptive.mean(a) - Descriptive.mean(b)) / (pooled * (1 / na + 1 / nb)).squareRoot()
        return TTestResult(t: t, df: df, pTwoSided: Distributions.studentTTwoSidedP(t, df: df))
    }

    /// Cohen's d (pooled SD, post − pre) and Hedges' g = d·(1 − 3/(4(n₁+n₂) − 9)) (Hedges 1981).
    public static func effectSizes(pre: [Double], post: [Double]) -> (cohenD: Double, hedgesG: Double) {
        let n1 = Double(pre.count), n2 = Double(post.count)
        let pooled = ((n1 - 1) * Descriptive.variance(pre) + (n2 - 1) * Descriptive.variance(post)) / (n1 + n2 - 2)
        let d = (Descriptive.mean(post) - Descriptive.mean(pre)) / pooled.squareRoot()
        return (d, d * (1 - 3 / (4 * (n1 + n2) - 9)))
    }
}
