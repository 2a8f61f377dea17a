import Foundation

/// A metric over consecutive periods: only periods where the metric is defined are kept, each
/// with its ordinal, so lags and windows are measured in periods even across gaps.
public struct MetricSeries: Sendable, Hashable {
    public var unit: PeriodUnit
    public var metric: IndexMetric
    public var periods: [Period]
    public var values: [Double]

    /// The pooled, ungrouped rows of an index table, in period order.
    public init(rows: [IndexRow], metric: IndexMetric, unit: PeriodUnit) {
        self.unit = unit
        self.metric = metric
        let pooled = rows.filter { $0.variant == .pooled && $0.groupType == .none }.sorted { $0.period < $1.period }
        periods = []; values = []
        for row in pooled {
            guard let value = row.metric(metric), value.isFinite else { continue }
            periods.append(row.period); values.append(value)
        }
    }
}

/// Options of `mediaclimate milestones`.
public struct MilestoneOptions: Sendable, Hashable {
    /// Periods on each side of the event for the window tests and the segmented regression.
    public var window: Int = 8
    /// PELT penalty; nil = `2·ln(n)·σ̂²` (``SeriesAnalysis/defaultPenalty(_:)``).
    public var penalty: Double?
    public var minSize: Int = 2

    public init(window: Int = 8, penalty: Double? = nil, minSize: Int = 2) {
        self.window = window; self.penalty = penalty; self.minSize = minSize
    }
}

/// The pre/post comparison and segmented regression around one milestone.
public struct MilestoneWindow: Sendable {
    public var milestone: Milestone
    /// The period containing the milestone date ("post" starts there).
    public var eventPeriod: Period
    /// `ok`, or why the tests are missing (`outside_series`, `short_window`).
    public var status: String
    public var pre: [Double]
    public var post: [Double]
    public var comparison: WindowComparison?
    public var segmented: SegmentedRegressionResult?
    /// The PELT break nearest the event and its lag in periods (break − event; > 0 = after).
    public var nearestBreak: Period?
    public var breakLag: Int?
}

/// One PELT break with the milestone nearest to it.
public struct ChangePointLink: Sendable, Hashable {
    /// The first period of the new segment.
    public var period: Period
    public var meanBefore: Double
    public var meanAfter: Double
    public var nearestMilestone: String?
    /// Break ordinal − milestone ordinal (> 0: the break follows the milestone).
    public var lag: Int?
}

/// Everything `mediaclimate milestones` reports for one series.
public struct MilestoneReport: Sendable {
    public var series: MetricSeries
    public var options: MilestoneOptions
    public var penalty: Double
    public var windows: [MilestoneWindow]
    public var changePoints: [ChangePointLink]
    /// Cross-correlation of the metric (y) with the milestone count per period (x); nil when
    /// the series is too short or no milestone falls inside it.
    public var ccf: CrossCorrelationResult?
}

/// Links a metric series to milestones: window tests, segmented regression (Newey-West HAC),
/// PELT breaks (l2 cost, `jump = 1`) with the nearest milestone, and the lead/lag
/// cross-correlation (ANALYSIS.md §2). Exploratory: none of this is causal.
public enum MilestoneAnalysis {
    public static func analyze(series: MetricSeries, milestones: [Milestone], options: MilestoneOptions) throws(IndicesError) -> MilestoneReport {
        guard options.window >= 2 else {
            throw .invalidParameter(name: "window", value: String(options.window), expected: "an integer >= 2")
        }
        let ordinals = series.periods.map(\.ordinal)
        let eventOrdinals = milestones.map { Period(containing: $0.day, unit: series.unit).ordinal }
        let penalty = options.penalty ?? SeriesAnalysis.defaultPenalty(series.values)
        var breaks: [Int] = [], links: [ChangePointLink] = []
        if series.values.count >= max(2 * options.minSize, 2) {
            let segmentation = try PELT.detect(series.values, options: ChangePointOptions(penalty: penalty, minSize: options.minSize, jump: 1))
            for (index, end) in segmentation.breakpoints.dropLast().enumerated() {
                breaks.append(ordinals[end])
                let nearest = nearestIndex(to: ordinals[end], in: eventOrdinals)
                links.append(ChangePointLink(
                    period: series.periods[end], meanBefore: segmentation.segmentMeans[index], meanAfter: segmentation.segmentMeans[index + 1],
                    nearestMilestone: nearest.map { milestones[$0].id }, lag: nearest.map { ordinals[end] - eventOrdinals[$0] }))
            }
        }
        var windows: [MilestoneWindow] = []
        for (milestone, event) in zip(milestones, eventOrdinals) {
            windows.append(window(milestone, event: event, series: series, ordinals: ordinals, breaks: breaks, width: options.window))
        }
        return MilestoneReport(series: series, options: options, penalty: penalty, windows: windows, changePoints: links,
                               ccf: crossCorrelation(series, ordinals: ordinals, events: eventOrdinals, maxLag: options.window))
    }

    static func window(_ milestone: Milestone, event: Int, series: MetricSeries, ordinals: [Int], breaks: [Int], width: Int) -> MilestoneWindow {
        var pre: [Double] = [], post: [Double] = []
        for (ordinal, value) in zip(ordinals, series.values) {
            if ordinal >= event - width, ordinal < event { pre.append(value) }
            if ordinal >= event, ordinal < event + width { post.append(value) }
        }
        let nearest = nearestIndex(to: event, in: breaks)
        var result = MilestoneWindow(
            milestone: milestone, eventPeriod: Period(ordinal: event, unit: series.unit), status: "ok", pre: pre, post: post,
            nearestBreak: nearest.map { Period(ordinal: breaks[$0], unit: series.unit) }, breakLag: nearest.map { breaks[$0] - event })
        guard let first = ordinals.first, let last = ordinals.last, event > first, event <= last else {
            result.status = "outside_series"
            return result
        }
        guard pre.count >= 2, post.count >= 2, let comparison = try? WindowTests.compare(pre: pre, post: post) else {
            result.status = "short_window"
            return result
        }
        result.comparison = comparison
        let y = pre + post
        result.segmented = try? SegmentedRegression.fit(y: y, eventIndex: pre.count, maxlags: NeweyWest.defaultMaxlags(observations: y.count))
        return result
    }

    /// The position of the value nearest `target` (the earlier one on a tie).
    static func nearestIndex(to target: Int, in values: [Int]) -> Int? {
        var best: Int?
        for (index, value) in values.enumerated() {
            guard let current = best else { best = index; continue }
            let distance = abs(value - target), bestDistance = abs(values[current] - target)
            if distance < bestDistance || (distance == bestDistance && value < values[current]) { best = index }
        }
        return best
    }

    static func crossCorrelation(_ series: MetricSeries, ordinals: [Int], events: [Int], maxLag: Int) -> CrossCorrelationResult? {
        let counts = Dictionary(events.map { ($0, 1.0) }, uniquingKeysWith: +)
        let x = ordinals.map { counts[$0] ?? 0 }
        guard x.contains(where: { $0 > 0 }), series.values.count > maxLag + 2 else { return nil }
        return try? CrossCorrelation.analyze(x: x, y: series.values, maxLag: maxLag)
    }
}
