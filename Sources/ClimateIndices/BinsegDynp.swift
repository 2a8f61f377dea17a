import Foundation

/// Binary segmentation and dynamic programming with a fixed number of breaks (ruptures `Binseg`
/// and `Dynp`, cost l2), for cross-checking PELT.
public enum FixedBreakSearch {
    /// ruptures `Dynp(model='l2', min_size, jump).fit(y).predict(n_bkps)`: the exact best
    /// segmentation into `breaks + 1` segments; first minimum over ascending candidates.
    public static func dynp(_ values: [Double], breaks: Int, minSize: Int = 2, jump: Int = 1) throws(IndicesError) -> Segmentation {
        let n = values.count
        try ChangePointOptions(penalty: 0, minSize: minSize, jump: jump).validate(count: n)
        guard admissible(samples: n, breaks: breaks, jump: jump, minSize: minSize) else {
            throw .invalidParameter(name: "n_bkps", value: String(breaks), expected: "fewer breaks for \(n) rows with min-size \(minSize)")
        }
        let cost = L2SegmentCost(values: values)
        var memo: [Int: (total: Double, ends: [Int])] = [:]  // key: k * (n + 1) + end
        func best(_ end: Int, _ k: Int) -> (total: Double, ends: [Int]) {
            if k == 0 { return (cost.cost(0, end), [end]) }
            if let hit = memo[k * (n + 1) + end] { return hit }
            var winner: (total: Double, ends: [Int])?
            for bkp in stride(from: 0, to: end, by: 1) where bkp % jump == 0 {
                guard admissible(samples: bkp, breaks: k - 1, jump: jump, minSize: minSize), end - bkp >= minSize else { continue }
                let left = best(bkp, k - 1)
                let total = left.total + cost.cost(bkp, end)
                if winner == nil || total < winner!.total { winner = (total, left.ends + [end]) }
            }
            let result = winner ?? (.infinity, [end])
            memo[k * (n + 1) + end] = result
            return result
        }
        return Segmentation(breakpoints: best(n, breaks).ends, cost: cost, penalty: 0)
    }

    /// ruptures `Binseg(model='l2', min_size, jump)`: greedy splits, stopping after `breaks` splits
    /// or, with a penalty, when the best gain no longer exceeds it.
    public static func binseg(
        _ values: [Double], breaks: Int? = nil, penalty: Double? = nil, minSize: Int = 2, jump: Int = 1
    ) throws(IndicesError) -> Segmentation {
        let n = values.count
        try ChangePointOptions(penalty: penalty ?? 0, minSize: minSize, jump: jump).validate(count: n)
        let cost = L2SegmentCost(values: values)
        var bkps = [n]
        while true {
            var bestSplit: (bkp: Int, gain: Double)?
            var start = 0
            for end in bkps {
                let split = singleSplit(cost, start, end, minSize: minSize, jump: jump)
                if let split, bestSplit == nil || split.gain > bestSplit!.gain { bestSplit = split }
                start = end
            }
            guard let split = bestSplit else { break }
            let proceed: Bool
            if let breaks { proceed = bkps.count - 1 < breaks } else if let penalty { proceed = split.gain > penalty } else { proceed = false }
            guard proceed else { break }
            bkps.append(split.bkp)
            bkps.sort()
        }
        return Segmentation(breakpoints: bkps, cost: cost, penalty: penalty ?? 0)
    }

    /// The best single split of `start..<end` (largest gain; ties go to the larger index, as
    /// Python's `max` over `(gain, bkp)` tuples does).
    private static func singleSplit(_ cost: L2SegmentCost, _ start: Int, _ end: Int, minSize: Int, jump: Int) -> (bkp: Int, gain: Double)? {
        let whole = cost.cost(start, end)
        var best: (bkp: Int, gain: Double)?
        for bkp in stride(from: start, to: end, by: jump) where bkp - start >= minSize && end - bkp >= minSize {
            let gain = whole - cost.cost(start, bkp) - cost.cost(bkp, end)
            if best == nil || gain >= best!.gain { best = (bkp, gain) }
        }
        return best
    }

    /// ruptures `sanity_check`: whether `breaks` breakpoints fit in `samples` rows.
    static func admissible(samples: Int, breaks: Int, jump: Int, minSize: Int) -> Bool {
        if breaks > samples / jump { return false }
        let step = (minSize + jump - 1) / jump * jump
        return breaks * step + minSize <= samples
    }
}
