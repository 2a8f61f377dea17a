import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where feed bytes come from: memory or a file read in chunks (so large files never sit in memory whole).
enum FeedSource {
    case bytes([UInt8])
    case file(String)

    static let chunkSize = 1 << 20

    /// The total size in bytes.
    func size() throws -> Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(let path):
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw FeedParseError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            return Int(info.st_size)
        }
    }

    /// A fresh reader positioned at the start.
    func reader() throws -> FeedChunkReader { try FeedChunkReader(self) }
}

/// Reads a `FeedSource` front to back in chunks of up to `FeedSource.chunkSize` bytes.
final class FeedChunkReader {
    private var memory: [UInt8]?
    private var offset = 0
    private var fd: Int32 = -1
    private let path: String

    init(_ source: FeedSource) throws {
        switch source {
        case .bytes(let bytes): memory = bytes; path = "<memory>"
        case .file(let path):
            self.path = path
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw FeedParseError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The next chunk of up to `limit` bytes, or nil at the end.
    func next(limit: Int = FeedSource.chunkSize) throws -> [UInt8]? {
        if let memory {
            guard offset < memory.count else { return nil }
            let end = min(memory.count, offset + limit)
            defer { offset = end }
            return Array(memory[offset..<end])
        }
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: limit) { buffer, initialised in
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 { failure = errno; initialised = 0 } else { initialised = count }
        }
        if failure != 0 { throw FeedParseError.readFailed(path: path, reason: String(cString: strerror(failure))) }
        return chunk.isEmpty ? nil : chunk
    }

    /// Up to `count` bytes from the start (consumes the reader).
    func prefix(_ count: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        while out.count < count, let chunk = try next() { out.append(contentsOf: chunk) }
        return Array(out.prefix(count))
    }
}

/// Chooses the encoding to decode a document with, trying feedparser's candidates in order.
enum FeedEncodingChoice {
    struct Result {
        /// The encoding used to decode (feedparser's `encoding`).
        var encoding: String
        /// BOM bytes to skip before decoding.
        var bomLength: Int
        /// Why the feed is not well-formed on encoding grounds, if it is not.
        var problem: String?
    }

    static func choose(_ source: FeedSource, headers: [String: String]) throws -> Result {
        let detector = FeedEncodingDetector(prefix: try source.reader().prefix(4096), headers: headers)
        var problem = detector.mediaTypeProblem
        let candidates = detector.candidates
        for name in candidates {
            guard let decoder = FeedTranscoder(encoding: name) else { continue }
            let clean = try decodesCleanly(source, skip: detector.bomLength, with: decoder)
            if !clean, name == detector.rfc3023Encoding, decoder.validMultibyteSequences > 0 {
                // Mostly UTF-8 with a few damaged bytes: keep UTF-8 and replace the bad bytes
                // (feedparser would re-decode everything as windows-1252 and garble the good text).
                return Result(encoding: name, bomLength: detector.bomLength,
                              problem: problem ?? "Input is not proper UTF-8; invalid bytes replaced with U+FFFD")
            }
            if clean {
                if name != detector.rfc3023Encoding {
                    problem = problem ?? "document declared as \(detector.rfc3023Encoding), but parsed as \(name)"
                }
                return Result(encoding: name, bomLength: detector.bomLength, problem: problem)
            }
        }
        return Result(encoding: "utf-8", bomLength: detector.bomLength,
                      problem: problem ?? "document encoding unknown; decoded as utf-8 with replacement characters")
    }

    private static func decodesCleanly(_ source: FeedSource, skip: Int, with decoder: FeedTranscoder) throws -> Bool {
        let reader = try source.reader()
        var first = true
        var scratch: [UInt8] = []
        scratch.reserveCapacity(FeedSource.chunkSize * 2)
        while var chunk = try reader.next() {
            if first { chunk.removeFirst(min(skip, chunk.count)); first = false }
            scratch.removeAll(keepingCapacity: true)
            if !decoder.transcode(chunk, into: &scratch, final: false) { return false }
        }
        scratch.removeAll(keepingCapacity: true)
        return decoder.transcode([], into: &scratch, final: true)
    }
}
