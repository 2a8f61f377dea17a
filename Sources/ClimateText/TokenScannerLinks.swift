/// URL and e-mail recognition for ``TokenScanner`` (over UTF-8 bytes, no allocation).
extension TokenScanner {
    func urlEnd(at start: Int) -> Int? {
        let first = bytes[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
        // The prefix's bytes packed little-endian into an integer: no string iteration per word.
        func hasPrefix(_ packed: UInt64, length: Int) -> Bool {
            guard start + length <= bytes.count else { return false }
            var p = packed
            for k in start..<(start + length) {
                let b = bytes[k]
                guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == UInt8(truncatingIfNeeded: p) else { return false }
                p >>= 8
            }
            return true
        }
        guard hasPrefix(0x2F2F_3A70_7474_68, length: 7) || hasPrefix(0x2F2F_3A73_7074_7468, length: 8)
                || hasPrefix(0x2E77_7777, length: 4) else { return nil }  // http://  https://  www.
        var k = start
        while k < bytes.count {
            let b = bytes[k]
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E { break }
            if b >= 0x80 {
                let (v, _) = UTF8Scan.decode(bytes, k)
                if classOf(v) == .space || UTF8Scan.opensQuote(v) || (v >= 0x2018 && v <= 0x201F) || v == 0xBB || v == 0x203A { break }
            }
            k += 1
        }
        while k > start, let last = Optional(bytes[k - 1]), ".,;:!?)]}'".utf8.contains(last) { k -= 1 }
        return k > start + 4 ? k : nil
    }

    func emailEnd(wordStart: Int, wordEnd: Int) -> Int? {
        var k = wordEnd
        // local part may continue with . _ % + -
        while k < bytes.count, let b = Optional(bytes[k]), isASCIIAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { k += 1 }
        guard k < bytes.count, bytes[k] == 0x40 else { return nil }
        var d = k + 1
        var dots = 0
        while d < bytes.count, let b = Optional(bytes[d]), isASCIIAlnum(b) || b == 0x2E || b == 0x2D {
            if b == 0x2E { dots += 1 }
            d += 1
        }
        while d > k + 1, bytes[d - 1] == 0x2E { d -= 1; dots -= 1 }
        return dots >= 1 && d > k + 3 ? d : nil
    }

    @inline(__always)
    func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
