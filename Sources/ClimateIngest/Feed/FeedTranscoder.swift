import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts a feed's bytes from its source encoding to UTF-8, chunk by chunk.
///
/// UTF-8, US-ASCII, ISO-8859-1 and windows-1252 are handled here (strictly, like Python's codecs:
/// windows-1252 has five undefined bytes); everything else goes through iconv. Incomplete sequences
/// at a chunk end are carried to the next chunk. Invalid bytes become U+FFFD and are reported.
final class FeedTranscoder {
    private enum Kind { case utf8, ascii, latin1, cp1252, iconv(iconv_t) }
    private let kind: Kind
    private var carry: [UInt8] = []
    /// Well-formed multi-byte UTF-8 sequences seen (UTF-8 decoding only): evidence that a document
    /// with some invalid bytes is still UTF-8 rather than a single-byte legacy encoding.
    private(set) var validMultibyteSequences = 0

    /// Set when the input is already known to be valid (checked by `FeedEncodingChoice`): UTF-8 and
    /// ASCII are then copied without a second validation.
    var trusted = false

    /// Nil when the encoding name is unknown (feedparser's `LookupError`).
    init?(encoding: String) {
        let name = encoding.lowercased().replacingOccurrences(of: "_", with: "-")
        switch name {
        case "utf-8", "utf8", "u8": kind = .utf8
        case "us-ascii", "ascii", "646": kind = .ascii
        case "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso-ir-100": kind = .latin1
        case "windows-1252", "cp1252": kind = .cp1252
        default:
            let alias = Self.pythonAliases[name] ?? name
            var handle = iconv_open("UTF-8", alias)
            if handle == iconv_t(bitPattern: -1) { handle = iconv_open("UTF-8", encoding) }
            guard handle != iconv_t(bitPattern: -1) else { return nil }
            kind = .iconv(handle!)
        }
    }

    deinit {
        if case .iconv(let handle) = kind { iconv_close(handle) }
    }

    /// Appends the UTF-8 form of `input` to `output`; returns false if any byte was invalid.
    func transcode(_ input: [UInt8], into output: inout [UInt8], final: Bool) -> Bool {
        if trusted, carry.isEmpty {
            switch kind {
            case .utf8, .ascii: output.append(contentsOf: input); return true
            default: break
            }
        }
        let bytes = carry.isEmpty ? input : carry + input
        carry.removeAll(keepingCapacity: true)
        switch kind {
        case .utf8: return utf8(bytes, &output, final)
        case .ascii:
            var ok = true
            for b in bytes { if b < 0x80 { output.append(b) } else { ok = false; Self.appendReplacement(&output) } }
            return ok
        case .latin1:
            for b in bytes { Self.appendScalar(UInt32(b), &output) }
            return true
        case .cp1252:
            var ok = true
            for b in bytes {
                if b >= 0x80 && b < 0xA0 {
                    let scalar = Self.cp1252High[Int(b - 0x80)]
                    if scalar == 0 { ok = false; Self.appendReplacement(&output) } else { Self.appendScalar(scalar, &output) }
                } else {
                    Self.appendScalar(UInt32(b), &output)
                }
            }
            return ok
        case .iconv(let handle): return viaIconv(handle, bytes, &output, final)
        }
    }

    /// The length of the longest prefix made of complete, valid UTF-8 sequences (fast path).
    private func validPrefix(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { p -> Int in
            let n = p.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                guard let (length, second) = UTF8Lead.sequence(b) else { return i }
                let need = length - 1
                guard i + need < n, second.contains(p[i + 1]) else { return i }
                var k = 2
                while k <= need { guard p[i + k] & 0xC0 == 0x80 else { return i }; k += 1 }
                validMultibyteSequences += 1
                i += need + 1
            }
            return n
        }
    }

    private func utf8(_ bytes: [UInt8], _ output: inout [UInt8], _ final: Bool) -> Bool {
        var ok = true
        var i = validPrefix(bytes)
        output.append(contentsOf: bytes[0..<i])
        let n = bytes.count
        if i == n { return true }
        output.reserveCapacity(output.count + n)
        while i < n {
            let b = bytes[i]
            if b < 0x80 { output.append(b); i += 1; continue }
            guard let (length, second) = UTF8Lead.sequence(b) else { ok = false; Self.appendReplacement(&output); i += 1; continue }
            let need = length - 1
            var j = 1
            var valid = true
            while j <= need {
                if i + j >= n {
                    if !final { carry = Array(bytes[i...]); return ok }
                    valid = false; break
                }
                let c = bytes[i + j]
                if !(j == 1 ? second : 0x80...0xBF).contains(c) { valid = false; break }
                j += 1
            }
            if valid { output.append(contentsOf: bytes[i...(i + need)]); i += need + 1; validMultibyteSequences += 1 }
            else { ok = false; Self.appendReplacement(&output); i += max(1, j) }
        }
        return ok
    }

    private func viaIconv(_ handle: iconv_t, _ bytes: [UInt8], _ output: inout [UInt8], _ final: Bool) -> Bool {
        var ok = true
        var input = bytes
        var scratch = [UInt8](repeating: 0, count: max(4096, bytes.count * 4))
        var offset = 0
        while offset < input.count {
            let result: (consumed: Int, produced: Int, error: Int32) = input.withUnsafeMutableBytes { inRaw in
                scratch.withUnsafeMutableBytes { outRaw in
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count - offset
                    var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    let before = inLeft
                    let rc = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (before - inLeft, outRaw.count - outLeft, rc == -1 ? errno : 0)
                }
            }
            output.append(contentsOf: scratch[0..<result.produced])
            offset += result.consumed
            switch result.error {
            case 0: continue
            case E2BIG: continue
            case EINVAL:
                if final { ok = false; Self.appendReplacement(&output); offset = input.count }
                else { carry = Array(input[offset...]); offset = input.count }
            default:
                ok = false; Self.appendReplacement(&output); offset += 1
            }
        }
        input.removeAll()
        return ok
    }

    /// Python codec names iconv does not know, mapped to iconv's names.
    private static let pythonAliases: [String: String] = [
        "u16": "UTF-16", "utf16": "UTF-16", "u32": "UTF-32", "utf32": "UTF-32", "u7": "UTF-7", "utf7": "UTF-7",
        "mac-roman": "MACINTOSH", "macroman": "MACINTOSH", "mac-latin2": "MAC-CENTRALEUROPE",
        "maclatin2": "MAC-CENTRALEUROPE", "mac-iceland": "MACIS", "maciceland": "MACIS",
        "ks-c-5601-1987": "EUC-KR", "ks-c-5601": "EUC-KR", "ksc5601": "EUC-KR", "korean": "EUC-KR",
        "cp65001": "UTF-8", "sjis": "SHIFT_JIS", "shift-jis": "SHIFT_JIS", "s-jis": "SHIFT_JIS",
        "x-mac-japanese": "SHIFT_JIS", "euc-jis-2004": "EUC-JISX0213", "cp936": "GBK", "ms936": "GBK",
    ]

    static func appendReplacement(_ output: inout [UInt8]) { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }

    static func appendScalar(_ v: UInt32, _ output: inout [UInt8]) {
        switch v {
        case 0..<0x80: output.append(UInt8(v))
        case 0x80..<0x800: output.append(UInt8(0xC0 | (v >> 6))); output.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (v >> 12))); output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (v >> 18))); output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F))); output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// The character windows-1252 assigns to byte `b` in 0x80–0x9F, nil for the undefined ones.
    static func windows1252(_ b: UInt8) -> Unicode.Scalar? {
        guard b >= 0x80, b < 0xA0, cp1252High[Int(b - 0x80)] != 0 else { return nil }
        return Unicode.Scalar(cp1252High[Int(b - 0x80)])
    }

    /// windows-1252 0x80–0x9F; 0 marks the five undefined bytes.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
