import ClimateIndices
import Foundation

/// What `mediaclimate report` did.
public struct ReportOutcome: Sendable {
    public var folder: String
    public var week: ISOWeek
    public var articles: Int
    public var migrationArticles: Int
}

/// `mediaclimate report`: gather, render and write `reports/<YYYY>-W<ww>/` atomically.
public enum ReportRun {
    /// Builds the report for `options` and writes its folder.
    public static func run(_ options: ReportOptions) throws(ReportError) -> ReportOutcome {
        let store = try ReportStore.open(path: options.storePath)
        let week = options.week ?? ReportOptions.lastCompleteWeek(before: options.now)
        var milestones: [Milestone] = []
        if let path = options.milestonesPath, FileManager.default.fileExists(atPath: path) {
            milestones = try MilestoneFile.load(path: path)
        }
        let data = try ReportGatherer.gather(store: store, week: week, milestones: milestones, lexicon: options.lexicon,
                                             generatedAt: options.now, bootstrapReplicates: options.bootstrapReplicates)
        let files = render(data)
        var inputs: [(role: String, path: String, sha1: String?)] = [(role: "store", path: ReportStore.displayPath(options.storePath), sha1: nil)]
        if let path = options.milestonesPath { inputs.append((role: "milestones", path: path, sha1: Manifest.fileHash(path))) }
        if let path = options.configPath { inputs.append((role: "config", path: path, sha1: Manifest.fileHash(path))) }
        let manifest = Manifest.render(data, inputs: inputs, configHash: options.configPath.flatMap(Manifest.fileHash), files: files)
        let name = "\(week.isoYear)-W" + (week.week < 10 ? "0\(week.week)" : "\(week.week)")
        let folder = try ReportWriter.write(files: files + [("manifest.json", Data(manifest.utf8))], parent: options.reportsFolder, name: name)
        return ReportOutcome(folder: folder, week: week, articles: data.current?.counts.articlesAll ?? 0,
                             migrationArticles: data.current?.counts.articlesMigration ?? 0)
    }

    /// `report.html`, `report.md` and `indices.csv` of `data`.
    public static func render(_ data: ReportData) -> [(String, Data)] {
        var rows: [IndexRow] = data.pooled
        for key in data.byOutlet.keys.sorted() { rows += data.byOutlet[key] ?? [] }
        for key in data.byLanguage.keys.sorted() { rows += data.byLanguage[key] ?? [] }
        let csv = IndicesTable.tidy(rows, lexicon: data.lexicon).text(format: .csv)
        return [("report.html", Data(HTMLReport.render(data).utf8)), ("report.md", Data(MarkdownReport.render(data).utf8)),
                ("indices.csv", Data(csv.utf8))]
    }
}
