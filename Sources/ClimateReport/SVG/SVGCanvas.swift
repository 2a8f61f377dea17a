/// A small SVG builder: an accessible root element and the primitives the charts need.
///
/// The root carries `role="img"`, a `<title>` and a `<desc>` referenced by `aria-labelledby`,
/// so screen readers announce each chart. All text passes through ``SVGText/escape(_:)`` and
/// all coordinates through ``SVGText/coord(_:)``.
public struct SVGCanvas: Sendable {
    public let width: Double
    public let height: Double
    public let id: String
    private var body: [String] = []

    /// A canvas `width` × `height` whose element ids start with `id`.
    public init(id: String, width: Double, height: Double) {
        self.id = id
        self.width = width
        self.height = height
    }

    /// Appends raw, already escaped markup.
    public mutating func raw(_ markup: String) { body.append(markup) }

    /// A line segment.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String, style: String? = nil) {
        body.append("<line class=\"\(cssClass)\" x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\"\(styleAttr(style))/>")
    }

    /// A rectangle, with an optional tooltip title.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, cssClass: String,
                              style: String? = nil, title: String? = nil) {
        let open = "<rect class=\"\(cssClass)\" x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(0, width)))\" height=\"\(c(max(0, height)))\"\(styleAttr(style))"
        if let title { body.append(open + "><title>\(SVGText.escape(title))</title></rect>") } else { body.append(open + "/>") }
    }

    /// A circle, with an optional tooltip title.
    public mutating func circle(cx: Double, cy: Double, r: Double, cssClass: String, style: String? = nil, title: String? = nil) {
        let open = "<circle class=\"\(cssClass)\" cx=\"\(c(cx))\" cy=\"\(c(cy))\" r=\"\(c(r))\"\(styleAttr(style))"
        if let title { body.append(open + "><title>\(SVGText.escape(title))</title></circle>") } else { body.append(open + "/>") }
    }

    /// An open polyline through `points`.
    public mutating func polyline(_ points: [(Double, Double)], cssClass: String, style: String? = nil) {
        guard points.count > 1 else { return }
        body.append("<polyline class=\"\(cssClass)\" points=\"\(pointList(points))\"\(styleAttr(style))/>")
    }

    /// A closed polygon through `points`.
    public mutating func polygon(_ points: [(Double, Double)], cssClass: String, style: String? = nil) {
        guard points.count > 2 else { return }
        body.append("<polygon class=\"\(cssClass)\" points=\"\(pointList(points))\"\(styleAttr(style))/>")
    }

    /// A text label; `anchor` is `start`, `middle` or `end`.
    public mutating func text(_ content: String, x: Double, y: Double, cssClass: String, anchor: String = "start") {
        body.append("<text class=\"\(cssClass)\" x=\"\(c(x))\" y=\"\(c(y))\" text-anchor=\"\(anchor)\">\(SVGText.escape(content))</text>")
    }

    /// Opens a group (e.g. one panel, translated); close it with ``endGroup()``.
    public mutating func beginGroup(cssClass: String, translateX: Double = 0, translateY: Double = 0, label: String? = nil) {
        let transform = translateX == 0 && translateY == 0 ? "" : " transform=\"translate(\(c(translateX)),\(c(translateY)))\""
        let aria = label.map { " aria-label=\"\(SVGText.escape($0))\"" } ?? ""
        body.append("<g class=\"\(cssClass)\"\(transform)\(aria)>")
    }

    /// Closes the innermost group.
    public mutating func endGroup() { body.append("</g>") }

    /// The complete `<svg>` element with its accessible title and description.
    public func render(title: String, description: String) -> String {
        let titleID = "\(id)-title", descID = "\(id)-desc"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" role=\"img\" "
        out += "aria-labelledby=\"\(titleID) \(descID)\" viewBox=\"0 0 \(c(width)) \(c(height))\" "
        out += "width=\"\(c(width))\" height=\"\(c(height))\">\n"
        out += "<title id=\"\(titleID)\">\(SVGText.escape(title))</title>\n"
        out += "<desc id=\"\(descID)\">\(SVGText.escape(description))</desc>\n"
        out += body.joined(separator: "\n")
        out += "\n</svg>"
        return out
    }

    private func c(_ value: Double) -> String { SVGText.coord(value) }
    private func styleAttr(_ style: String?) -> String { style.map { " style=\"\(SVGText.escape($0))\"" } ?? "" }
    private func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(c($0.0)),\(c($0.1))" }.joined(separator: " ")
    }
}
