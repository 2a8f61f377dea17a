import Foundation

/// Date parsing for ingestion: one place that decides which parser reads declared dates.
enum IngestDates {
    /// The instant `text` names, or nil when it is not a date `DateParser` understands.
    static func parse(_ text: String) -> Date? {
        DateParser.parse(text)
    }
}
