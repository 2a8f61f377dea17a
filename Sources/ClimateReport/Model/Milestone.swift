import ClimateIndices
import Foundation

/// One dated event of `corpora/milestones.csv` (columns `id,date,date_precision,country,
/// route_pathway,kind,description,source_url,verified,verification_note`).
public struct Milestone: Sendable, Hashable {
    public var id: String
    public var date: String
    public var datePrecision: String
    public var country: String
    public var routePathway: String
    public var kind: String
    public var description: String
    public var sourceURL: String
    /// `yes`, `partial` or `no`.
    public var verified: String
    public var verificationNote: String
    /// Days since 1970-01-01 of `date`.
    public var day: Int

    public init(id: String, date: String, datePrecision: String = "day", country: String, routePathway: String = "",
                kind: String, description: String, sourceURL: String = "", verified: String, verificationNote: String = "") {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.country = country
        self.routePathway = routePathway
        self.kind = kind
        self.description = description
        self.sourceURL = sourceURL
        self.verified = verified
        self.verificationNote = verificationNote
        self.day = ISOWeek.days(date) ?? 0
    }

    /// Only `verified == yes` gets a filled marker.
    public var isVerified: Bool { verified == "yes" }
    /// The ISO week of the event.
    public var week: ISOWeek { ISOWeek(daysSinceEpoch: day) }
}

/// Reads the milestones CSV.
public enum MilestoneFile {
    static let requiredColumns = ["id", "date", "country", "kind", "description", "verified"]

    /// Loads and validates `path`; rows are returned in date order (then id).
    public static func load(path: String) throws(ReportError) -> [Milestone] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, fix: "pass --milestones PATH or set `milestones:` in the config")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses milestones CSV text (RFC 4180 quoting).
    public static func parse(_ text: String, path: String) throws(ReportError) -> [Milestone] {
        let records = CSVRecords.parse(text)
        guard let header = records.first else { throw .badMilestones(path: path, line: 1, problem: "the file is empty") }
        for column in requiredColumns where !header.contains(column) {
            throw .badMilestones(path: path, line: 1, problem: "column '\(column)' is missing from the header")
        }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() { index[name] = i }
        var result: [Milestone] = []
        for (number, row) in records.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
            func cell(_ name: String) -> String { index[name].flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            let line = number + 2
            guard ISOWeek.days(cell("date")) != nil else {
                throw .badMilestones(path: path, line: line, problem: "date '\(cell("date"))' is not YYYY-MM-DD")
            }
            result.append(Milestone(
                id: cell("id"), date: cell("date"), datePrecision: cell("date_precision"), country: cell("country"),
                routePathway: cell("route_pathway"), kind: cell("kind"), description: cell("description"),
                sourceURL: cell("source_url"), verified: cell("verified"), verificationNote: cell("verification_note")))
        }
        return result.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
    }
}

/// A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], field = "", record: [String] = []
        var inQuotes = false, pendingQuote = false
        for character in text {
            if inQuotes {
                if pendingQuote {
                    pendingQuote = false
                    if character == "\"" { field.append("\""); continue }
                    inQuotes = false
                } else if character == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    field.append(character)
                    continue
                }
            }
            switch character {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n", "\r": record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
