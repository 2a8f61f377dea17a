import Foundation

/// Why reading a WARC file stopped.
///
/// Each message says where (byte offset) and what to do about it. Problems a reader can live
/// with (a block cut short at the end of the file, a missing blank line after a block) are
/// `WARCWarning`s instead, unless the reader is strict.
public enum WARCError: Error, Sendable, Equatable, LocalizedError {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case zlib(String)
    case corruptGzip(offset: Int, reason: String)
    case notGzipMember(offset: Int)
    case invalidVersionLine(offset: Int, line: String)
    case truncatedHeader(offset: Int)
    case headerLineTooLong(offset: Int)
    case badContentLength(offset: Int, value: String)
    case truncatedBlock(offset: Int, expected: Int, present: Int)
    case notTerminated(offset: Int, line: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason) (check the path and permissions)"
        case .readFailed(let path, let reason):
            return "reading \(path) failed: \(reason)"
        case .zlib(let reason):
            return "zlib: \(reason) (is zlib1g-dev installed?)"
        case .corruptGzip(let offset, let reason):
            return "corrupt gzip data in the member at offset \(offset): \(reason) (the file is damaged; records before it were read)"
        case .notGzipMember(let offset):
            return "bytes at offset \(offset) after a gzip member are not gzip (a file must be all gzip or all plain)"
        case .invalidVersionLine(let offset, let line):
            return "invalid WARC record at offset \(offset), first line: '\(line)' (expected WARC/1.0, WARC/1.1, WARC/0.17 or WARC/0.18; a Content-Length before it may be wrong)"
        case .truncatedHeader(let offset):
            return "the file ends inside the header of the record at offset \(offset) (the file is truncated)"
        case .headerLineTooLong(let offset):
            return "a header line of the record at offset \(offset) is longer than 1 MiB (not a WARC file?)"
        case .badContentLength(let offset, let value):
            return "record at offset \(offset) has Content-Length '\(value)' (must be a non-negative integer; the file is damaged)"
        case .truncatedBlock(let offset, let expected, let present):
            return "record at offset \(offset) is truncated: Content-Length \(expected), \(present) bytes present (the file was cut short)"
        case .notTerminated(let offset, let line):
            return "record at offset \(offset) is not followed by a blank line but by '\(line)' (its Content-Length is probably wrong)"
        }
    }
}

/// A problem the reader worked around (see `WARCReader.warnings`).
public struct WARCWarning: Sendable, Equatable, CustomStringConvertible {
    /// Index of the record concerned.
    public var recordIndex: Int
    /// What happened, with the byte offset.
    public var message: String

    public var description: String { "record \(recordIndex): \(message)" }
}
