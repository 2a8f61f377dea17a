/// Colours of the charts: Okabe-Ito hues, distinguishable with the common colour-vision deficiencies.
public enum Palette {
    /// Threat: vermillion.
    public static let threat = "#D55E00"
    /// Humanity: blue.
    public static let humanity = "#0072B2"
    /// Volume bars.
    public static let volume = "#7A8797"
    public static let volumeAll = "#D5DBE2"

    /// Milestone colour by kind (kinds outside the list are grey).
    public static func milestone(kind: String) -> String {
        switch kind {
        case "media shock": return "#000000"
        case "policy decision", "MoU signed": return "#009E73"
        case "election", "government formed": return "#CC79A7"
        case "pilot approval", "first arrivals": return "#E69F00"
        default: return "#6F6F6F"
        }
    }

    /// The kind groups shown in the legend, with their colours.
    public static let milestoneGroups: [(String, String)] = [
        ("media shock", "#000000"), ("policy / MoU", "#009E73"), ("election / government", "#CC79A7"),
        ("pilot / arrivals", "#E69F00"), ("other", "#6F6F6F"),
    ]

    /// The chart style sheet (inline in the HTML report).
    public static let css = """
    .chart{font-family:inherit;font-size:11px;overflow:visible}
    .chart .grid{stroke:#E6E8EB;stroke-width:1}
    .chart .domain{stroke:#8A9099;stroke-width:1}
    .chart .tickmark{stroke:#8A9099}
    .chart .tick{fill:#4A5059;font-size:10.5px}
    .chart .axis-title,.chart .panel-title{fill:#2B3038;font-size:11px;font-weight:600}
    .chart .legend-label{fill:#2B3038;font-size:11px}
    .chart .line{fill:none;stroke-width:2;stroke-linejoin:round}
    .chart .line-thin{fill:none;stroke-width:1.4;stroke-linejoin:round}
    .chart .line-raw{fill:none;stroke-width:1.1;stroke-linejoin:round;opacity:.75}
    .chart .line-bold{fill:none;stroke-width:2.6;stroke-linejoin:round;stroke-linecap:round}
    .chart .line-faint{fill:none;stroke-width:.9;opacity:.35}
    .chart .band{stroke:none;opacity:.18}
    .chart .band-tick{stroke-width:3;opacity:.35}
    .chart .threat{stroke:\(threat);fill:\(threat)}
    .chart .humanity{stroke:\(humanity);fill:\(humanity)}
    .chart polyline{fill:none!important}
    .chart .dot{stroke:none}
    .chart .milestone-rule{stroke-width:1;stroke-dasharray:2 3;opacity:.7}
    .chart .milestone{stroke-width:1.6}
    .chart .changepoint{stroke-width:1.2;stroke-dasharray:5 3;fill:none}
    .chart .changepoint-mark{stroke:none}
    .chart .segment-mean{stroke-width:1.5;stroke-dasharray:1 2;opacity:.9;fill:none}
    .chart .bar-migration{fill:\(volume)}
    .chart .bar-all{fill:\(volumeAll)}
    .chart .current-week{fill:#F4E9C9;stroke:none}
    .chart .low-n{fill:#F1F2F4;stroke:none}
    """
}
