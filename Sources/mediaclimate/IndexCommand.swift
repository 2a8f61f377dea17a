import ArgumentParser
import ClimateIndices
import ClimatePipeline
import Foundation

/// `mediaclimate index`: the tidy index table over the store (docs/CODEBOOK.md, "index").
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Attention, frame shares (Wilson 95 %), balance, log-ratio balance (bootstrap 95 %), densities, deaths and tolls per period (CSV or JSONL on stdout)."
    )

    @OptionGroup var source: IndexSourceOptions
    @Option(help: "Period: day, week (ISO, Monday start) or month.") var by = "week"
    @Option(help: "Breakdown: none, outlet, language or country.") var group = "none"
    @Option(help: "csv or jsonl.") var format = "csv"
    @Option(name: .customLong("min-n"), help: "Rows with fewer migration articles are flagged thin.") var minN = 10
    @Option(help: "Bootstrap replicates for the log-ratio balance interval (0 = none).") var bootstrap = 1000
    @Option(help: "Bootstrap seed.") var seed: UInt64 = 20_160_101

    func validate() throws {
        guard PeriodUnit(rawValue: by) != nil else { throw ValidationError("--by must be day, week or month") }
        guard IndexGrouping(rawValue: group) != nil else { throw ValidationError("--group must be none, outlet, language or country") }
        guard IndexFormat(rawValue: format) != nil else { throw ValidationError("--format must be csv or jsonl") }
        guard minN >= 0 else { throw ValidationError("--min-n must be 0 or more") }
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more") }
    }

    func run() throws {
        var request = source.request()
        request.options = IndexOptions(unit: PeriodUnit(rawValue: by) ?? .week, grouping: IndexGrouping(rawValue: group) ?? .none,
                                       minN: minN, bootstrap: bootstrap, seed: seed)
        let result = try IndexRun.table(request)
        FileHandle.standardOutput.write(Data(IndexExport.write(result.rows, provenance: result.provenance,
                                                               format: IndexFormat(rawValue: format) ?? .csv)))
        FileHandle.standardError.write(Data((result.summary + "\n").utf8))
    }
}

/// The store and article selection shared by `index` and `milestones`.
struct IndexSourceOptions: ParsableArguments {
    @Option(help: "The store file.") var store = ".mediaclimate/store.sqlite"
    @Option(help: "Lexicon name or name@vN (default: the newest version in the store).") var lexicon: String?
    @Flag(help: "Count each duplicate cluster once (its representative article).") var dedup = false
    @Option(help: "First UTC publication day, YYYY-MM-DD.") var from: String?
    @Option(help: "Last UTC publication day, YYYY-MM-DD (inclusive).") var to: String?

    func request() -> IndexRequest {
        var request = IndexRequest(storePath: store)
        request.lexicon = lexicon
        request.dedup = dedup
        request.from = from
        request.to = to
        return request
    }
}
