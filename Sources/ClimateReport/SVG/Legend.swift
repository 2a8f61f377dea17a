/// One legend entry: a swatch drawn with `swatchClass`/`style` and its label.
public struct LegendItem: Sendable, Hashable {
    public enum Shape: String, Sendable { case line, band, filledCircle, hollowCircle, bar, dashed }
    public var label: String
    public var shape: Shape
    public var cssClass: String
    public var style: String?

    public init(_ label: String, shape: Shape, cssClass: String, style: String? = nil) {
        self.label = label
        self.shape = shape
        self.cssClass = cssClass
        self.style = style
    }
}

/// A horizontal legend row.
public enum Legend {
    /// Draws `items` left to right from (`x`, `y`), wrapping at `maxWidth`.
    public static func draw(_ canvas: inout SVGCanvas, items: [LegendItem], x: Double, y: Double, maxWidth: Double) {
        canvas.beginGroup(cssClass: "legend", label: "Legend")
        var cursor = x, row = y
        for item in items {
            let width = 26 + Double(item.label.count) * 6.4 + 14
            if cursor + width > x + maxWidth, cursor > x { cursor = x; row += 16 }
            switch item.shape {
            case .line: canvas.line(x1: cursor, y1: row - 4, x2: cursor + 18, y2: row - 4, cssClass: item.cssClass, style: item.style)
            case .dashed: canvas.line(x1: cursor, y1: row - 4, x2: cursor + 18, y2: row - 4, cssClass: item.cssClass, style: item.style)
            case .band: canvas.rect(x: cursor, y: row - 9, width: 18, height: 10, cssClass: item.cssClass, style: item.style)
            case .bar: canvas.rect(x: cursor + 4, y: row - 10, width: 10, height: 11, cssClass: item.cssClass, style: item.style)
            case .filledCircle, .hollowCircle:
                canvas.circle(cx: cursor + 9, cy: row - 4, r: 4.5, cssClass: item.cssClass, style: item.style)
            }
            canvas.text(item.label, x: cursor + 24, y: row, cssClass: "legend-label")
            cursor += width
        }
        canvas.endGroup()
    }
}
