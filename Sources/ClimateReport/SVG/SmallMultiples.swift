import ClimateIndices

/// Small multiples: one panel per unit (outlet or language), all on one y scale.
public enum SmallMultiples {
    public static let panelWidth = 210.0
    public static let panelHeight = 120.0
    public static let columns = 4

    /// Panels for `units` (id, display name, rows), at most `limit`, largest first.
    public static func render(id: String, title: String, units: [(String, String, [IndexRow])], limit: Int = 12) -> String {
        let shown = Array(units.sorted { a, b in
            let na = a.2.reduce(0) { $0 + $1.counts.articlesMigration }, nb = b.2.reduce(0) { $0 + $1.counts.articlesMigration }
            return (nb, a.1, a.0) < (na, b.1, b.0)
        }.prefix(limit))
        let rows = max(1, (shown.count + columns - 1) / columns)
        let width = panelWidth * Double(columns), height = panelHeight * Double(rows) + 30
        var canvas = SVGCanvas(id: id, width: width, height: height)
        let highest = shown.flatMap { $0.2 }.flatMap { [$0.threatShare?.value, $0.humanityShare?.value] }.compactMap { $0 }.max() ?? 0.5
        let domain = 0...min(1, LinearScale.niceMax(max(highest, 0.1), count: 2))
        for (number, unit) in shown.enumerated() {
            let column = number % columns, row = number / columns
            canvas.beginGroup(cssClass: "panel", translateX: Double(column) * panelWidth, translateY: Double(row) * panelHeight, label: unit.1)
            let left = 34.0, right = panelWidth - 12, top = 22.0, bottom = panelHeight - 22
            let x = WeekScale(weeks: unit.2.map(\.week), range: left...right)
            let y = LinearScale(domain: domain, range: top...bottom, inverted: true)
            let n = unit.2.reduce(0) { $0 + $1.counts.articlesMigration }
            canvas.text("\(unit.1) (n = \(SVGText.count(n)))", x: left, y: 12, cssClass: "panel-title")
            Axes.left(&canvas, scale: y, x: left, plotWidth: right - left, ticks: 2) { SVGText.fixed($0 * 100, digits: 0) + "%" }
            Axes.bottomWeeks(&canvas, scale: x, y: bottom, every: 26)
            for (metric, series) in [("threat_share", "threat"), ("humanity_share", "humanity")] {
                let points = unit.2.map { r in r.estimate(metric).map { SeriesPoint(value: $0.value) } ?? SeriesPoint(value: nil) }
                Marks.lineWithBand(&canvas, points: points, x: x, y: y, series: series, lineClass: "line-faint")
                Marks.smoothLine(&canvas, values: Smoothing.rollingMean(points.map(\.value), window: 4, minPeriods: 4), x: x, y: y, series: series)
            }
            canvas.endGroup()
        }
        Legend.draw(&canvas, items: [
            LegendItem("Threat share (4-week mean; faint: weekly)", shape: .line, cssClass: "line-bold threat"),
            LegendItem("Humanity share (4-week mean; faint: weekly)", shape: .line, cssClass: "line-bold humanity"),
        ], x: 34, y: height - 8, maxWidth: width - 40)
        let more = units.count > shown.count ? " \(units.count - shown.count) smaller units are not drawn." : ""
        return canvas.render(title: title, description: "Weekly threat and humanity shares for \(shown.count) units on one y scale "
                             + "from 0 to \(SVGText.fixed(domain.upperBound * 100, digits: 0))%.\(more)")
    }
}
