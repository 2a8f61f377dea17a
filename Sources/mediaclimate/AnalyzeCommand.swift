import ArgumentParser
import ClimateIndices
import Foundation

/// `mediaclimate analyze window|segmented|changepoints|ccf`: statistics on one CSV series.
///
/// Each subcommand parses its options and calls one `SeriesAnalysis` function; the JSON result
/// goes to stdout. Bad input (missing column, non-numeric cell, event out of range) prints the
/// cause and the fix to stderr and exits 1; usage errors exit 64.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Event windows, segmented regression, change points and lead/lag on a weekly series (exploratory, not causal).",
        subcommands: [AnalyzeWindowCommand.self, AnalyzeSegmentedCommand.self,
                      AnalyzeChangepointsCommand.self, AnalyzeCCFCommand.self]
    )
}

/// Options shared by the `analyze` subcommands.
struct AnalyzeOptions: ParsableArguments {
    @Option(name: .customLong("series"), help: "CSV file with a header line.")
    var series: String

    @Option(name: .customLong("column"), help: "The value column (the response y for ccf).")
    var column: String

    @Option(name: .customLong("time-column"), help: "Time column for --event-date and labels (default: week_start or date).")
    var timeColumn: String?

    @Option(name: .customLong("event-index"), help: "0-based row of the event (first post row).")
    var eventIndex: Int?

    @Option(name: .customLong("event-date"), help: "Event date YYYY-MM-DD; the row whose period contains it.")
    var eventDate: String?

    /// The request with the shared fields filled in.
    func request() throws -> AnalysisRequest {
        if eventIndex != nil, eventDate != nil {
            throw ValidationError("give either --event-index or --event-date, not both")
        }
        var request = AnalysisRequest(seriesPath: series, column: column)
        request.timeColumn = timeColumn
        if let eventIndex { request.event = .index(eventIndex) }
        if let eventDate { request.event = .date(eventDate) }
        return request
    }

    /// Requires an event option (usage error otherwise).
    func requireEvent() throws {
        guard eventIndex != nil || eventDate != nil else {
            throw ValidationError("this analysis needs --event-index I or --event-date YYYY-MM-DD")
        }
    }
}

/// Runs `body`, writing its JSON to stdout; library errors go to stderr with exit code 1.
func emitAnalysis(_ body: () throws(IndicesError) -> String) throws {
    do {
        let json = try body()
        FileHandle.standardOutput.write(Data(json.utf8))
    } catch {
        FileHandle.standardError.write(Data("mediaclimate analyze: \(error.errorDescription ?? "\(error)")\n".utf8))
        throw ExitCode(1)
    }
}

struct AnalyzeWindowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window", abstract: "Pre/post means, Welch and Student t, Mann-Whitney U, permutation test, Hedges' g.")
    @OptionGroup var options: AnalyzeOptions
    @Option(name: .customLong("window"), help: "Weeks on each side of the event.") var window: Int = 8

    func run() async throws {
        try options.requireEvent()
        var request = try options.request()
        request.window = window
        try emitAnalysis { () throws(IndicesError) in try SeriesAnalysis.window(request) }
    }
}

struct AnalyzeSegmentedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmented", abstract: "Segmented regression (level and slope change) with OLS and Newey-West HAC errors.")
    @OptionGroup var options: AnalyzeOptions
    @Option(name: .customLong("maxlags"), help: "HAC lag length (Bartlett kernel).") var maxlags: Int = 4

    func run() async throws {
        try options.requireEvent()
        var request = try options.request()
        request.maxlags = maxlags
        try emitAnalysis { () throws(IndicesError) in try SeriesAnalysis.segmented(request) }
    }
}

struct AnalyzeChangepointsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changepoints", abstract: "PELT change points (l2 cost, ruptures semantics).")
    @OptionGroup var options: AnalyzeOptions
    @Option(name: .customLong("penalty"), help: "Penalty per segment (default 2·ln(n)·σ̂², σ̂ from first differences).")
    var penalty: Double?
    @Option(name: .customLong("min-size"), help: "Minimum segment length.") var minSize: Int = 2
    @Option(name: .customLong("jump"), help: "Breakpoints restricted to multiples of jump (ruptures' default is 5).")
    var jump: Int = 1

    func run() async throws {
        var request = try options.request()
        request.penalty = penalty
        request.minSize = minSize
        request.jump = jump
        try emitAnalysis { () throws(IndicesError) in try SeriesAnalysis.changepoints(request) }
    }
}

struct AnalyzeCCFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccf", abstract: "Cross-correlation lead/lag, Granger F tests and ADF statistics (y = --column, x = --x-column).")
    @OptionGroup var options: AnalyzeOptions
    @Option(name: .customLong("x-column"), help: "The driver series x.") var xColumn: String
    @Option(name: .customLong("maxlags"), help: "Largest Granger lag.") var maxlags: Int = 4
    @Option(name: .customLong("adf-lags"), help: "Lagged differences in the ADF regression.") var adfLags: Int = 2

    func run() async throws {
        var request = try options.request()
        request.xColumn = xColumn
        request.maxlags = maxlags
        request.adfLags = adfLags
        try emitAnalysis { () throws(IndicesError) in try SeriesAnalysis.ccf(request) }
    }
}
