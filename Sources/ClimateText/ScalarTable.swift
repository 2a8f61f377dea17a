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

/// Table-driven scalar classification and folding.
public enum ScalarTable {
    /// Latin-1 to Cyrillic (with IPA, modifier letters such as `ʼ` and combining marks), Latin Extended
    /// Additional, punctuation, currency (`€`) and letterlike symbols, and the `ﬁ` ligatures.
    private static let ranges: [ClosedRange<UInt32>] = [0x80...0x52F, 0x1E00...0x1EFF, 0x2000...0x214F, 0xFB00...0xFB06]
    private static let table: [UInt32: ScalarInfo] = {
        var result: [UInt32: ScalarInfo] = [:]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                result[value] = compute(scalar)
            }
        }
        return result
    }()

    private static let special: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
        0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d", 0x131: "i", 0x133: "ij", 0x132: "ij", 0xFE: "th", 0xDE: "th",
        0xF0: "d", 0xD0: "d", 0x140: "l·", 0x13F: "l·", 0x3C2: "σ", 0x2019: "'", 0x2BC: "'",
    ]

    /// The info of a non-ASCII scalar.
    @inline(__always)
    public static func info(_ value: UInt32) -> ScalarInfo {
        if let hit = table[value] { return hit }
        guard let scalar = Unicode.Scalar(value) else { return ScalarInfo(scalarClass: .other, isUppercase: false, folded: []) }
        return compute(scalar)
    }

    /// The folded form of a whole string (for building lexicon keys).
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                out.append(contentsOf: info(v).folded)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func compute(_ scalar: Unicode.Scalar) -> ScalarInfo {
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
        default: cls = .other
        }
        if cls == .mark { return ScalarInfo(scalarClass: .mark, isUppercase: false, folded: []) }
        if let mapped = special[scalar.value] {
            return ScalarInfo(scalarClass: cls, isUppercase: props.isUppercase, folded: Array(mapped.utf8))
        }
        guard cls == .letter || cls == .digit else {
            return ScalarInfo(scalarClass: cls, isUppercase: false, folded: Array(String(scalar).utf8))
        }
        let lower = props.lowercaseMapping
        var folded: [UInt8] = []
        for s in lower.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let sp = s.properties.generalCategory
            if sp == .nonspacingMark || sp == .spacingMark || sp == .enclosingMark { continue }
            if let mapped = special[s.value] { folded.append(contentsOf: mapped.utf8) } else { folded.append(contentsOf: String(s).utf8) }
        }
        return ScalarInfo(scalarClass: cls, isUppercase: props.isUppercase, folded: folded)
    }
}
