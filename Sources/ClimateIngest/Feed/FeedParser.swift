import Foundation

/// Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 feeds with libxml2, tolerant of real-world damage.
///
/// Content problems never throw: the result is marked `wellFormed = false` with the first error
/// and carries whatever could be recovered. Only I/O failures (unreadable file) throw.
public enum FeedParser {
    /// Parses a feed held in memory.
    public static func parse(bytes: [UInt8], options: FeedParseOptions) -> ParsedFeed {
        var entries: [FeedEntry] = []
        do {
            var result = try run(.bytes(bytes), options: options) { entries.append($0) }
            result.entries = entries
            return result
        } catch {
            var result = ParsedFeed()
            result.noteProblem(error.localizedDescription)
            return result
        }
    }

    /// Streams a feed file: calls `onEntry` per entry as it is read and returns the feed metadata and
    /// flags with `entries` empty. Memory stays bounded by the largest single entry.
    public static func stream(path: String, options: FeedParseOptions,
                              onEntry: (FeedEntry) throws -> Void) throws -> ParsedFeed {
        try run(.file(path), options: options, onEntry: onEntry)
    }

    /// Streams a feed file in one pass when its first encoding candidate is UTF-8 or ASCII, decoding
    /// and validating as it parses (`stream` first reads the whole file to choose the encoding).
    /// Returns nil when the bytes did not decode cleanly: the entries already passed to `onEntry`
    /// are then to be discarded and the file read again with `stream`. For other first candidates
    /// this is `stream`.
    static func streamInOnePass(path: String, options: FeedParseOptions,
                                onEntry: (FeedEntry) throws -> Void) throws -> ParsedFeed? {
        let source = FeedSource.file(path)
        LibXML2.ensureInitialised()
        let size = try source.size()
        guard size <= options.maxDocumentBytes else { return try stream(path: path, options: options, onEntry: onEntry) }
        let detector = FeedEncodingDetector(prefix: try source.reader().prefix(4096), headers: options.httpHeaders)
        let first = detector.candidates[0]
        guard first == "utf-8" || first == "us-ascii" else {
            return try stream(path: path, options: options, onEntry: onEntry)
        }
        let choice = FeedEncodingChoice.Result(encoding: first, bomLength: detector.bomLength,
                                               problem: detector.mediaTypeProblem)
        let (result, clean) = try parse(source, choice: choice, trusted: false, options: options, onEntry: onEntry)
        return clean ? result : nil
    }

    /// Parses a feed file into a whole `ParsedFeed` (entries collected).
    public static func parse(path: String, options: FeedParseOptions) throws -> ParsedFeed {
        var entries: [FeedEntry] = []
        var result = try stream(path: path, options: options) { entries.append($0) }
        result.entries = entries
        return result
    }

    private static func run(_ source: FeedSource, options: FeedParseOptions,
                            onEntry: (FeedEntry) throws -> Void) throws -> ParsedFeed {
        LibXML2.ensureInitialised()
        let size = try source.size()
        guard size <= options.maxDocumentBytes else {
            var result = ParsedFeed()
            result.noteProblem("document is \(size) bytes, over the \(options.maxDocumentBytes)-byte limit; "
                + "raise FeedParseOptions.maxDocumentBytes to accept it")
            return result
        }
        if case .bytes(let bytes) = source {
            // In memory: parse once with the first candidate, validating as we go, and redo with the full
            // candidate search only if it does not decode the document. (Files keep two passes: reading
            // a large file whole measured slower than reading it twice in chunks.)
            let detector = FeedEncodingDetector(prefix: Array(bytes.prefix(4096)), headers: options.httpHeaders)
            let first = detector.candidates[0]
            if first == "utf-8" || first == "us-ascii" {
                let choice = FeedEncodingChoice.Result(encoding: first, bomLength: detector.bomLength,
                                                       problem: detector.mediaTypeProblem)
                var buffered: [FeedEntry] = []
                let (result, clean) = try parse(source, choice: choice, trusted: false, options: options) {
                    buffered.append($0)
                }
                if clean {
                    for entry in buffered { try onEntry(entry) }
                    return result
                }
            }
        }
        let choice = try FeedEncodingChoice.choose(source, headers: options.httpHeaders)
        return try parse(source, choice: choice, trusted: choice.problem == nil, options: options, onEntry: onEntry).0
    }

    /// One parse with a decided encoding; also says whether every byte decoded cleanly.
    private static func parse(_ source: FeedSource, choice: FeedEncodingChoice.Result, trusted: Bool,
                              options: FeedParseOptions,
                              onEntry: (FeedEntry) throws -> Void) throws -> (ParsedFeed, Bool) {
        guard let decoder = FeedTranscoder(encoding: choice.encoding) ?? FeedTranscoder(encoding: "utf-8") else {
            return (ParsedFeed(), false)
        }
        decoder.trusted = trusted
        let stream = FeedInputStream(reader: try source.reader(), decoder: decoder, bomLength: choice.bomLength)
        guard let walker = FeedDocumentWalker(stream: stream, options: options, sourceEncoding: choice.encoding) else {
            var result = ParsedFeed()
            result.noteProblem("libxml2 could not create a reader")
            return (result, true)
        }
        var result = try walker.run(onEntry: onEntry)
        if let ioError = stream.ioError { throw ioError }
        result.encoding = choice.encoding
        // Problems found before libxml2 (encoding, leading junk, entity repairs) come first.
        let earlier = [choice.problem, stream.problem, stream.entityProblem].compactMap { $0 }
        if let first = earlier.first {
            let libxmlError = result.error
            result.error = nil
            result.noteProblem(first)
            if libxmlError != nil, result.error == nil { result.error = libxmlError }
        }
        return (result, !stream.sawInvalidBytes)
    }
}
