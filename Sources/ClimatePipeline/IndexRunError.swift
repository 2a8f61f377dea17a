import Foundation

/// Why `mediaclimate index` or `milestones` cannot run. Messages give the cause and the fix.
public enum IndexRunError: LocalizedError, Sendable, Equatable {
    /// The store holds no tags at all.
    case noTags(store: String)
    /// The requested lexicon (version) is not in the tags.
    case unknownLexicon(requested: String, available: [String])
    /// A `--from` / `--to` value is not a date.
    case badDate(option: String, value: String)
    /// The series is empty after filtering.
    case emptySeries(metric: String)

    public var errorDescription: String? {
        switch self {
        case let .noTags(store):
            return "\(store): no tagged articles; fill the store first (mediaclimate run) or pass --store with a filled store"
        case let .unknownLexicon(requested, available):
            return "lexicon \(requested) has no tags in the store; available: \(available.isEmpty ? "none" : available.joined(separator: ", ")); pass one of these with --lexicon"
        case let .badDate(option, value):
            return "\(option) '\(value)' is not a YYYY-MM-DD date; write e.g. 2016-01-04"
        case let .emptySeries(metric):
            return "no period has a defined \(metric); widen --from/--to, or choose another --metric"
        }
    }
}
