import Foundation

/// Descriptive statistics shared by the tests: mean, variance and standard deviation.
public enum Descriptive {
    /// Arithmetic mean (NaN when empty).
    public static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Variance with `ddof` delta degrees of freedom (two-pass; `ddof = 1` is the sample variance).
    public static func variance(_ values: [Double], ddof: Int = 1) -> Double {
        guard values.count > ddof else { return .nan }
        let m = mean(values)
        var sum = 0.0
        for value in values { sum += (value - m) * (value - m) }
        return sum / Double(values.count - ddof)
    }

    /// Standard deviation with `ddof` delta degrees of freedom.
    public static func standardDeviation(_ values: [Double], ddof: Int = 1) -> Double {
        variance(values, ddof: ddof).squareRoot()
    }

    /// Average ranks (ties share the mean of their positions), 1-based, plus the tie group sizes.
    public static func averageRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 1) / 2
            for position in start..<end { ranks[order[position]] = rank }
            tieSizes.append(end - start)
            start = end
        }
        return (ranks, tieSizes)
    }
}
