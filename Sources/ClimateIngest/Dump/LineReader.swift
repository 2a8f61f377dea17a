/// Splits a `ByteSource` into lines (`\n` or `\r\n`), enforcing a maximum line length.
///
/// A line longer than the limit is not kept in memory: its bytes are dropped up to the next
/// newline and it is returned as `.oversize`. A leading UTF-8 byte-order mark is removed.
final class LineReader {
    /// One line of input.
    enum Line {
        case text(number: Int, bytes: [UInt8])
        case oversize(number: Int, length: Int)
    }

    private let source: ByteSource
    private let limit: Int
    private var chunk: [UInt8] = []
    private var offset = 0
    private var lineNumber = 0
    private var atEnd = false
    private var atStart = true

    init(_ source: ByteSource, limit: Int) {
        self.source = source
        self.limit = limit
    }

    /// The next line, or nil at the end of input.
    func next() throws(IngestError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        var oversize = false
        while true {
            if offset >= chunk.count {
                guard !atEnd, let next = try source.next() else {
                    atEnd = true
                    if length == 0 { return nil }
                    return finish(line, length: length, oversize: oversize)
                }
                chunk = next
                offset = 0
                if atStart {
                    atStart = false
                    if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
                }
            }
            let newline = chunk[offset...].firstIndex(of: 0x0A)
            let end = newline ?? chunk.count
            length += end - offset
            if !oversize {
                if length > limit {
                    oversize = true
                    line = []
                } else {
                    line.append(contentsOf: chunk[offset..<end])
                }
            }
            offset = end
            if newline != nil {
                offset += 1
                return finish(line, length: length, oversize: oversize)
            }
        }
    }

    private func finish(_ line: [UInt8], length: Int, oversize: Bool) -> Line {
        lineNumber += 1
        if oversize { return .oversize(number: lineNumber, length: length) }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return .text(number: lineNumber, bytes: line)
    }
}
