import ClimateIndices
@testable import ClimateReport
import Testing

@Suite("SVG layer")
struct SVGTests {
    @Test("escaping covers markup characters and drops control characters")
    func escaping() {
        #expect(SVGText.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
        #expect(SVGText.escape("x\u{01}y") == "x y")
    }

    @Test("fixed formatting is deterministic and rounds half away from zero")
    func fixed() {
        #expect(SVGText.fixed(2.25, digits: 1) == "2.3")
        #expect(SVGText.fixed(-2.25, digits: 1) == "-2.3")
        #expect(SVGText.fixed(-0.01, digits: 1) == "0.0")
        #expect(SVGText.fixed(12, digits: 0) == "12")
        #expect(SVGText.fixed(.nan, digits: 2) == "0.00")
        #expect(SVGText.percent(0.1234) == "12.3%")
        #expect(SVGText.points(-0.004) == "-0.4 pp")
        #expect(SVGText.points(0.0123) == "+1.2 pp")
        #expect(SVGText.pValue(0.0004) == "<0.001")
        #expect(SVGText.count(1234567) == "1,234,567")
    }

    @Test("linear scales map, clamp, invert and give round ticks")
    func linear() {
        let y = LinearScale(domain: 0...0.5, range: 10...110, inverted: true)
        #expect(y(0) == 110)
        #expect(y(0.5) == 10)
        #expect(y(2) == 10)
        #expect(y.ticks(count: 5) == [0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5])
        #expect(LinearScale.niceMax(0.43) == 0.5)
        #expect(LinearScale.niceMax(870, count: 2) == 1000)
    }

    @Test("week scales place slots and ticks from the last week back")
    func weekScale() {
        let last = ISOWeek(year: 2024, month: 5, day: 13)
        let weeks = SeriesBuilder.weeks(endingWith: last, count: 52)
        let x = WeekScale(weeks: weeks, range: 0...520)
        #expect(x.slot == 10)
        #expect(x.x(index: 0) == 5)
        #expect(x.x(day: last.mondayDay + 7) == nil)
        #expect(x.x(day: weeks[0].mondayDay) == 0)
        #expect(x.tickIndices(every: 8).last == 51)
        #expect(weeks.first?.label == "2023-W21")
    }

    @Test("a band per run of intervals, lines broken at missing weeks")
    func bands() {
        var canvas = SVGCanvas(id: "t", width: 100, height: 100)
        let points = [SeriesPoint(value: 0.2, low: 0.1, high: 0.3), SeriesPoint(value: 0.3, low: 0.2, high: 0.4),
                      SeriesPoint(value: nil), SeriesPoint(value: 0.1, low: 0, high: 0.2), SeriesPoint(value: 0.2, low: 0.1, high: 0.3)]
        Marks.lineWithBand(&canvas, points: points, x: WeekScale(weeks: SeriesBuilder.weeks(endingWith: ISOWeek(year: 2024, month: 1, day: 1), count: 5), range: 0...100),
                           y: LinearScale(domain: 0...1, range: 0...100, inverted: true), series: "threat")
        let svg = canvas.render(title: "T & t", description: "d")
        #expect(svg.components(separatedBy: "<polygon class=\"band threat\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "<polyline class=\"line threat\"").count - 1 == 2)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\"t-title\">T &amp; t</title>"))
    }

    @Test("milestones: filled when verified, hollow otherwise, with an escaped tooltip")
    func markers() {
        var canvas = SVGCanvas(id: "m", width: 100, height: 100)
        Marks.milestone(&canvas, x: 10, top: 5, bottom: 90, verified: true, colour: "#000000", title: "a<b")
        Marks.milestone(&canvas, x: 20, top: 5, bottom: 90, verified: false, colour: "#000000", title: "c")
        let svg = canvas.render(title: "m", description: "m")
        #expect(svg.contains("class=\"milestone filled\""))
        #expect(svg.contains("class=\"milestone hollow\""))
        #expect(svg.contains("<title>a&lt;b</title>"))
    }
}
