import ArgumentParser
import ClimateReport
import Foundation

/// Store and config options shared by `report` and `export`.
struct StoreLocationOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: "Store database (default: the config's `store`, else .mediaclimate/store.sqlite).")
    var store: String?

    @Option(name: .customLong("config"), help: "Config file (mediaclimate.yml): store, milestones, reports, lexicon.")
    var config: String?

    @Option(name: .customLong("milestones"), help: "Milestones CSV (default: the config's `milestones`, else corpora/milestones.csv).")
    var milestones: String?

    @Option(name: .customLong("lexicon"), help: "Lexicon version NAME@vN (default: latest version of the main lexicon).")
    var lexicon: String?

    /// The config, if one was named.
    func loadConfig() throws -> ReportConfig {
        guard let config else { return ReportConfig() }
        return try ReportConfig.load(path: config)
    }

    func storePath(_ config: ReportConfig) -> String { store ?? config.store ?? ".mediaclimate/store.sqlite" }
    func milestonesPath(_ config: ReportConfig) -> String { milestones ?? config.milestones ?? "corpora/milestones.csv" }
}

/// `mediaclimate report`: the weekly report folder `reports/<YYYY>-W<ww>/`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the weekly report (report.html, report.md, indices.csv, manifest.json) atomically.",
        discussion: "Default week: the last complete ISO week. See docs/REPORT.md for the sections and how to read the charts."
    )

    @OptionGroup var location: StoreLocationOptions

    @Option(name: .customLong("week"), help: "ISO week YYYY-Www, e.g. 2024-W20.")
    var week: String?

    @Option(name: .customLong("out"), help: "Parent folder of the week folders (default: the config's `reports`, else reports).")
    var out: String?

    func run() throws {
        do {
            let config = try location.loadConfig()
            var options = ReportOptions(storePath: location.storePath(config), milestonesPath: location.milestonesPath(config),
                                        reportsFolder: out ?? config.reports ?? "reports", lexicon: location.lexicon ?? config.lexicon,
                                        configPath: location.config)
            if let week { options.week = try ReportOptions.parseWeek(week) }
            let outcome = try ReportRun.run(options)
            FileHandle.standardError.write(Data("report \(outcome.week.label): \(outcome.migrationArticles) migration articles of \(outcome.articles) → \(outcome.folder)\n".utf8))
            print(outcome.folder)
        } catch let error as ReportError {
            FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
            if case .badWeek = error { throw ExitCode(64) }
            throw ExitCode.failure
        }
    }
}
