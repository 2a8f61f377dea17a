/// Localised numeric layouts: Korean (`2004년 05월 28일 01:31:15`, `2004-05-25 오후 11:23:17`)
/// and ISO layouts with a month word (`2004-július-13T9:15-05:00`, Hungarian).
///
/// Both are rewritten into the ISO 8601 grammar and read by `ISO8601DateParser`, so the
/// same range checks apply. Korean dates without a zone are Korea Standard Time (UTC+9).
enum LocalizedDateParser {
    static let koreanYear: Character = "년"
    static let koreanMonth: Character = "월"
    static let koreanDay: Character = "일"
    static let koreanMorning = "오전"
    static let koreanAfternoon = "오후"

    /// Whether `text` uses Korean date markers.
    static func isKorean(_ text: String) -> Bool {
        // Hangul syllables are U+AC00-U+D7A3: UTF-8 lead bytes 0xEA-0xED. ASCII text is never Korean.
        guard text.utf8.contains(where: { $0 >= 0xEA && $0 <= 0xED }) else { return false }
        return text.contains(koreanYear) || text.contains(koreanAfternoon) || text.contains(koreanMorning)
    }

    /// `YYYY년 MM월 DD일 [오전|오후] hh:mm:ss` or `YYYY-MM-DD [오전|오후] hh:mm:ss`; zone defaults to +09:00.
    static func parseKorean(_ text: String) -> Result<DateParts, DateParseError> {
        var meridiem: Bool?
        var rewritten = ""
        var pendingSpace = false
        var tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        if let at = tokens.firstIndex(where: { $0 == koreanMorning || $0 == koreanAfternoon }) {
            meridiem = tokens[at] == koreanAfternoon
            tokens.remove(at: at)
        }
        for token in tokens {
            var piece = token
            var separator = " "
            if piece.last == koreanYear || piece.last == koreanMonth { separator = "-"; piece = piece.dropLast() }
            if piece.last == koreanDay { piece = piece.dropLast() }
            if pendingSpace { rewritten += " " }
            rewritten += piece
            if separator == "-" { rewritten += "-"; pendingSpace = false } else { pendingSpace = true }
        }
        switch ISO8601DateParser.parse(rewritten) {
        case .failure(let error): return .failure(error)
        case .success(var parts):
            if let meridiem {
                guard (1...12).contains(parts.hour) else { return .failure(.outOfRange("hour", parts.hour, 1...12)) }
                parts.hour = parts.hour % 12 + (meridiem ? 12 : 0)
            }
            if parts.offset == nil { parts.offset = 9 * 3600 }
            return .success(parts)
        }
    }

    /// Whether `text` starts `YYYY-<letters>` (but not an ISO week `YYYY-Www`).
    static func hasMonthWord(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(7))
        guard utf8.count >= 6, !(utf8[5] == UInt8(ascii: "W") && utf8.count == 7 && utf8[6] < 0x40), utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), utf8[4] == UInt8(ascii: "-")
        else { return false }
        return utf8[5] >= 0x80 || (utf8[5] | 0x20 >= UInt8(ascii: "a") && utf8[5] | 0x20 <= UInt8(ascii: "z"))
    }

    /// `YYYY-<month word>-DD[Thh:mm...]`: the word becomes its month number.
    static func parseMonthWord(_ text: String) -> Result<DateParts, DateParseError> {
        let fields = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { return .failure(.unrecognised(text)) }
        guard let month = DateWords.month(DateWords.fold(fields[1])) else { return .failure(.unknownMonth(String(fields[1]))) }
        let number = month < 10 ? "0\(month)" : "\(month)"
        return ISO8601DateParser.parse("\(fields[0])-\(number)-\(fields[2])")
    }
}
