import ClimateCore
import ClimateIndices
import Foundation
import GRDB

/// `mediaclimate export`: tidy tables of the store and the milestones (docs/CODEBOOK.md).
public enum Exporter {
    /// Writes the export of `options`, passing output in chunks of about 1 MB to `emit`; returns the row count.
    @discardableResult
    public static func run(_ options: ExportOptions, emit: @escaping @Sendable (Data) -> Void) throws(ReportError) -> Int {
        if options.wide, options.kind != .indices {
            throw .unsupported("--wide applies to `export indices` only; drop --wide for \(options.kind.rawValue)")
        }
        if options.kind == .events {
            let table = try events(options)
            emit(Data(table.text(format: options.format).utf8))
            return table.rows.count
        }
        let store = try ReportStore.open(path: options.storePath)
        if options.kind == .indices {
            let table = try indices(store: store, options: options)
            emit(Data(table.text(format: options.format).utf8))
            return table.rows.count
        }
        let query = try StoreExports.query(options.kind, store: store, options: options)
        let format = options.format
        let count = try store.read { db in
            var sink = ExportSink(format: format, columns: query.columns)
            var count = 0
            let cursor = try Row.fetchCursor(db, sql: query.sql, arguments: StatementArguments(query.arguments))
            while let row = try cursor.next() {
                sink.append(query.convert(row))
                count += 1
                if sink.pendingBytes > 1 << 20 { emit(Data(sink.take())) }
            }
            return (count, sink.take())
        }
        emit(Data(count.1))
        return count.0
    }

    /// Weekly indices for all weeks with stored articles in the range, pooled then per outlet then per language.
    static func indices(store: ReportStore, options: ExportOptions) throws(ReportError) -> ExportTable {
        let lexicon = try store.selectLexicon(options.lexicon)
        // Whole ISO weeks: from the Monday of the first day's week to the Sunday of the last day's week.
        let from = options.fromDay.map { ISOWeek(daysSinceEpoch: $0).mondayDay } ?? -1_000_000
        let to = options.toDay.map { ISOWeek(daysSinceEpoch: $0).mondayDay + 7 } ?? 1_000_000
        let facts = try store.facts(fromDay: from, toDay: to, lexicon: lexicon)
        guard let first = facts.map(\.week).min(), let last = facts.map(\.week).max() else {
            return options.wide ? IndicesTable.wide([], lexicon: lexicon) : IndicesTable.tidy([], lexicon: lexicon)
        }
        let weeks = SeriesBuilder.weeks(endingWith: last, count: (last.mondayDay - first.mondayDay) / 7 + 1)
        var rows = SeriesBuilder.rows(facts, weeks: weeks, unitType: .all)["ALL"] ?? []
        for type in [UnitType.outlet, .language] {
            let units = SeriesBuilder.rows(facts, weeks: weeks, unitType: type)
            for key in units.keys.sorted() { rows += (units[key] ?? []).filter { $0.counts.articlesAll + $0.counts.duplicates > 0 } }
        }
        return options.wide ? IndicesTable.wide(rows, lexicon: lexicon) : IndicesTable.tidy(rows, lexicon: lexicon)
    }

    /// Milestones with their ISO week.
    static func events(_ options: ExportOptions) throws(ReportError) -> ExportTable {
        let milestones = try MilestoneFile.load(path: options.milestonesPath)
        var table = ExportTable(columns: [
            "event_id", "date", "date_precision", "country", "route_pathway", "kind", "description", "source_url", "verified",
            "verification_note", "event_week_start", "iso_year", "iso_week",
        ])
        for m in milestones where m.day >= (options.fromDay ?? Int.min) && m.day <= (options.toDay ?? Int.max) {
            table.rows.append([.text(m.id), .text(m.date), .text(m.datePrecision), .text(m.country), .text(m.routePathway), .text(m.kind),
                               .text(m.description), .text(m.sourceURL), .text(m.verified), .text(m.verificationNote),
                               .text(m.week.weekStart), .int(m.week.isoYear), .int(m.week.week)])
        }
        return table
    }
}
