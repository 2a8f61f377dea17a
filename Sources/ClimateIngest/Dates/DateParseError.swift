import Foundation

/// Why a string was not accepted as a date.
///
/// `reason` is a short lower-case phrase (`"day 30 does not exist in month 2"`); `description`
/// is the form the CLI prints: `invalid: <reason>`.
public struct DateParseError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The short cause, without the `invalid:` prefix.
    public var reason: String

    public init(reason: String) { self.reason = reason }

    /// `invalid: <reason>`.
    public var description: String { "invalid: " + reason }

    public var errorDescription: String? {
        "invalid: \(reason) (write the date as RFC 822 or ISO 8601, e.g. 2004-01-01T19:48:21Z)"
    }

    // MARK: Messages

    static let empty = DateParseError(reason: "empty string")
    static let noYear = DateParseError(reason: "no year (dates without a year depend on today's date)")

    static func unrecognised(_ text: String) -> DateParseError {
        DateParseError(reason: "not a date format this parser knows: '\(clip(text))'")
    }

    static func unexpected(_ text: String, after what: String) -> DateParseError {
        DateParseError(reason: "unexpected '\(clip(text))' after the \(what)")
    }

    static func unknownMonth(_ text: String) -> DateParseError {
        DateParseError(reason: "unknown month name '\(clip(text))'")
    }

    static func badNumber(_ field: String, _ text: String) -> DateParseError {
        DateParseError(reason: "\(field) '\(clip(text))' is not a number")
    }

    static func outOfRange(_ field: String, _ value: Int, _ range: ClosedRange<Int>) -> DateParseError {
        DateParseError(reason: "\(field) \(value) out of range \(range.lowerBound)-\(range.upperBound)")
    }

    static func badZone(_ text: String) -> DateParseError {
        DateParseError(reason: "bad time zone '\(clip(text))'")
    }

    static func badTime(_ text: String) -> DateParseError {
        DateParseError(reason: "bad time of day '\(clip(text))'")
    }

    private static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
