/// The weekly report as Markdown (same sections as the HTML, without the charts).
public enum MarkdownReport {
    /// The complete `report.md`.
    public static func render(_ data: ReportData) -> String {
        let s = ReportSections(data)
        var out: [String] = ["# Media climate: migration coverage, \(data.week.label)", ""]
        out += s.headerLines.map { "- \($0)" } + [""]
        out += ["## Headline numbers", "", s.headlineTable.markdown, ""]
        out += ["## Timeline", "",
                "The 52-week timeline of threat and humanity shares, with interval bands, milestone markers (hollow when unverified), change points and the volume strip, is in `report.html`; the numbers are in `indices.csv`.", ""]
        out += ["## Outlets and languages", "", "Pooled shares per unit (this week and over the 52 weeks).", "",
                s.unitTable(data.byOutlet, name: data.outletName).markdown, "",
                s.unitTable(data.byLanguage, name: { $0 }).markdown, ""]
        out += ["## Events", ""]
        out += data.eventsOfWeek.isEmpty ? ["No milestone in this week or the next 4 weeks.", ""] : [s.eventsTable.markdown, ""]
        out += ["### Event windows", ""]
        out += data.eventWindows.isEmpty
            ? ["No milestone of the timeline has 8 complete weeks on both sides.", ""]
            : [s.eventWindowTable.markdown, ""]
        out += ["## Change points", ""]
        out += data.changePoints.isEmpty ? ["PELT finds no change in the threat or humanity share over the 52 weeks.", ""]
            : [s.changePointTable.markdown, ""]
        out += ["## Evidence", ""]
        for frame in ["threat", "humanity"] {
            let table = s.evidenceTable(frame: frame)
            out += ["### \(frame.capitalized) passages", ""]
            out += table.rows.isEmpty ? ["No \(frame) passage this week.", ""] : [table.markdown, ""]
        }
        out += ["## Testimonies and reported tolls", ""]
        out += data.testimonies.isEmpty ? ["No testimony this week.", ""] : [s.testimonyTable.markdown, ""]
        out += data.tolls.isEmpty ? ["No reported death toll this week.", ""] : [s.tollTable.markdown, ""]
        out += ["## Data quality", "", s.ingestionTable.markdown, ""] + s.qualityLines.map { "- \($0)" } + [""]
        out += ["## Methods", ""] + s.methodsLines.map { "- \($0)" }
        return out.joined(separator: "\n") + "\n"
    }
}
