import ArgumentParser
import ClimateReport
import Foundation

/// `mediaclimate export articles|tags|hits|tolls|indices|events`: tidy research tables on stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export tidy tables (articles, tags, hits, tolls, indices, events) as CSV, TSV or JSON lines.",
        discussion: "Column names are Stata-safe; docs/CODEBOOK.md describes every column."
    )

    @Argument(help: "What to export: articles, tags, hits, tolls, indices or events.")
    var kind: String

    @OptionGroup var location: StoreLocationOptions

    @Option(name: .customLong("format"), help: "csv (default), tsv or jsonl.")
    var format: String = "csv"

    @Flag(name: .customLong("wide"), help: "indices only: one row per (week, unit) with a column per metric.")
    var wide = false

    @Option(name: .customLong("from"), help: "First day YYYY-MM-DD (publication day, week start or event date).")
    var from: String?

    @Option(name: .customLong("to"), help: "Last day YYYY-MM-DD, inclusive.")
    var to: String?

    func validate() throws {
        guard ExportKind(rawValue: kind) != nil else {
            throw ValidationError("unknown export '\(kind)'; choose one of \(ExportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ExportFormat(rawValue: format) != nil else { throw ValidationError("--format must be csv, tsv or jsonl") }
        if wide, kind != "indices" { throw ValidationError("--wide applies to `export indices` only") }
    }

    func run() throws {
        do {
            let config = try location.loadConfig()
            guard let kind = ExportKind(rawValue: kind), let format = ExportFormat(rawValue: format) else { throw ExitCode(64) }
            let options = ExportOptions(
                kind: kind, format: format, wide: wide, fromDay: try from.map(ExportOptions.parseDay),
                toDay: try to.map(ExportOptions.parseDay), storePath: location.storePath(config),
                milestonesPath: location.milestonesPath(config), lexicon: location.lexicon ?? config.lexicon)
            let rows = try Exporter.run(options) { FileHandle.standardOutput.write($0) }
            FileHandle.standardError.write(Data("export \(kind.rawValue): \(rows) rows\n".utf8))
        } catch let error as ReportError {
            FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
            if case .badDate = error { throw ExitCode(64) }
            throw ExitCode.failure
        }
    }
}
