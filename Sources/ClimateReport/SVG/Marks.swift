import ClimateIndices

/// A point of a weekly series: value and optional interval, nil where the week has no data.
public struct SeriesPoint: Sendable, Hashable {
    public var value: Double?
    public var low: Double?
    public var high: Double?

    public init(value: Double?, low: Double? = nil, high: Double? = nil) {
        self.value = value
        self.low = low
        self.high = high
    }
}

/// The data marks: lines with interval bands, milestone markers, bars and segment means.
public enum Marks {
    /// An interval band per run of consecutive weeks with an interval, then the line through the
    /// values (broken at missing weeks). `series` is `threat` or `humanity` (CSS class suffix).
    public static func lineWithBand(_ canvas: inout SVGCanvas, points: [SeriesPoint], x: WeekScale, y: LinearScale,
                                    series: String, lineClass: String = "line") {
        for run in runs(points.indices.map { points[$0].low != nil && points[$0].high != nil }) {
            let upper = run.map { (x.x(index: $0), y(points[$0].high ?? 0)) }
            let lower = run.reversed().map { (x.x(index: $0), y(points[$0].low ?? 0)) }
            if run.count == 1, let only = run.first {
                canvas.line(x1: x.x(index: only), y1: y(points[only].low ?? 0), x2: x.x(index: only),
                            y2: y(points[only].high ?? 0), cssClass: "band-tick \(series)")
            } else {
                canvas.polygon(upper + lower, cssClass: "band \(series)")
            }
        }
        for run in runs(points.map { $0.value != nil }) {
            let line = run.map { (x.x(index: $0), y(points[$0].value ?? 0)) }
            if line.count == 1, let only = line.first {
                canvas.circle(cx: only.0, cy: only.1, r: 2, cssClass: "dot \(series)")
            } else {
                canvas.polyline(line, cssClass: "\(lineClass) \(series)")
            }
        }
    }

    /// A bold line through a smoothed series (nil breaks the line).
    public static func smoothLine(_ canvas: inout SVGCanvas, values: [Double?], x: WeekScale, y: LinearScale, series: String) {
        for run in runs(values.map { $0 != nil }) where run.count > 1 {
            canvas.polyline(run.map { (x.x(index: $0), y(values[$0] ?? 0)) }, cssClass: "line-bold \(series)")
        }
    }

    /// A vertical milestone marker from `top` to `bottom` at `x`: a circle, filled when the
    /// milestone is verified and hollow when not; the tooltip carries id, date and description.
    public static func milestone(_ canvas: inout SVGCanvas, x: Double, top: Double, bottom: Double,
                                 verified: Bool, colour: String, title: String) {
        canvas.line(x1: x, y1: top, x2: x, y2: bottom, cssClass: "milestone-rule", style: "stroke:\(colour)")
        let style = verified ? "fill:\(colour);stroke:\(colour)" : "fill:#ffffff;stroke:\(colour)"
        canvas.circle(cx: x, cy: top, r: 4.5, cssClass: verified ? "milestone filled" : "milestone hollow",
                      style: style, title: title)
    }

    /// A change point: a dashed vertical rule with a small triangle label.
    public static func changePoint(_ canvas: inout SVGCanvas, x: Double, top: Double, bottom: Double, series: String, title: String) {
        canvas.line(x1: x, y1: top, x2: x, y2: bottom, cssClass: "changepoint \(series)")
        canvas.polygon([(x - 4, bottom), (x + 4, bottom), (x, bottom - 7)], cssClass: "changepoint-mark \(series)")
        canvas.raw("<!-- change point: \(SVGText.escape(title).replacingOccurrences(of: "--", with: "- -")) -->")
    }

    /// A horizontal segment mean from week `from` to week `to` (inclusive indices).
    public static func segmentMean(_ canvas: inout SVGCanvas, from: Int, to: Int, mean: Double, x: WeekScale,
                                   y: LinearScale, series: String) {
        let left = x.x(index: from) - x.slot / 2, right = x.x(index: to) + x.slot / 2
        canvas.line(x1: left, y1: y(mean), x2: right, y2: y(mean), cssClass: "segment-mean \(series)")
    }

    /// A bar per week from the baseline up to `values[i]`, with a tooltip.
    public static func bars(_ canvas: inout SVGCanvas, values: [Double], x: WeekScale, y: LinearScale,
                            cssClass: String, widthFraction: Double = 0.7, titles: [String]? = nil) {
        let width = x.slot * widthFraction
        for (index, value) in values.enumerated() where value > 0 {
            let top = y(value)
            canvas.rect(x: x.x(index: index) - width / 2, y: top, width: width, height: y.range.upperBound - top,
                        cssClass: cssClass, title: titles?[index])
        }
    }

    /// Runs of consecutive `true` indices.
    static func runs(_ flags: [Bool]) -> [[Int]] {
        var result: [[Int]] = [], current: [Int] = []
        for (index, flag) in flags.enumerated() {
            if flag { current.append(index) } else if !current.isEmpty { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
