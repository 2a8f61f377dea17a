import ClimateIndices

/// Axes with ticks, grid lines and labels, drawn onto an ``SVGCanvas``.
public enum Axes {
    /// A left value axis: grid lines across `plotWidth`, tick labels formatted by `label`.
    public static func left(_ canvas: inout SVGCanvas, scale: LinearScale, x: Double, plotWidth: Double,
                            ticks: Int = 4, title: String? = nil, label: (Double) -> String) {
        canvas.beginGroup(cssClass: "axis axis-y")
        for tick in scale.ticks(count: ticks) {
            let y = scale(tick)
            canvas.line(x1: x, y1: y, x2: x + plotWidth, y2: y, cssClass: "grid")
            canvas.text(label(tick), x: x - 6, y: y + 4, cssClass: "tick", anchor: "end")
        }
        canvas.line(x1: x, y1: scale.range.lowerBound, x2: x, y2: scale.range.upperBound, cssClass: "domain")
        if let title { canvas.text(title, x: x - 40, y: scale.range.lowerBound - 22, cssClass: "axis-title", anchor: "start") }
        canvas.endGroup()
    }

    /// A bottom week axis at `y`: a baseline, tick marks and `YYYY-Www` labels every `every` weeks.
    public static func bottomWeeks(_ canvas: inout SVGCanvas, scale: WeekScale, y: Double, every: Int = 8,
                                   showLabels: Bool = true) {
        canvas.beginGroup(cssClass: "axis axis-x")
        canvas.line(x1: scale.range.lowerBound, y1: y, x2: scale.range.upperBound, y2: y, cssClass: "domain")
        for index in scale.tickIndices(every: every) {
            let x = scale.x(index: index)
            canvas.line(x1: x, y1: y, x2: x, y2: y + 4, cssClass: "tickmark")
            if showLabels { canvas.text(scale.weeks[index].label, x: x, y: y + 16, cssClass: "tick", anchor: "middle") }
        }
        canvas.endGroup()
    }
}
