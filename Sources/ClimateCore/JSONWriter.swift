import Foundation

/// A fast, allocation-light JSON writer that appends UTF-8 bytes to a buffer.
///
/// Output is compact, keys appear in the order written (callers write them in a fixed order, so
/// output is deterministic), strings are escaped per RFC 8259 (control characters as `\u00XX`,
/// `/` left alone). Used for every JSONL the CLI prints; `JSONEncoder` was ~10× slower here.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// The output as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast(); markWritten() }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast(); markWritten() }

    /// Writes an object key; the next value call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendEscaped(name)
        bytes.append(UInt8(ascii: ":"))
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
        pendingValueAfterKey = true
    }

    private var pendingValueAfterKey = false

    public mutating func string(_ value: String) { separate(); appendEscaped(value); markWritten() }
    public mutating func int(_ value: Int) { separate(); bytes.append(contentsOf: String(value).utf8); markWritten() }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8); markWritten() }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8); markWritten() }

    /// Writes a finite double with up to 17 significant digits; NaN and infinities become `null`.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        separate()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
        markWritten()
    }

    /// Writes a UTC instant as `YYYY-MM-DDTHH:MM:SSZ`.
    public mutating func date(_ value: Date) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        UTCFormat.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        markWritten()
    }

    // MARK: Convenience for optional fields

    /// Writes `"name": value` when `value` is not nil.
    public mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name); string(value)
    }

    public mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name); int(value)
    }

    public mutating func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name); bool(value)
    }

    public mutating func field(_ name: String, _ value: Date?) {
        guard let value else { return }
        key(name); date(value)
    }

    /// Writes `"name": [strings]` (also when empty).
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for item in strings { string(item) }
        endArray()
    }

    /// Appends a raw newline (between JSONL records).
    public mutating func newline() { bytes.append(0x0A) }

    /// Clears the buffer, keeping its capacity.
    public mutating func reset() { bytes.removeAll(keepingCapacity: true); needsComma.removeAll(); pendingValueAfterKey = false }

    private mutating func separate() {
        if pendingValueAfterKey { pendingValueAfterKey = false; return }
        if let last = needsComma.last, last { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func markWritten() {
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    private mutating func appendEscaped(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        if let done = value.utf8.withContiguousStorageIfAvailable({ appendEscaped(bytes: $0) }) {
            _ = done
        } else {
            var copy = value
            copy.withUTF8 { appendEscaped(bytes: $0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `buffer` escaped (no quotes). Runs of bytes that need no escaping are found eight
    /// bytes at a time and copied in bulk.
    private mutating func appendEscaped(bytes buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        let n = buffer.count
        var runStart = 0
        var i = 0
        while i < n {
            // Skip 8 clean bytes at a time: no byte < 0x20, no '"' (0x22), no '\\' (0x5C).
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if Self.hasSpecialByte(word) { break }
                i += 8
            }
            while i < n {
                let byte = base[i]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { break }
                i += 1
                if i & 7 == 0 { break }
            }
            guard i < n else { break }
            let byte = base[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(byte)
            case 0x5C: bytes.append(0x5C); bytes.append(byte)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                hex.withUTF8Buffer { h in
                    bytes.append(0x5C); bytes.append(UInt8(ascii: "u")); bytes.append(0x30); bytes.append(0x30)
                    bytes.append(h[Int(byte >> 4)]); bytes.append(h[Int(byte & 0xF)])
                }
            }
            i += 1
            runStart = i
        }
        if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart)) }
    }

    /// True when one of the eight bytes of `word` is a control character, `"` or `\\`.
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte is < 0x20 when (b - 0x20) borrows into its high bit and b itself has it clear.
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote & highs
        let zeroBackslash = (backslash &- ones) & ~backslash & highs
        return (control | zeroQuote | zeroBackslash) != 0
    }

}
