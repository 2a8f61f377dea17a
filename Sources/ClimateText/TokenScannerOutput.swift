/// Token output for ``TokenScanner``: folded bytes, keys, the growing token buffer and the
/// boundary candidates for sentence splitting.
extension TokenScanner {
    /// Emits the token `start..<end` with its folded bytes (spaces left out of numbers), key and flags.
    mutating func emitWord(_ start: Int, _ end: Int, kind: TokenKind, hyphenated: Bool) {
        let fStart = outCount
        var k = start
        var capital = false
        while k < end {
            let b0 = bytes[k]
            if b0 < 0x80, kind != .number {  // ASCII fast path
                var b = b0
                if b >= 0x41 && b <= 0x5A { if k == start { capital = true }; b |= 0x20 }
                out[outCount] = b
                outCount += 1
                k += 1
                continue
            }
            let (v, len) = UTF8Scan.decode(bytes, k)
            if v < 0x80 {
                var b = UInt8(v)
                if b >= 0x41 && b <= 0x5A { if k == start { capital = true }; b |= 0x20 }
                if kind == .number, b == 0x20 { k += len; continue }
                out[outCount] = b
                outCount += 1
            } else {
                let info = packed(v)
                if k == start, info.isUppercase { capital = true }
                if kind == .number, info.scalarClass == .space { k += len; continue }
                var packed = info.foldedBytes
                for _ in 0..<info.foldedCount {
                    let b = UInt8(truncatingIfNeeded: packed)
                    packed >>= 8
                    out[outCount] = b
                    outCount += 1
                }
            }
            k += len
        }
        reserveToken()
        tokenOut[tokenCount] = Token(scanned: kind, start: start, end: end, foldedStart: fStart, foldedEnd: outCount,
                                     key: TokenKey.hashPadded(out + fStart, count: outCount - fStart),
                                     isHyphenated: hyphenated, isCapitalized: capital)
        tokenCount += 1
    }

    /// Makes room for one more token (doubling the buffer when it is full).
    @inline(__always)
    mutating func reserveToken() {
        guard tokenCount == tokenCapacity else { return }
        let bigger = UnsafeMutablePointer<Token>.allocate(capacity: tokenCapacity * 2)
        bigger.moveInitialize(from: tokenOut, count: tokenCount)
        if ownsTokenBuffer { tokenOut.deallocate() }  // the first buffer is the caller's
        tokenOut = bigger
        tokenCapacity *= 2
        ownsTokenBuffer = true
    }

    /// Records the next token to be emitted as a boundary candidate (once).
    @inline(__always)
    mutating func markBoundary() {
        if boundaries.last != Int32(tokenCount) { boundaries.append(Int32(tokenCount)) }
    }

    /// Records that the next token follows a line break (which matters after the first token only).
    @inline(__always)
    mutating func markLineBreak() {
        if tokenCount > 0 { markBoundary() }
    }

    mutating func emitVerbatim(_ kind: TokenKind, _ start: Int, _ end: Int) {
        emitWord(start, end, kind: kind, hyphenated: false)
    }
}
