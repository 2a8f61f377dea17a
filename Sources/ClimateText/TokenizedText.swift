import Foundation

/// A text and its tokens, with the byte buffers the tokens point into.
///
/// `text` is the NFC form of the input (NFC and NFD inputs give the same tokens); token ranges are
/// UTF-8 offsets into it. Strings are only made on demand (`surface(_:)`, `foldedForm(_:)`).
public struct TokenizedText: Sendable {
    /// The tokenised text (NFC).
    public let text: String
    /// The UTF-8 bytes of `text`.
    public let bytes: [UInt8]
    /// The folded forms of all tokens, back to back.
    public let folded: [UInt8]
    public let tokens: [Token]
    /// The indices, ascending, of the tokens where a sentence may end or must start: the marks
    /// `.` `!` `?` `…` and the first token after a line break. The tokenizer notes them on its
    /// way, so sentence splitting visits these tokens only; nil when unknown (every token is looked at).
    public let boundaryCandidates: [Int32]?

    public init(text: String, bytes: [UInt8], folded: [UInt8], tokens: [Token], boundaryCandidates: [Int32]? = nil) {
        self.text = text
        self.bytes = bytes
        self.folded = folded
        self.tokens = tokens
        self.boundaryCandidates = boundaryCandidates
    }

    /// The token as written.
    public func surface(_ index: Int) -> String { slice(tokens[index].range) }

    /// The folded form of a token (lower case, no diacritics).
    public func foldedForm(_ index: Int) -> String {
        let t = tokens[index]
        return String(decoding: folded[Int(t.foldedStart)..<Int(t.foldedEnd)], as: UTF8.self)
    }

    /// The first Unicode scalar of a token (punctuation tokens are one scalar long).
    @inline(__always)
    public func scalar(_ index: Int) -> UInt32 {
        bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, Int(tokens[index].start)).0 }
    }

    /// The text of a byte range (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The parts of a hyphenated token (`asylum-seekers` → `asylum`, `seekers`), each with its
    /// own range and folded key; a token without hyphens is its own only part.
    public func parts(of index: Int) -> [(range: Range<Int>, folded: String, key: UInt64)] {
        let token = tokens[index]
        guard token.isHyphenated else {
            return [(token.range, foldedForm(index), token.key)]
        }
        var result: [(range: Range<Int>, folded: String, key: UInt64)] = []
        var partStart = Int(token.start)
        var cursor = partStart
        let end = Int(token.end)
        func flush(_ upTo: Int) {
            guard upTo > partStart else { return }
            let surface = String(decoding: bytes[partStart..<upTo], as: UTF8.self)
            let folded = ScalarTable.fold(surface)
            result.append((partStart..<upTo, folded, TokenKey.hash(folded)))
        }
        while cursor < end {
            let (value, length) = UTF8Scan.decode(bytes, cursor)
            if UTF8Scan.isHyphen(value) {
                flush(cursor)
                partStart = cursor + length
            }
            cursor += length
        }
        flush(end)
        return result
    }
}

/// Minimal UTF-8 decoding over valid bytes (Swift strings are always valid UTF-8).
enum UTF8Scan {
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < bytes.count { return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < bytes.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < bytes.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Whether the bytes `from..<to` contain a line break (`\n` or `\r`); false for an empty range.
    @inline(__always)
    static func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        for k in from..<to where bytes[k] == 0x0A || bytes[k] == 0x0D { return true }
        return false
    }

    static func decode(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
        bytes.withUnsafeBufferPointer { decode($0, i) }
    }

    /// Hyphen-minus, hyphen, non-breaking hyphen.
    @inline(__always)
    static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Quotation marks that can open a quote (after an elision: `d'« appel »`, `d'“invasió”`).
    @inline(__always)
    static func opensQuote(_ v: UInt32) -> Bool {
        v == 0xAB || v == 0x201C || v == 0x201E || v == 0x22 || v == 0x2039 || v == 0x2018 || v == 0x201A
    }

    /// Apostrophe, right single quotation mark, modifier letter apostrophe.
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2BC }
}
