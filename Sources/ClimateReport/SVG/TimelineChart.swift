import ClimateIndices

/// The 52-week timeline of threat and humanity shares with Wilson bands, milestone markers,
/// change points and PELT segment means.
public enum TimelineChart {
    public static let width = 880.0
    public static let height = 340.0
    static let margin = (left: 52.0, right: 16.0, top: 44.0, bottom: 76.0)

    /// The SVG element.
    public static func render(_ data: ReportData) -> String {
        var canvas = SVGCanvas(id: "timeline", width: width, height: height)
        let plotLeft = margin.left, plotRight = width - margin.right
        let plotTop = margin.top, plotBottom = height - margin.bottom
        let x = WeekScale(weeks: data.weeks, range: plotLeft...plotRight)
        let highest = data.pooled.flatMap { [$0.threatShare?.high, $0.humanityShare?.high] }.compactMap { $0 }.max() ?? 0.5
        let y = LinearScale(domain: 0...min(1, LinearScale.niceMax(max(highest, 0.1))), range: plotTop...plotBottom, inverted: true)

        for (index, row) in data.pooled.enumerated() where row.lowN {
            canvas.rect(x: x.x(index: index) - x.slot / 2, y: plotTop, width: x.slot, height: plotBottom - plotTop,
                        cssClass: "low-n", title: "\(row.week.label): n = \(row.counts.articlesMigration) (below \(IndexRow.minimumArticles))")
        }
        canvas.rect(x: x.x(index: data.weeks.count - 1) - x.slot / 2, y: plotTop, width: x.slot, height: plotBottom - plotTop,
                    cssClass: "current-week", title: "Report week \(data.week.label)")
        Axes.left(&canvas, scale: y, x: plotLeft, plotWidth: plotRight - plotLeft, ticks: 5,
                  title: "Share of migration articles") { SVGText.fixed($0 * 100, digits: 0) + "%" }
        Axes.bottomWeeks(&canvas, scale: x, y: plotBottom)
        for segment in data.segments {
            Marks.segmentMean(&canvas, from: segment.from, to: segment.to, mean: segment.mean, x: x, y: y,
                              series: segment.metric == "threat_share" ? "threat" : "humanity")
        }
        for (metric, series) in [("threat_share", "threat"), ("humanity_share", "humanity")] {
            let points = data.pooled.map { row in
                row.estimate(metric).map { SeriesPoint(value: $0.value, low: $0.low, high: $0.high) } ?? SeriesPoint(value: nil)
            }
            Marks.lineWithBand(&canvas, points: points, x: x, y: y, series: series, lineClass: "line-raw")
            let smooth = Smoothing.rollingMean(points.map(\.value), window: 4, minPeriods: 4)
            Marks.smoothLine(&canvas, values: smooth, x: x, y: y, series: series)
        }
        for alert in data.changePoints {
            let series = alert.metric == "threat_share" ? "threat" : "humanity"
            let left = x.x(index: alert.index) - x.slot / 2
            Marks.changePoint(&canvas, x: left, top: plotTop, bottom: plotBottom, series: series,
                              title: "\(series) share changes at \(alert.week.label)")
        }
        for milestone in data.timelineMilestones {
            guard let position = x.x(day: milestone.day) else { continue }
            Marks.milestone(&canvas, x: position, top: plotTop - 6, bottom: plotBottom, verified: milestone.isVerified,
                            colour: Palette.milestone(kind: milestone.kind),
                            title: "\(milestone.id) \(milestone.date) (\(milestone.kind), verified: \(milestone.verified)): \(milestone.description)")
        }
        Legend.draw(&canvas, items: [
            LegendItem("Threat share (4-week mean)", shape: .line, cssClass: "line-bold threat"),
            LegendItem("Humanity share (4-week mean)", shape: .line, cssClass: "line-bold humanity"),
            LegendItem("Weekly value", shape: .line, cssClass: "line-raw", style: "stroke:#6F6F6F"),
            LegendItem("95% Wilson interval", shape: .band, cssClass: "band threat"),
            LegendItem("PELT segment mean", shape: .dashed, cssClass: "segment-mean threat"),
            LegendItem("Change point", shape: .dashed, cssClass: "changepoint threat"),
            LegendItem("Milestone (verified)", shape: .filledCircle, cssClass: "milestone", style: "fill:#000000;stroke:#000000"),
            LegendItem("Milestone (unverified)", shape: .hollowCircle, cssClass: "milestone", style: "fill:#ffffff;stroke:#000000"),
        ], x: plotLeft, y: plotBottom + 38, maxWidth: plotRight - plotLeft)
        let current = data.current
        let description = "Weekly threat and humanity shares of migration articles from \(data.weeks.first?.label ?? "") to "
            + "\(data.week.label), with 95% Wilson intervals as bands. This week: threat \(SVGText.percent(current?.threatShare?.value)), "
            + "humanity \(SVGText.percent(current?.humanityShare?.value)) of \(current?.counts.articlesMigration ?? 0) migration articles. "
            + "\(data.timelineMilestones.count) milestones and \(data.changePoints.count) change points are marked."
        return canvas.render(title: "Threat and humanity shares, 52 weeks", description: description)
    }
}
