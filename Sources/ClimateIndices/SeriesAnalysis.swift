import Foundation

/// Where the event is: a row index (0-based) or a value of the time column.
public enum EventLocator: Sendable, Hashable {
    case index(Int)
    case date(String)
}

/// The inputs of `mediaclimate analyze`: a CSV series, the value column, and method options.
public struct AnalysisRequest: Sendable {
    /// Path of the CSV (with a header line).
    public var seriesPath: String
    /// The value column (the response `y` for `ccf`).
    public var column: String
    /// The time column used for `--event-date` and to label breakpoints (default: `week_start`
    /// if present, else `date`, else none).
    public var timeColumn: String?
    /// The driver column `x` for `ccf`.
    public var xColumn: String?
    public var event: EventLocator?
    /// Weeks on each side of the event for the window tests.
    public var window: Int = 8
    /// PELT penalty; nil = `2·ln(n)·σ̂²` with σ̂ from the median absolute first difference.
    public var penalty: Double?
    public var minSize: Int = 2
    public var jump: Int = 1
    /// HAC lags (segmented) or the largest lag (ccf/Granger).
    public var maxlags: Int?
    /// ADF lag count for `ccf`.
    public var adfLags: Int = 2

    public init(seriesPath: String, column: String) {
        self.seriesPath = seriesPath
        self.column = column
    }
}

/// Runs one analysis on a CSV series and returns its JSON (field names as in
/// `analysis-reference/*/expected.json`). One function per `analyze` subcommand.
public enum SeriesAnalysis {
    /// Pre/post window tests around the event (`analyze window`).
    public static func window(_ request: AnalysisRequest) throws(IndicesError) -> String {
        let table = try SeriesTable.load(path: request.seriesPath)
        let values = try table.numbers(request.column)
        let event = try eventIndex(request, table: table, count: values.count)
        let w = request.window
        guard w >= 2 else { throw .invalidParameter(name: "window", value: String(w), expected: "an integer >= 2") }
        guard event - w >= 0, event + w <= values.count else {
            throw .invalidParameter(name: "window", value: String(w),
                                    expected: "at most \(min(event, values.count - event)) for event row \(event) of \(values.count) rows")
        }
        let result = try WindowTests.compare(pre: Array(values[(event - w)..<event]), post: Array(values[event..<(event + w)]))
        return AnalysisJSON.window(result, request: request, eventIndex: event)
    }

    /// Segmented regression with OLS and HAC errors (`analyze segmented`).
    public static func segmented(_ request: AnalysisRequest) throws(IndicesError) -> String {
        let table = try SeriesTable.load(path: request.seriesPath)
        let values = try table.numbers(request.column)
        let event = try eventIndex(request, table: table, count: values.count)
        let result = try SegmentedRegression.fit(y: values, eventIndex: event, maxlags: request.maxlags ?? 4)
        return AnalysisJSON.segmented(result, request: request)
    }

    /// PELT change points (`analyze changepoints`).
    public static func changepoints(_ request: AnalysisRequest) throws(IndicesError) -> String {
        let table = try SeriesTable.load(path: request.seriesPath)
        let values = try table.numbers(request.column)
        let penalty = request.penalty ?? defaultPenalty(values)
        let options = ChangePointOptions(penalty: penalty, minSize: request.minSize, jump: request.jump)
        let result = try PELT.detect(values, options: options)
        var times: [String]?
        if let column = try timeColumn(request, table: table) { times = try table.strings(column) }
        return AnalysisJSON.changepoints(result, options: options, request: request, times: times)
    }

    /// Cross-correlation, Granger tests and ADF statistics (`analyze ccf`).
    public static func ccf(_ request: AnalysisRequest) throws(IndicesError) -> String {
        guard let xColumn = request.xColumn else {
            throw .invalidParameter(name: "x-column", value: "(none)", expected: "the driver series column, e.g. --x-column x_shock_intensity")
        }
        let table = try SeriesTable.load(path: request.seriesPath)
        let y = try table.numbers(request.column), x = try table.numbers(xColumn)
        let maxlags = request.maxlags ?? 4
        let ccf = try CrossCorrelation.analyze(x: x, y: y, maxLag: max(maxlags, min(9, x.count - 1)))
        let granger = try Granger.tests(y: y, x: x, maxLag: maxlags)
        let adfX = try Granger.adf(x, lags: request.adfLags), adfY = try Granger.adf(y, lags: request.adfLags)
        return AnalysisJSON.ccf(ccf, granger: granger, adfX: adfX, adfY: adfY, request: request)
    }

    /// `2·ln(n)·σ̂²`, σ̂ = median|Δy| / (0.6745·√2) (robust to the mean shifts being sought).
    public static func defaultPenalty(_ values: [Double]) -> Double {
        let diffs = zip(values.dropFirst(), values).map { abs($0 - $1) }.sorted()
        guard !diffs.isEmpty else { return 0 }
        let median = diffs.count % 2 == 1 ? diffs[diffs.count / 2] : (diffs[diffs.count / 2 - 1] + diffs[diffs.count / 2]) / 2
        let sigma = median / (0.6744897501960817 * 2.0.squareRoot())
        return 2 * log(Double(values.count)) * sigma * sigma
    }

    /// The event row from `--event-index` or `--event-date` (matched on the time column's prefix).
    static func eventIndex(_ request: AnalysisRequest, table: SeriesTable, count: Int) throws(IndicesError) -> Int {
        switch request.event {
        case nil:
            throw .invalidParameter(name: "event", value: "(none)", expected: "--event-index I or --event-date YYYY-MM-DD")
        case let .index(index)?:
            guard index > 0, index < count else { throw .eventOutOfRange(event: String(index), count: count) }
            return index
        case let .date(date)?:
            guard let column = try timeColumn(request, table: table) else {
                throw .missingColumn(path: table.path, column: request.timeColumn ?? "week_start", available: table.header)
            }
            let times = try table.strings(column)
            guard let index = times.firstIndex(where: { $0.hasPrefix(date) }) ?? containingRow(date, times) else {
                throw .eventDateNotFound(date: date, column: column)
            }
            guard index > 0 else { throw .eventOutOfRange(event: date, count: count) }
            return index
        }
    }

    /// The row whose period contains `date`: the last row starting on or before it, provided the
    /// date is less than one row spacing (e.g. 7 days for weekly rows) after that row's start.
    static func containingRow(_ date: String, _ times: [String]) -> Int? {
        guard let target = ISOWeek.days(date) else { return nil }
        let days = times.map { ISOWeek.days($0) }
        guard days.count >= 2, let first = days[0], let second = days[1] else { return nil }
        let spacing = second - first
        guard let index = days.lastIndex(where: { ($0 ?? .max) <= target }), let start = days[index] else { return nil }
        return target - start < max(spacing, 1) ? index : nil
    }

    private static func timeColumn(_ request: AnalysisRequest, table: SeriesTable) throws(IndicesError) -> String? {
        if let column = request.timeColumn { _ = try table.columnIndex(column); return column }
        return ["week_start", "date"].first { table.header.contains($0) }
    }
}
