import ClimateCore
import Foundation

/// Why an input (or part of one) could not be ingested. Every message names the input, the cause
/// and what to do about it; the batch always continues with the next input.
public enum IngestError: LocalizedError, Sendable, Hashable {
    case unreadable(input: String, cause: String)
    case empty(input: String)
    case tooLarge(input: String, limit: Int)
    case corruptGzip(input: String, cause: String)
    case unknownKind(input: String, startsWith: String)
    case readerUnavailable(input: String, kind: InputKind)
    case parserFailed(input: String, kind: InputKind, cause: String)

    /// The input named by the error.
    public var input: String {
        switch self {
        case .unreadable(let input, _), .empty(let input), .tooLarge(let input, _), .corruptGzip(let input, _),
             .unknownKind(let input, _), .readerUnavailable(let input, _), .parserFailed(let input, _, _):
            return input
        }
    }

    /// What is wrong, in one line.
    public var reason: String {
        switch self {
        case .unreadable(_, let cause): return "cannot read the input: \(cause)"
        case .empty: return "the input is empty"
        case .tooLarge(_, let limit): return "larger than the size limit of \(limit) bytes"
        case .corruptGzip(_, let cause): return "corrupt gzip data: \(cause)"
        case .unknownKind(_, let start):
            return "unknown input kind (not HTML, JSONL, RSS/Atom or WARC; starts with \(start))"
        case .readerUnavailable(_, let kind): return "no \(kind.rawValue) reader is built into this binary"
        case .parserFailed(_, let kind, let cause): return "the \(kind.rawValue) reader failed: \(cause)"
        }
    }

    /// What the user can do about it.
    public var fix: String {
        switch self {
        case .unreadable: return "check that the path exists and is readable"
        case .empty: return "remove the empty file or re-fetch it"
        case .tooLarge: return "raise the limit with --max-bytes N, or split the input"
        case .corruptGzip: return "re-download the file or check it with `gzip -t`"
        case .unknownKind:
            return "give it an extension (.html, .jsonl, .xml/.rss/.atom, .warc[.gz]) or remove it from the inputs"
        case .readerUnavailable: return "use a build of mediaclimate that includes this reader"
        case .parserFailed: return "check that the file is complete and of the kind its name suggests"
        }
    }

    /// `input: reason — fix`.
    public var errorDescription: String? { "\(input): \(reason) — \(fix)" }

    /// The rejection recorded for this error.
    public var reject: Reject { Reject(input: input, stage: "ingest", reason: reason, fix: fix) }
}
