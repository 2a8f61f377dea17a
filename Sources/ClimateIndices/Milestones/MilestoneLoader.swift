import Foundation

/// Reads and validates a milestones CSV (the format of `../shared/data/milestones/milestones.csv`).
///
/// Validation stops at the first problem and names its line: missing header columns, a row
/// with the wrong number of cells, an empty id/date/kind/country/verified, a duplicate id, a
/// date that is not a real `YYYY-MM-DD` day, and a kind, precision or verified value outside
/// the documented sets. An empty `date_precision` means `day`.
public enum MilestoneLoader {
    /// The columns, in the shipped file's order.
    public static let columns = ["id", "date", "date_precision", "country", "route_pathway", "kind", "description",
                                 "source_url", "verified", "verification_note"]

    /// Loads the file at `path`, sorted by date then id.
    public static func load(path: String) throws(MilestoneError) -> [Milestone] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, path: path)
    }

    /// Parses CSV `text`; `path` labels the messages.
    public static func parse(_ text: String, path: String) throws(MilestoneError) -> [Milestone] {
        let table: SeriesTable
        do { table = try SeriesTable.parse(text, path: path) } catch {
            switch error {
            case let .shortRow(_, line, expected, got): throw .wrongCellCount(path: path, line: line, expected: expected, got: got)
            default: throw .empty(path: path)
            }
        }
        let missing = columns.filter { !table.header.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(path: path, missing: missing) }
        let index = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:], milestones: [Milestone] = []
        for (row, line) in zip(table.rows, table.lineNumbers) {
            guard row.count == table.header.count else {
                throw .wrongCellCount(path: path, line: line, expected: table.header.count, got: row.count)
            }
            func cell(_ name: String) -> String { row[index[name] ?? 0].trimmingCharacters(in: .whitespaces) }
            func required(_ name: String) throws(MilestoneError) -> String {
                let value = cell(name)
                guard !value.isEmpty else { throw .emptyCell(path: path, line: line, column: name) }
                return value
            }
            let id = try required("id")
            if let first = seen[id] { throw .duplicateID(path: path, line: line, id: id, firstLine: first) }
            seen[id] = line
            let date = try required("date")
            guard date.count == 10, let day = ISOWeek.days(date) else { throw .badDate(path: path, line: line, value: date) }
            let kindText = try required("kind")
            guard let kind = Milestone.Kind(rawValue: kindText) else {
                throw .badValue(path: path, line: line, column: "kind", value: kindText, allowed: Milestone.Kind.allCases.map(\.rawValue))
            }
            let precisionText = cell("date_precision").isEmpty ? "day" : cell("date_precision")
            guard let precision = Milestone.Precision(rawValue: precisionText) else {
                throw .badValue(path: path, line: line, column: "date_precision", value: precisionText,
                                allowed: Milestone.Precision.allCases.map(\.rawValue))
            }
            let verifiedText = try required("verified")
            guard let verified = Milestone.Verified(rawValue: verifiedText) else {
                throw .badValue(path: path, line: line, column: "verified", value: verifiedText,
                                allowed: Milestone.Verified.allCases.map(\.rawValue))
            }
            let country = try required("country")
            guard isCountry(country) else { throw .badCountry(path: path, line: line, value: country) }
            milestones.append(Milestone(
                id: id, date: date, day: day, precision: precision, country: country, routePathway: cell("route_pathway"),
                kind: kind, description: cell("description"), sourceURL: cell("source_url"), verified: verified,
                verificationNote: cell("verification_note"), line: line))
        }
        return milestones.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
    }

    /// `IT`, `EU`, or a subdivision such as `ES-CT` (upper-case letters and digits).
    static func isCountry(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        if parts.count == 2 {
            return (1...3).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
        return true
    }
}
