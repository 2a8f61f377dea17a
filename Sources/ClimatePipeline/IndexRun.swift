import ClimateCore
import ClimateIndices
import ClimateStore
import Foundation

/// What `mediaclimate index` and `milestones` read from the store.
public struct IndexRequest: Sendable {
    public var storePath: String
    /// `name` or `name@vN`; nil = the newest version stored (ties: the first name).
    public var lexicon: String?
    public var dedup = false
    public var from: String?
    public var to: String?
    public var options = IndexOptions()

    public init(storePath: String) { self.storePath = storePath }
}

/// The index table with its provenance and a one-line summary for stderr.
public struct IndexResult: Sendable {
    public var rows: [IndexRow]
    public var provenance: IndexProvenance
    public var summary: String
}

/// Reads the store's sums (SQL GROUP BY day, outlet, language, country) and builds the index
/// table with ``IndexTable`` (docs/METHODS.md, "Indices over the store").
public enum IndexRun {
    /// The index rows for `request`.
    public static func table(_ request: IndexRequest) throws -> IndexResult {
        let store = try CorpusStore(path: request.storePath, options: CorpusStore.Options(readOnly: true))
        return try table(request, store: store)
    }

    /// The index rows for `request`, read from an open store (tests use in-memory stores).
    public static func table(_ request: IndexRequest, store: CorpusStore) throws -> IndexResult {
        for (option, value) in [("--from", request.from), ("--to", request.to)] {
            if let value, value.count != 10 || ISOWeek.days(value) == nil { throw IndexRunError.badDate(option: option, value: value) }
        }
        let lexicon = try resolveLexicon(request.lexicon, store: store)
        let query = CorpusStore.IndexQuery(lexicon: lexicon.name, lexiconVersion: lexicon.version, dedup: request.dedup,
                                           from: request.from, to: request.to, splitByHits: request.options.bootstrap > 0)
        let sums = try store.indexSums(query)
        var cells: [IndexCell] = [], pairs: [HitPairCount] = []
        cells.reserveCapacity(sums.count)
        for sum in sums {
            guard let day = ISOWeek.days(sum.day) else { continue }
            let v = sum.values
            cells.append(IndexCell(day: day, outlet: sum.outlet, language: sum.language, country: sum.country, counts: IndexCounts(
                all: v[0], migration: v[1], threat: v[2], humanity: v[3], testimony: v[4], deaths: v[5], tokens: v[6],
                threatHits: v[7], humanityHits: v[8], tolls: v[9])))
            if sum.migrationGroup {
                pairs.append(HitPairCount(day: day, outlet: sum.outlet, language: sum.language, country: sum.country,
                                          humanityHits: sum.humanityHits, threatHits: sum.threatHits, articles: v[1]))
            }
        }
        let rows = IndexTable.build(cells: cells, hitPairs: pairs, options: request.options)
        let undated = try store.undatedTaggedArticles(query)
        let articles = cells.reduce(0) { $0 + $1.counts.all }
        let thin = rows.filter { $0.variant == .pooled && $0.thin }.count
        let summary = "index: \(articles) articles of \(lexicon.name)@v\(lexicon.version)\(request.dedup ? " (clusters once)" : ""), "
            + "\(rows.count) rows, \(thin) pooled rows thin (n < \(request.options.minN)), \(undated) undated articles left out"
        return IndexResult(rows: rows, provenance: IndexProvenance(lexicon: lexicon.name, lexiconVersion: lexicon.version,
                                                                   lexiconHash: lexicon.hash, dedup: request.dedup), summary: summary)
    }

    /// The lexicon version to read: the requested one, or the newest stored.
    static func resolveLexicon(_ requested: String?, store: CorpusStore) throws -> CorpusStore.TaggedLexicon {
        let available = try store.taggedLexicons()
        guard let newest = available.first else { throw IndexRunError.noTags(store: store.path ?? ":memory:") }
        guard let requested else { return newest }
        let parts = requested.split(separator: "@", maxSplits: 1)
        let name = String(parts[0])
        let version = parts.count == 2 ? Int(parts[1].drop { $0 == "v" }) : nil
        let match = available.first { $0.name == name && (version == nil || $0.version == version) }
        guard let match else { throw IndexRunError.unknownLexicon(requested: requested, available: available.map { "\($0.name)@v\($0.version)" }) }
        return match
    }
}
