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
    public mutating func date(_ value: Date) { string(UTCFormat.string(value)) }

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
        var value = value
        value.withUTF8 { buffer in
            let hex: StaticString = "0123456789abcdef"
            var runStart = 0
            var i = 0
            let n = buffer.count
            while i < n {
                let byte = buffer[i]
                // Bytes that need no escaping are copied in runs.
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { i += 1; continue }
                if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
                default:
                    hex.withUTF8Buffer { h in
                        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                                  h[Int(byte >> 4)], h[Int(byte & 0xF)]])
                    }
                }
                i += 1
                runStart = i
            }
            if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

}
