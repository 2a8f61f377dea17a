import ArgumentParser
import ClimateIndices
import ClimatePipeline
import Foundation

/// `mediaclimate milestones`: window tests, segmented regression, PELT breaks and CCF of one
/// index series around the milestones.
struct MilestonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestones",
        abstract: "Link an index series to milestones: pre/post tests, segmented regression (HAC), PELT breaks, lead/lag CCF."
    )

    @OptionGroup var source: IndexSourceOptions
    @Option(help: "Milestones CSV (columns of ../shared/data/milestones/README.md).") var file = "corpora/milestones.csv"
    @Option(help: "Periods on each side of an event.") var window = 8
    @Option(help: "Series: \(IndexMetric.allCases.map(\.rawValue).joined(separator: ", ")).") var metric = "threat_share"
    @Option(help: "Period: day, week or month.") var by = "week"
    @Option(help: "csv or json.") var format = "csv"
    @Option(help: "CSV table: windows, changepoints or ccf (JSON holds all three).") var table = "windows"
    @Option(help: "PELT penalty (default 2·ln(n)·σ̂², σ̂ from the median absolute difference).") var penalty: Double?
    @Option(name: .customLong("min-size"), help: "PELT minimum segment length.") var minSize = 2

    func validate() throws {
        guard PeriodUnit(rawValue: by) != nil else { throw ValidationError("--by must be day, week or month") }
        guard IndexMetric(rawValue: metric) != nil else {
            throw ValidationError("--metric must be one of \(IndexMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ["csv", "json"].contains(format) else { throw ValidationError("--format must be csv or json") }
        guard MilestoneTable(rawValue: table) != nil else { throw ValidationError("--table must be windows, changepoints or ccf") }
        guard window >= 2 else { throw ValidationError("--window must be 2 or more") }
        guard minSize >= 1 else { throw ValidationError("--min-size must be 1 or more") }
        if let penalty, !(penalty >= 0 && penalty.isFinite) { throw ValidationError("--penalty must be a number >= 0") }
    }

    func run() throws {
        var index = source.request()
        index.options.unit = PeriodUnit(rawValue: by) ?? .week
        var request = MilestonesRequest(index: index, file: file)
        request.metric = IndexMetric(rawValue: metric) ?? .threatShare
        request.options = MilestoneOptions(window: window, penalty: penalty, minSize: minSize)
        let (report, provenance) = try MilestonesRun.report(request)
        let bytes = format == "json" ? MilestoneExport.json(report, provenance: provenance)
            : MilestoneExport.csv(report, table: MilestoneTable(rawValue: table) ?? .windows)
        FileHandle.standardOutput.write(Data(bytes))
        let tested = report.windows.filter { $0.status == "ok" }.count
        FileHandle.standardError.write(Data(("milestones: \(report.windows.count) milestones, \(tested) with window tests, "
            + "\(report.changePoints.count) change points (penalty \(report.penalty)), \(report.series.values.count) periods\n").utf8))
    }
}
