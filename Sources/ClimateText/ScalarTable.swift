import Foundation

/// Character classes and case/diacritic folding, table-driven.
///
/// The table is built once from `Unicode.Scalar.Properties` for the scripts our languages use
/// (Latin incl. Extended-A/B and Additional, Greek, Cyrillic, punctuation and currency) and answers
/// in O(1); other scalars take a slower path through the same properties. Folding = lower case, compatibility
/// decomposition (ligatures `ﬁ`→`fi`), combining marks removed, plus the letters that do not
/// decompose: `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`, `ł`→`l`, `đ`→`d`, `ı`→`i`, `ĳ`→`ij`, `þ`→`th`,
/// final `ς`→`σ`, Catalan `ŀ`→`l·` (as in `l·l`); the apostrophes `’` and `ʼ` fold to `'`.
public enum ScalarClass: UInt8, Sendable {
    case letter, digit, mark, space, punctuation, symbol, other
}

/// The folding and classification of one scalar.
public struct ScalarInfo: Sendable {
    public var scalarClass: ScalarClass
    public var isUppercase: Bool
    /// UTF-8 bytes of the folded form (empty for combining marks, which folding removes).
    public var folded: [UInt8]
}

/// A scalar's class and folding packed into 8 bytes (no heap storage: fast to copy).
public struct PackedScalar: Sendable {
    public var scalarClass: ScalarClass
    public var isUppercase: Bool
    /// Number of folded UTF-8 bytes (0...4).
    public var foldedCount: UInt8
    /// Folded UTF-8 bytes, little-endian in the low bytes.
    public var foldedBytes: UInt32

    init(_ info: ScalarInfo) {
        scalarClass = info.scalarClass
        isUppercase = info.isUppercase
        let bytes = info.folded.prefix(4)
        foldedCount = UInt8(bytes.count)
        var packed: UInt32 = 0
        for (i, b) in bytes.enumerated() { packed |= UInt32(b) << (8 * UInt32(i)) }
        foldedBytes = packed
    }
}

/// Table-driven scalar classification and folding.
public enum ScalarTable {
    /// Scalars below this value are answered from a flat array (Latin, Greek, Cyrillic, punctuation, `€`, letterlike symbols).
    static let flatLimit: UInt32 = 0x2150
    private static let flat: [PackedScalar] = (0..<flatLimit).map { value in
        PackedScalar(Unicode.Scalar(value).map(compute) ?? ScalarInfo(scalarClass: .other, isUppercase: false, folded: []))
    }

    private static let special: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
        0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0x131: "i", 0x133: "ij", 0x132: "ij", 0xFE: "th", 0xDE: "th",
        0xF0: "d", 0xD0: "d", 0x140: "l·", 0x13F: "l·", 0x3C2: "σ", 0x2019: "'", 0x2BC: "'",
    ]

    /// Calls `body` with the flat table (for hot loops: avoids the lazy-global check per scalar).
    static func withFlatTable<R>(_ body: (UnsafeBufferPointer<PackedScalar>) -> R) -> R {
        flat.withUnsafeBufferPointer(body)
    }

    /// The packed info of a scalar (O(1) below ``flatLimit``).
    @inline(__always)
    public static func packed(_ value: UInt32) -> PackedScalar {
        if value < flatLimit { return flat.withUnsafeBufferPointer { $0[Int(value)] } }
        guard let scalar = Unicode.Scalar(value) else { return PackedScalar(ScalarInfo(scalarClass: .other, isUppercase: false, folded: [])) }
        return PackedScalar(compute(scalar))
    }

    /// The info of a scalar, with its folded bytes as an array.
    public static func info(_ value: UInt32) -> ScalarInfo {
        guard let scalar = Unicode.Scalar(value) else { return ScalarInfo(scalarClass: .other, isUppercase: false, folded: []) }
        return compute(scalar)
    }

    /// Appends the folded bytes of a non-ASCII scalar.
    @inline(__always)
    static func appendFolded(_ p: PackedScalar, to out: inout [UInt8]) {
        var bytes = p.foldedBytes
        for _ in 0..<p.foldedCount { out.append(UInt8(truncatingIfNeeded: bytes)); bytes >>= 8 }
    }

    /// Appends the folded form of UTF-8 bytes (the same as ``fold(_:)`` of their string).
    static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var k = 0
        while k < bytes.count {
            let (v, length) = UTF8Scan.decode(bytes, k)
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                appendFolded(packed(v), to: &out)
            }
            k += length
        }
    }

    /// The folded form of a whole string (for building lexicon keys).
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { appendFolded($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    fileprivate static func compute(_ scalar: Unicode.Scalar) -> ScalarInfo {
        let props = scalar.properties
        let cls: ScalarClass
        switch props.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: cls = .letter
        case .decimalNumber: cls = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: cls = .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: cls = .space
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: cls = .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: cls = .symbol
        case .format: cls = (scalar.value == 0x200D || scalar.value == 0x00AD) ? .mark : .other
        case .control: cls = (scalar.value == 0x85) ? .space : .other
        default: cls = .other
        }
        if cls == .mark { return ScalarInfo(scalarClass: .mark, isUppercase: false, folded: []) }
        if let mapped = special[scalar.value] {
            return ScalarInfo(scalarClass: cls, isUppercase: props.isUppercase, folded: Array(mapped.utf8))
        }
        guard cls == .letter || cls == .digit else {
            return ScalarInfo(scalarClass: cls, isUppercase: false, folded: Array(String(scalar).utf8))
        }
        var folded: [UInt8] = []
        for s in props.lowercaseMapping.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let sp = s.properties.generalCategory
            if sp == .nonspacingMark || sp == .spacingMark || sp == .enclosingMark { continue }
            if let mapped = special[s.value] { folded.append(contentsOf: mapped.utf8) } else { folded.append(contentsOf: String(s).utf8) }
        }
        return ScalarInfo(scalarClass: cls, isUppercase: props.isUppercase, folded: folded)
    }
}
