import ClimateIndices
import ClimateStore
import Foundation

/// What `mediaclimate milestones` computes: the series of one metric and its link to milestones.
public struct MilestonesRequest: Sendable {
    public var index: IndexRequest
    public var file: String
    public var metric: IndexMetric = .threatShare
    public var options = MilestoneOptions()

    public init(index: IndexRequest, file: String) {
        self.index = index
        self.file = file
    }
}

/// Loads the milestones, builds the pooled series from the store and analyses it.
public enum MilestonesRun {
    /// The report and its provenance. The index is built without bootstrap (the series needs
    /// point values only) and without grouping.
    public static func report(_ request: MilestonesRequest, store: CorpusStore? = nil) throws -> (MilestoneReport, IndexProvenance) {
        let milestones = try MilestoneLoader.load(path: request.file)
        var index = request.index
        index.options.grouping = .none
        index.options.bootstrap = 0
        let result = try store.map { try IndexRun.table(index, store: $0) } ?? IndexRun.table(index)
        let series = MetricSeries(rows: result.rows, metric: request.metric, unit: index.options.unit)
        guard !series.values.isEmpty else { throw IndexRunError.emptySeries(metric: request.metric.rawValue) }
        let report = try MilestoneAnalysis.analyze(series: series, milestones: milestones, options: request.options)
        return (report, result.provenance)
    }
}
