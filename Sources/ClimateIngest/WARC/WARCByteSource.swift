import Foundation

/// The bytes of a WARC file, decompressed on the fly, read in 64 KiB chunks.
///
/// Gzip is detected from the magic bytes (not the file name). A gzip file is a series of
/// members: with one member per record (the usual layout) `readLine`/`read` stop at the end of
/// the current member and `startNextMember()` moves on; a whole-file gzip is one long member.
/// A plain file is one "member". Memory stays bounded: consumed bytes are dropped.
final class WARCByteSource {
    let path: String
    let isGzip: Bool
    /// Compressed offset of the current gzip member (plain files: 0).
    private(set) var memberStart = 0
    /// The current member ended (or the file did).
    private(set) var memberEnded = false
    /// The file ended inside a gzip member.
    private(set) var memberCutShort = false

    private let handle: FileHandle
    private let inflater: ZlibInflater?
    private var input: [UInt8] = []
    private var inputPosition = 0
    private var inputBase = 0
    private var fileEnded = false
    private var buffer: [UInt8] = []
    private var position = 0
    /// Uncompressed stream offset of `buffer[0]`.
    private var bufferBase = 0
    private static let chunkSize = 64 * 1024
    private static let maxLine = 1 << 20

    init(path: String) throws(WARCError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file")
        }
        self.handle = handle
        var first: [UInt8] = []
        do { first = [UInt8](try handle.read(upToCount: Self.chunkSize) ?? Data()) } catch {
            throw .readFailed(path: path, reason: error.localizedDescription)
        }
        input = first
        fileEnded = first.isEmpty
        isGzip = first.count >= 2 && first[0] == 0x1F && first[1] == 0x8B
        inflater = isGzip ? try ZlibInflater(windowBits: 15 + 32) : nil
    }

    deinit { try? handle.close() }

    /// Offset of the next unread byte: in the file (plain) or in the decompressed stream (gzip).
    var offset: Int { bufferBase + position }

    /// Where a record starting now begins, for seeking: the member start (gzip) or `offset`.
    var recordOffset: Int { isGzip ? memberStart : offset }

    /// Reads one line (through `\n`) of the current member; nil at its end.
    func readLine() throws(WARCError) -> ArraySlice<UInt8>? {
        var scanned = 0
        while true {
            if let newline = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[position...newline]
                position = newline + 1
                return line
            }
            scanned = buffer.count - position
            guard scanned <= Self.maxLine else { throw .headerLineTooLong(offset: recordOffset) }
            guard try fill() else {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
        }
    }

    /// Reads up to `count` bytes of the current member (fewer when it ends).
    func read(_ count: Int) throws(WARCError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(count, 1 << 24))
        while out.count < count {
            if position == buffer.count { guard try fill() else { break } }
            let take = min(count - out.count, buffer.count - position)
            out.append(contentsOf: buffer[position..<position + take])
            position += take
        }
        return out
    }

    /// Moves to the next gzip member; false at the end of the file (or for plain files).
    func startNextMember() throws(WARCError) -> Bool {
        guard isGzip, let inflater, memberEnded, !memberCutShort else { return false }
        while true {
            if inputPosition == input.count { guard try readChunk() else { return false } }
            // Zero padding after the last member is tolerated.
            if let nonZero = input[inputPosition...].firstIndex(where: { $0 != 0 }) {
                inputPosition = nonZero
                break
            }
            inputPosition = input.count
        }
        if input.count - inputPosition < 2 { _ = try readChunk() }
        guard input.count - inputPosition >= 2, input[inputPosition] == 0x1F, input[inputPosition + 1] == 0x8B else {
            throw .notGzipMember(offset: inputBase + inputPosition)
        }
        memberStart = inputBase + inputPosition
        memberEnded = false
        inflater.reset()
        return true
    }

    /// Appends more bytes of the current member to the buffer; false when it has ended.
    private func fill() throws(WARCError) -> Bool {
        if position > 0 && (position == buffer.count || position > 1 << 20) {
            buffer.removeFirst(position)
            bufferBase += position
            position = 0
        }
        while !memberEnded {
            if inputPosition == input.count {
                guard try readChunk() else {
                    memberEnded = true
                    memberCutShort = isGzip
                    return false
                }
            }
            guard let inflater else {
                buffer.append(contentsOf: input[inputPosition...])
                inputPosition = input.count
                return true
            }
            let before = buffer.count
            let result = input.withUnsafeBytes { raw in
                inflater.inflate(UnsafeRawBufferPointer(rebasing: raw[inputPosition...]), into: &buffer)
            }
            inputPosition += result.consumed
            switch result.outcome {
            case .streamEnd: memberEnded = true
            case .dataError(let reason): throw .corruptGzip(offset: memberStart, reason: reason)
            case .needsInput: break
            }
            if buffer.count > before { return true }
        }
        return false
    }

    /// Reads the next compressed (or plain) chunk; false at the end of the file.
    private func readChunk() throws(WARCError) -> Bool {
        guard !fileEnded else { return false }
        let data: Data?
        do { data = try handle.read(upToCount: Self.chunkSize) } catch {
            throw .readFailed(path: path, reason: error.localizedDescription)
        }
        guard let data, !data.isEmpty else { fileEnded = true; return false }
        inputBase += inputPosition
        input.removeFirst(inputPosition)
        input.append(contentsOf: data)
        inputPosition = 0
        return true
    }
}
