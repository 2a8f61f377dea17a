import Foundation

/// Escaping and fixed number formatting for SVG, HTML and Markdown output.
///
/// Every number written into a chart or table goes through these functions, so output is
/// byte-for-byte deterministic (no locale, no shortest-representation surprises) and goldens stay stable.
public enum SVGText {
    /// Escapes `&`, `<`, `>`, `"` and `'` for use in element content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline are not allowed in XML 1.0.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A coordinate with one decimal (`12.5`, `-3.0`); non-finite values become `0.0`.
    public static func coord(_ value: Double) -> String { fixed(value, digits: 1) }

    /// `value` with exactly `digits` decimals, rounding half away from zero; `-0.0` prints as `0.0`.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return fixed(0, digits: digits) }
        let scale = pow(10.0, Double(digits))
        var scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled > 9e15 { scaled = 9e15 }
        let integer = Int64(scaled)
        let negative = value < 0 && integer != 0
        let factor = Int64(scale)
        var text = String(integer / max(factor, 1))
        if digits > 0 {
            let fraction = String(integer % factor)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return negative ? "-" + text : text
    }

    /// A share as a percentage with one decimal: `0.1234` → `12.3%`.
    public static func percent(_ share: Double?, digits: Int = 1) -> String {
        guard let share else { return "–" }
        return fixed(share * 100, digits: digits) + "%"
    }

    /// A signed change in percentage points: `+1.2 pp`, `-0.4 pp`.
    public static func points(_ delta: Double?) -> String {
        guard let delta else { return "–" }
        let text = fixed(delta * 100, digits: 1)
        return (text.hasPrefix("-") || text == "0.0" ? text : "+" + text) + " pp"
    }

    /// A signed number with `digits` decimals: `+0.12`, `-0.30`.
    public static func signed(_ value: Double?, digits: Int = 2) -> String {
        guard let value else { return "–" }
        let text = fixed(value, digits: digits)
        return text.hasPrefix("-") || Double(text) == 0 ? text : "+" + text
    }

    /// A p-value: `<0.001` or three decimals.
    public static func pValue(_ p: Double?) -> String {
        guard let p, p.isFinite else { return "–" }
        return p < 0.001 ? "<0.001" : fixed(p, digits: 3)
    }

    /// An integer with thin-space-free thousands separators (`12,345`).
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}
