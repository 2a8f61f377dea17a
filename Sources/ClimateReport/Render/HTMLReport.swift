/// The weekly report as one self-contained HTML page: inline CSS and SVG, no scripts, no external resources.
public enum HTMLReport {
    static let css = """
    :root{color-scheme:light}
    body{margin:0;background:#FAFAF8;color:#1F2328;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
    main{max-width:920px;margin:0 auto;padding:28px 20px 60px;background:#FFFFFF}
    h1{font-size:26px;line-height:1.2;margin:0 0 6px;font-weight:650}
    h2{font-size:19px;margin:36px 0 10px;padding-top:10px;border-top:1px solid #E3E5E8;font-weight:620}
    h3{font-size:15px;margin:22px 0 8px;font-weight:620}
    p,li{max-width:72ch}
    .meta{color:#505761;font-size:13px;margin:0 0 8px;padding-left:18px}
    .cards{display:grid;grid-template-columns:repeat(3,1fr);gap:10px;margin:12px 0}
    .card{border:1px solid #E3E5E8;border-radius:6px;padding:10px 12px}
    .card .label{font-size:12px;color:#505761;text-transform:uppercase;letter-spacing:.04em}
    .card .value{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}
    .card .sub{font-size:12px;color:#505761}
    .card.threat .value{color:#B34A00}.card.humanity .value{color:#005A8C}
    table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 14px;font-variant-numeric:tabular-nums}
    th,td{padding:5px 8px;border-bottom:1px solid #ECEEF0;text-align:left;vertical-align:top}
    th{font-weight:600;color:#3A4048;border-bottom:1px solid #C9CDD2;background:#F6F7F8}
    td.num,th.num{text-align:right;white-space:nowrap}
    td a,td:nth-child(2){white-space:nowrap}
    mark{background:#FFF1C7;color:inherit;padding:0 2px;border-radius:2px;font-weight:600}
    a{color:#005A8C}
    figure{margin:10px 0 18px}
    figcaption{font-size:12.5px;color:#505761;max-width:80ch}
    svg.chart{max-width:100%;height:auto;display:block}
    .note{font-size:13px;color:#505761}
    footer{font-size:12.5px;color:#505761}
    """

    /// The complete `report.html`.
    public static func render(_ data: ReportData) -> String {
        let s = ReportSections(data)
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        out += "<title>Media climate \(SVGText.escape(data.week.label))</title>\n<style>\n\(css)\n\(Palette.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>Media climate: migration coverage, \(SVGText.escape(data.week.label))</h1>\n<ul class=\"meta\">\n"
        out += s.headerLines.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        out += "<h2>Headline numbers</h2>\n" + cards(data) + s.headlineTable.html + "\n"
        out += "<h2>Timeline</h2>\n<figure>\n" + TimelineChart.render(data) + "\n" + VolumeStrip.render(data) + "\n"
        out += "<figcaption>Lines: weekly shares of migration articles with a threat or humanity label; bands: 95% Wilson intervals; dotted horizontal lines: PELT segment means; dashed rules: change points; circles: milestones (filled = verified, hollow = partial or unchecked; colour = kind); shaded weeks: fewer than \(IndexRow.minimumArticles) migration articles. The highlighted column is the report week. Hover a marker for its description.</figcaption>\n</figure>\n"
        let kinds = Palette.milestoneGroups.map { "<span style=\"color:\($0.1)\">●</span> \(SVGText.escape($0.0))" }.joined(separator: " &nbsp; ")
        out += "<p class=\"note\">Milestone colours: \(kinds).</p>\n"
        out += "<h2>Outlets and languages</h2>\n<p class=\"note\">One y scale for all panels; pooled shares (large outlets weigh more in the pooled series).</p>\n<figure>\n"
        out += SmallMultiples.render(id: "outlets", title: "Shares per outlet", units: data.byOutlet.map { ($0.key, data.outletName($0.key), $0.value) })
        out += "\n</figure>\n" + s.unitTable(data.byOutlet, name: data.outletName).html + "\n<figure>\n"
        out += SmallMultiples.render(id: "languages", title: "Shares per language", units: data.byLanguage.map { ($0.key, $0.key, $0.value) })
        out += "\n</figure>\n" + s.unitTable(data.byLanguage, name: { $0 }).html + "\n"
        out += "<h2>Events</h2>\n"
        out += data.eventsOfWeek.isEmpty ? "<p>No milestone in this week or the next 4 weeks.</p>\n" : s.eventsTable.html + "\n"
        out += "<h3>Event windows</h3>\n"
        out += data.eventWindows.isEmpty ? "<p>No milestone of the timeline has 8 complete weeks on both sides.</p>\n" : s.eventWindowTable.html + "\n"
        out += "<h2>Change points</h2>\n"
        out += data.changePoints.isEmpty ? "<p>PELT finds no change in the threat or humanity share over the 52 weeks.</p>\n" : s.changePointTable.html + "\n"
        out += "<h2>Evidence</h2>\n"
        for frame in ["threat", "humanity"] {
            let table = s.evidenceTable(frame: frame)
            out += "<h3>\(frame.capitalized) passages</h3>\n"
            out += table.rows.isEmpty ? "<p>No \(frame) passage this week.</p>\n" : table.html + "\n"
        }
        out += "<h2>Testimonies and reported tolls</h2>\n"
        out += data.testimonies.isEmpty ? "<p>No testimony this week.</p>\n" : s.testimonyTable.html + "\n"
        out += data.tolls.isEmpty ? "<p>No reported death toll this week.</p>\n" : s.tollTable.html + "\n"
        out += "<h2>Data quality</h2>\n" + s.ingestionTable.html + "\n<ul>\n"
        out += s.qualityLines.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        out += "<h2>Methods</h2>\n<footer><ul>\n" + s.methodsLines.map { "<li>\(inline($0))</li>" }.joined(separator: "\n")
        out += "\n</ul></footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    /// Headline cards for the three shares.
    static func cards(_ data: ReportData) -> String {
        var out = "<div class=\"cards\">\n"
        for (metric, label, css) in [("attention_share", "Attention share", ""), ("threat_share", "Threat share", "threat"),
                                     ("humanity_share", "Humanity share", "humanity")] {
            let estimate = data.current?.estimate(metric)
            let interval = estimate.flatMap { e in e.low.map { "95% CI \(SVGText.percent($0)) – \(SVGText.percent(e.high))" } } ?? "no data"
            out += "<div class=\"card \(css)\"><div class=\"label\">\(label)</div><div class=\"value\">\(SVGText.percent(estimate?.value))</div>"
            out += "<div class=\"sub\">\(interval); n = \(estimate?.denominator ?? 0)</div></div>\n"
        }
        return out + "</div>\n"
    }

    /// Escapes text and turns `code` spans into `<code>`.
    static func inline(_ text: String) -> String {
        let parts = SVGText.escape(text).split(separator: "`", omittingEmptySubsequences: false)
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }.joined()
    }
}
