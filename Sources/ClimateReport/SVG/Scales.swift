import Foundation
import ClimateIndices

/// A linear map from a data domain to a pixel range, with "nice" ticks.
public struct LinearScale: Sendable, Hashable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// When true the range is traversed from upper to lower (SVG y axes grow downwards).
    public var inverted: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
        let span = domain.upperBound - domain.lowerBound
        self.domain = span > 0 ? domain : domain.lowerBound...(domain.lowerBound + 1)
        self.range = range
        self.inverted = inverted
    }

    /// The pixel position of `value` (values outside the domain are clamped to the range).
    public func callAsFunction(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let clamped = min(1, max(0, t.isFinite ? t : 0))
        let span = range.upperBound - range.lowerBound
        return inverted ? range.upperBound - clamped * span : range.lowerBound + clamped * span
    }

    /// About `count` round tick values (steps of 1, 2 or 5 × 10ⁿ) inside the domain.
    public func ticks(count: Int = 5) -> [Double] {
        let step = LinearScale.niceStep(domain.upperBound - domain.lowerBound, count: count)
        let first = (domain.lowerBound / step).rounded(.up)
        let last = (domain.upperBound / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// The upper bound rounded up to a nice step, for domains that should start at 0.
    public static func niceMax(_ value: Double, count: Int = 5) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let step = niceStep(value, count: count)
        return (value / step - 1e-9).rounded(.up) * step
    }

    static func niceStep(_ span: Double, count: Int) -> Double {
        let raw = span / Double(max(count, 1))
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        return nice * magnitude
    }
}

/// A scale over consecutive ISO weeks: week `i` of `weeks` maps to the centre of its slot.
public struct WeekScale: Sendable, Hashable {
    public var weeks: [ISOWeek]
    public var range: ClosedRange<Double>

    public init(weeks: [ISOWeek], range: ClosedRange<Double>) {
        self.weeks = weeks
        self.range = range
    }

    /// Width of one week's slot.
    public var slot: Double { (range.upperBound - range.lowerBound) / Double(max(weeks.count, 1)) }

    /// Centre of the slot of the week at `index`.
    public func x(index: Int) -> Double { range.lowerBound + (Double(index) + 0.5) * slot }

    /// Position of a day (days since 1970-01-01) inside the covered weeks, or nil outside them.
    public func x(day: Int) -> Double? {
        guard let first = weeks.first, let last = weeks.last else { return nil }
        guard day >= first.mondayDay, day < last.mondayDay + 7 else { return nil }
        let offset = Double(day - first.mondayDay) / 7.0
        return range.lowerBound + offset * slot
    }

    /// Indices of the labelled ticks: every `every` weeks, counted back from the last week.
    public func tickIndices(every: Int = 8) -> [Int] {
        guard !weeks.isEmpty else { return [] }
        return stride(from: weeks.count - 1, through: 0, by: -max(every, 1)).reversed()
    }
}
