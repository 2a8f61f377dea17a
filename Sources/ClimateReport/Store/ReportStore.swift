import ClimateCore
import ClimateIndices
import ClimateStore
import Foundation
import GRDB

/// Read-only queries of the corpus store for reports and exports (docs/STORE.md schema).
///
/// Readers take no lock: they read WAL snapshots. Threat and humanity *hits* per article are the
/// authorial cue counts behind the stored densities, `round(density · tokens / 1000)`; the frame
/// *shares* use the article labels `threat` / `humanity`.
public struct ReportStore: Sendable {
    public let store: CorpusStore
    public let description: String

    public init(store: CorpusStore, description: String) {
        self.store = store
        self.description = description
    }

    /// Opens the store at `path` read-only; it is described by ``displayPath(_:)``.
    public static func open(path: String) throws(ReportError) -> ReportStore {
        do {
            return ReportStore(store: try CorpusStore(path: path, options: .init(readOnly: true)), description: displayPath(path))
        } catch {
            throw .store(error.localizedDescription)
        }
    }

    /// `path` as reports show it: with `.` and `..` resolved, and relative to the current
    /// directory when it lies inside it (so a report names `out/demo/store.sqlite`, not the
    /// checkout's absolute location, and reads the same in every clone).
    public static func displayPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(ReportError) -> T {
        do { return try store.read("report", body) } catch { throw .store(error.localizedDescription) }
    }

    /// Lexicon versions with tag rows, by name then version.
    public func lexicons() throws(ReportError) -> [LexiconRef] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT lexicon, lexicon_version, MIN(lexicon_hash) AS hash, COUNT(*) AS n FROM tags
                GROUP BY lexicon, lexicon_version ORDER BY lexicon, lexicon_version
                """).map { LexiconRef(name: $0["lexicon"], version: $0["lexicon_version"], hash: $0["hash"], tagRows: $0["n"]) }
        }
    }

    /// The lexicon named by `spec` (`NAME@vN`, or nil: the latest version of the lexicon with most rows).
    public func selectLexicon(_ spec: String?) throws(ReportError) -> LexiconRef? {
        let all = try lexicons()
        guard let spec else {
            var rowsByName: [String: Int] = [:]
            for ref in all { rowsByName[ref.name, default: 0] += ref.tagRows }
            guard let name = rowsByName.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first?.key else { return nil }
            return all.filter { $0.name == name }.max { $0.version < $1.version }
        }
        let parts = spec.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[1].hasPrefix("v"), let version = Int(parts[1].dropFirst()),
              let ref = all.first(where: { $0.name == parts[0] && $0.version == version }) else { throw .badLexicon(spec) }
        return ref
    }

    /// Outlet id → name.
    public func outletNames() throws(ReportError) -> [String: String] {
        try read { db in
            var names: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM outlets") { names[row["id"]] = row["name"] }
            return names
        }
    }

    /// The last day (days since 1970-01-01) with a published article, if any.
    public func lastPublishedDay() throws(ReportError) -> Int? {
        let text = try read { db in try String.fetchOne(db, sql: "SELECT MAX(published) FROM articles WHERE is_article = 1") }
        return text.flatMap { ISOWeek.days($0) }
    }

    /// Articles without a publication date.
    public func undatedCount() throws(ReportError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE is_article = 1 AND published IS NULL") ?? 0 }
    }

    /// Every article published on days `fromDay ..< toDay`, with its labels under `lexicon`.
    public func facts(fromDay: Int, toDay: Int, lexicon: LexiconRef?) throws(ReportError) -> [ArticleFact] {
        let from = Self.dayString(fromDay), to = Self.dayString(toDay)
        let name = lexicon?.name ?? "", version = lexicon?.version ?? -1
        return try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.id, substr(a.published, 1, 10) AS day, a.outlet_id, a.language, a.token_count,
                       a.cluster_id, c.representative_article_id AS rep,
                       t.migration_relevant, t.threat, t.humanity, t.testimony, t.density_threat, t.density_humanity,
                       CASE WHEN t.deaths THEN (SELECT MAX(l.value) FROM tolls l WHERE l.article_id = a.id
                            AND l.lexicon = t.lexicon AND l.lexicon_version = t.lexicon_version) END AS toll
                FROM articles a
                LEFT JOIN tags t ON t.article_id = a.id AND t.lexicon = ? AND t.lexicon_version = ?
                LEFT JOIN clusters c ON c.id = a.cluster_id
                WHERE a.is_article = 1 AND a.published >= ? AND a.published < ?
                """, arguments: [name, version, from, to])
            var facts: [ArticleFact] = []
            var weekCache: [Int: ISOWeek] = [:]
            while let row = try cursor.next() {
                let dayText: String = row["day"]
                guard let day = ISOWeek.days(dayText) else { continue }
                let week = weekCache[day] ?? ISOWeek(daysSinceEpoch: day)
                weekCache[day] = week
                let tokens: Int = row["token_count"] ?? 0
                let densityThreat: Double = row["density_threat"] ?? 0, densityHumanity: Double = row["density_humanity"] ?? 0
                let id: String = row["id"]
                let cluster: String? = row["cluster_id"], representative: String? = row["rep"]
                facts.append(ArticleFact(
                    id: id, week: week, day: day, outletID: row["outlet_id"] ?? "unknown", language: row["language"] ?? "und",
                    isMigration: row["migration_relevant"] ?? false, tokens: tokens,
                    threat: row["threat"] ?? false, humanity: row["humanity"] ?? false, testimony: row["testimony"] ?? false,
                    threatHits: Int((densityThreat * Double(tokens) / 1000).rounded()),
                    humanityHits: Int((densityHumanity * Double(tokens) / 1000).rounded()),
                    reportedDeaths: row["toll"] ?? 0,
                    isDuplicate: cluster != nil && representative != nil && representative != id))
            }
            return facts
        }
    }

    /// `YYYY-MM-DD` of a day number.
    static func dayString(_ day: Int) -> String {
        String(UTCFormat.string(Date(timeIntervalSince1970: Double(day) * 86_400)).prefix(10))
    }
}
