import Foundation

/// Options of the change-point search (ruptures names and semantics).
public struct ChangePointOptions: Sendable, Hashable {
    /// Penalty added once per segment (e.g. `2·ln(n)·σ²` for a mean shift with known σ).
    public var penalty: Double
    /// Minimum segment length.
    public var minSize: Int
    /// Candidate breakpoints are restricted to multiples of `jump` (ruptures' default is 5; ours is 1).
    public var jump: Int

    public init(penalty: Double, minSize: Int = 2, jump: Int = 1) {
        self.penalty = penalty
        self.minSize = minSize
        self.jump = jump
    }

    func validate(count n: Int) throws(IndicesError) {
        guard penalty.isFinite, penalty >= 0 else {
            throw .invalidParameter(name: "penalty", value: String(penalty), expected: "a finite number >= 0")
        }
        guard minSize >= 1 else {
            throw .invalidParameter(name: "min-size", value: String(minSize), expected: "an integer >= 1")
        }
        guard jump >= 1 else { throw .invalidParameter(name: "jump", value: String(jump), expected: "an integer >= 1") }
        guard n >= max(2 * minSize, 2) else { throw .notEnoughData(what: "change-point search", needed: max(2 * minSize, 2), got: n) }
    }
}

/// A segmentation: breakpoints (segment end indices, exclusive, last = n) and its objective.
public struct Segmentation: Sendable, Hashable {
    /// Segment end indices (exclusive); the last equals the series length (ruptures convention).
    public var breakpoints: [Int]
    /// Sum of the segment costs.
    public var sumSegmentCosts: Double
    /// Sum of costs plus the penalty times the number of breaks (excluding n).
    public var penalizedObjective: Double
    /// Mean of each segment.
    public var segmentMeans: [Double]

    init(breakpoints: [Int], cost: L2SegmentCost, penalty: Double) {
        self.breakpoints = breakpoints
        var start = 0, total = 0.0
        var means: [Double] = []
        for end in breakpoints {
            total += cost.cost(start, end)
            means.append(cost.mean(start, end))
            start = end
        }
        sumSegmentCosts = total
        penalizedObjective = total + penalty * Double(breakpoints.count - 1)
        segmentMeans = means
    }
}

/// PELT, Pruned Exact Linear Time change-point detection (Killick, Fearnhead & Eckley 2012),
/// reproducing ruptures' `Pelt(model='l2', min_size, jump).fit(y).predict(pen)` step for step.
///
/// ruptures' recursion: candidate ends are `k = min_size, …` on the `jump` grid plus `n`; at each
/// end the admissible start `floor((end − min_size)/jump)·jump` joins the set; a start without a
/// partition of `0..<start` is skipped; the best start is the **first** minimum of
/// `F(start) + C(start, end) + pen` (sums accumulated left to right as Python does); starts whose
/// total exceeds the best plus `pen` are pruned.
public enum PELT {
    /// Breakpoints of `values` under `options`.
    public static func detect(_ values: [Double], options: ChangePointOptions) throws(IndicesError) -> Segmentation {
        let n = values.count
        try options.validate(count: n)
        let cost = L2SegmentCost(values: values)
        let screen = L2PrefixCost(values: values)
        let pen = options.penalty, jump = options.jump, minSize = options.minSize, delta = screen.tolerance
        // best[t] = (objective of the optimal partition of 0..<t, start of its last segment)
        var best: [Int: (total: Double, previous: Int)] = [0: (0, 0)]
        var admissible: [Int] = []
        var ends = Array(stride(from: 0, to: n, by: jump).filter { $0 >= minSize })
        ends.append(n)
        for end in ends {
            admissible.append(((end - minSize) / jump) * jump)
            // Screen with the O(1) cost; evaluate exactly (numpy order) only near the decisions.
            var subproblems: [Subproblem] = []
            for start in admissible {
                guard let left = best[start] else { continue }
                subproblems.append(Subproblem(start: start, left: left.total, approximate: left.total + (screen.cost(start, end) + pen)))
            }
            guard let lowest = subproblems.map(\.approximate).min() else { continue }
            var winner: (start: Int, total: Double)?
            for index in subproblems.indices where subproblems[index].approximate <= lowest + delta {
                let total = subproblems[index].exact(cost, end: end, pen: pen)
                subproblems[index].total = total
                if winner == nil || total < winner!.total { winner = (subproblems[index].start, total) }
            }
            guard let winner else { continue }
            best[end] = (winner.total, winner.start)
            // ruptures zips the admissible list with the subproblem list (shortest wins) and keeps
            // starts whose objective is at most the best plus the penalty.
            let threshold = winner.total + pen
            var kept: [Int] = []
            for (start, var sub) in zip(admissible, subproblems) {
                if sub.approximate < threshold - delta { kept.append(start); continue }
                if sub.approximate > threshold + delta { continue }
                if sub.exact(cost, end: end, pen: pen) <= threshold { kept.append(start) }
            }
            admissible = kept
        }
        var breakpoints: [Int] = []
        var end = n
        while end > 0 {
            breakpoints.append(end)
            guard let entry = best[end] else { break }
            end = entry.previous
        }
        return Segmentation(breakpoints: breakpoints.reversed(), cost: cost, penalty: pen)
    }

    /// One candidate start: its screened objective and, once needed, the exact one.
    private struct Subproblem {
        var start: Int
        var left: Double
        var approximate: Double
        var total: Double?

        /// `F(start) + (C(start, end) + pen)`, summed left to right as Python's `sum` does.
        mutating func exact(_ cost: L2SegmentCost, end: Int, pen: Double) -> Double {
            if let total { return total }
            let value = left + (cost.cost(start, end) + pen)
            total = value
            return value
        }
    }

    /// Exact penalised optimal partitioning (O(n²), no pruning, no jump): the reference PELT must
    /// match. Ties go to the first minimum over starts in ascending order.
    public static func exactOptimalPartitioning(
        _ values: [Double], penalty: Double, minSize: Int = 2
    ) throws(IndicesError) -> Segmentation {
        let n = values.count
        try ChangePointOptions(penalty: penalty, minSize: minSize).validate(count: n)
        let cost = L2SegmentCost(values: values)
        var f = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: -1, count: n + 1)
        f[0] = 0
        for end in stride(from: minSize, through: n, by: 1) {
            for start in stride(from: 0, through: end - minSize, by: 1) where f[start].isFinite {
                let total = f[start] + cost.cost(start, end) + penalty
                if total < f[end] { f[end] = total; previous[end] = start }
            }
        }
        var breakpoints: [Int] = []
        var end = n
        while end > 0 { breakpoints.append(end); end = previous[end] }
        return Segmentation(breakpoints: breakpoints.reversed(), cost: cost, penalty: penalty)
    }
}
