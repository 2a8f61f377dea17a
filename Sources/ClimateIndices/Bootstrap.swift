import Foundation

/// A small, seeded, platform-independent random number generator: xoshiro256** (Blackman &
/// Vigna 2018) seeded through SplitMix64, so bootstrap results are identical on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func next() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection; no modulo bias).
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let (high, low) = next().multipliedFullWidth(by: range)
            if low >= threshold { return Int(high) }
        }
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// A bootstrap summary: percentile interval and standard error of the replicates.
public struct BootstrapInterval: Sendable, Hashable {
    public var low: Double
    public var high: Double
    /// Standard deviation of the replicates (ddof 1).
    public var standardError: Double
    /// Replicates where the statistic was defined.
    public var validReplicates: Int
}

/// Nonparametric bootstrap over items (e.g. articles within a week), seeded and deterministic.
public enum Bootstrap {
    /// Resamples `count` items with replacement `replicates` times, evaluates `statistic` on the
    /// drawn indices (nil = undefined, skipped) and returns the percentile interval (numpy's
    /// linear interpolation) at `confidence`. Nil when no replicate is defined.
    public static func percentileInterval(
        count: Int, replicates: Int = 2000, confidence: Double = 0.95, seed: UInt64,
        statistic: ([Int]) -> Double?
    ) -> BootstrapInterval? {
        guard count > 0, replicates > 0 else { return nil }
        var generator = SeededGenerator(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(replicates)
        var draw = [Int](repeating: 0, count: count)
        for _ in 0..<replicates {
            for i in 0..<count { draw[i] = generator.index(below: count) }
            if let value = statistic(draw), value.isFinite { values.append(value) }
        }
        guard !values.isEmpty else { return nil }
        values.sort()
        let alpha = (1 - confidence) / 2
        return BootstrapInterval(
            low: percentile(sorted: values, alpha), high: percentile(sorted: values, 1 - alpha),
            standardError: values.count > 1 ? Descriptive.standardDeviation(values) : 0,
            validReplicates: values.count)
    }

    /// The `q`-quantile of sorted values with linear interpolation (numpy `percentile` default).
    public static func percentile(sorted values: [Double], _ q: Double) -> Double {
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return values[lower] + (values[upper] - values[lower]) * fraction
    }
}
