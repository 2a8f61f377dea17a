import Foundation

/// Reads article records for the weekly aggregation from a CSV with the columns
/// `article_id,date,outlet,is_migration,tokens,threat_hits,humanity_hits,has_testimony,reported_deaths`.
public enum ArticleCSV {
    /// The records of `table`; a bad date names its line.
    public static func records(_ table: SeriesTable) throws(IndicesError) -> [ArticleRecord] {
        let ids = try table.strings("article_id"), dates = try table.strings("date"), outlets = try table.strings("outlet")
        let migration = try table.booleans("is_migration"), tokens = try table.integers("tokens")
        let threat = try table.integers("threat_hits"), humanity = try table.integers("humanity_hits")
        let testimony = try table.booleans("has_testimony"), deaths = try table.integers("reported_deaths")
        var records: [ArticleRecord] = []
        records.reserveCapacity(ids.count)
        for i in ids.indices {
            guard let week = ISOWeek(dateString: dates[i]) else {
                throw .invalidDate(path: table.path, line: table.lineNumbers[i], value: dates[i])
            }
            records.append(ArticleRecord(
                id: ids[i], week: week, outlet: outlets[i], isMigration: migration[i], tokens: tokens[i],
                threatHits: threat[i], humanityHits: humanity[i], hasTestimony: testimony[i], reportedDeaths: deaths[i]))
        }
        return records
    }

    /// Loads and parses the CSV at `path`.
    public static func load(path: String) throws(IndicesError) -> [ArticleRecord] {
        try records(SeriesTable.load(path: path))
    }
}
