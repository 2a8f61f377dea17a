import Foundation

/// Display smoothing of weekly series, matching pandas (`rolling(...).mean()`, `ewm(adjust=False)`).
///
/// Statistics should run on the unsmoothed values; smoothing is for charts. Nil marks a missing
/// value and is skipped when counting `minPeriods`.
public enum Smoothing {
    /// Trailing rolling mean over `window` values; nil until `minPeriods` non-nil values are in the window.
    public static func rollingMean(_ values: [Double?], window: Int, minPeriods: Int) -> [Double?] {
        values.indices.map { i in
            let slice = values[max(0, i - window + 1)...i].compactMap { $0 }
            return slice.count >= minPeriods && !slice.isEmpty ? Descriptive.mean(slice) : nil
        }
    }

    /// Centred rolling mean (pandas `center=True`, `min_periods = window`): nil near the edges.
    public static func centeredRollingMean(_ values: [Double?], window: Int) -> [Double?] {
        let before = (window - 1) - (window - 1) / 2, after = (window - 1) / 2
        return values.indices.map { i in
            guard i - before >= 0, i + after < values.count else { return nil }
            let slice = values[(i - before)...(i + after)].compactMap { $0 }
            return slice.count == window ? Descriptive.mean(slice) : nil
        }
    }

    /// Exponentially weighted mean, `s_0 = x_0`, `s_t = α·x_t + (1 − α)·s_{t−1}`; a missing value
    /// carries the previous level forward.
    public static func ewm(_ values: [Double?], alpha: Double) -> [Double?] {
        var level: Double?
        return values.map { value in
            guard let value else { return level }
            level = level.map { alpha * value + (1 - alpha) * $0 } ?? value
            return level
        }
    }
}
