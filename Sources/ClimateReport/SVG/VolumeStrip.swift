import ClimateIndices

/// The volume strip under the timeline: all articles (light) and migration articles (dark) per week.
public enum VolumeStrip {
    public static let height = 96.0

    /// The SVG element, aligned with ``TimelineChart``'s plot area.
    public static func render(_ data: ReportData) -> String {
        let width = TimelineChart.width
        var canvas = SVGCanvas(id: "volume", width: width, height: height)
        let left = TimelineChart.margin.left, right = width - TimelineChart.margin.right
        let top = 18.0, bottom = height - 24
        let x = WeekScale(weeks: data.weeks, range: left...right)
        let highest = Double(data.pooled.map(\.counts.articlesAll).max() ?? 0)
        let y = LinearScale(domain: 0...LinearScale.niceMax(max(highest, 1), count: 2), range: top...bottom, inverted: true)
        Axes.left(&canvas, scale: y, x: left, plotWidth: right - left, ticks: 2, title: "Articles per week") { SVGText.count(Int($0)) }
        let titles = data.pooled.map { "\($0.week.label): \($0.counts.articlesMigration) migration of \($0.counts.articlesAll) articles" }
        Marks.bars(&canvas, values: data.pooled.map { Double($0.counts.articlesAll) }, x: x, y: y, cssClass: "bar-all",
                   widthFraction: 0.8, titles: titles)
        Marks.bars(&canvas, values: data.pooled.map { Double($0.counts.articlesMigration) }, x: x, y: y, cssClass: "bar-migration",
                   widthFraction: 0.8, titles: titles)
        Axes.bottomWeeks(&canvas, scale: x, y: bottom, showLabels: false)
        Legend.draw(&canvas, items: [
            LegendItem("All articles", shape: .bar, cssClass: "bar-all"),
            LegendItem("Migration articles", shape: .bar, cssClass: "bar-migration"),
        ], x: right - 300, y: height - 6, maxWidth: 300)
        let total = data.pooled.reduce(0) { $0 + $1.counts.articlesAll }
        let migration = data.pooled.reduce(0) { $0 + $1.counts.articlesMigration }
        return canvas.render(title: "Article volume per week",
                             description: "\(migration) migration articles among \(total) articles over the 52 weeks; bars per week.")
    }
}
