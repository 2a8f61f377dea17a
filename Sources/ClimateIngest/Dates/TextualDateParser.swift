/// Dates written with words and spaces: RFC 822/2822, asctime, Perforce, and localised variants.
///
/// Grammar (tokens split on white space and commas, compared after `DateWords.fold`):
///
///     [weekday] day month year [time] [zone]        Thu, 01 Jan 2004 19:48:21 GMT
///     [weekday] month day [year] [time] [zone] [year]  Sun Jan  4 16:29:06 2004 (asctime)
///     [weekday] yyyy/mm/dd [time] [zone]             Fri, 2006/09/15 08:19:53 EDT (Perforce)
///
/// `time` is `h:mm[:ss[.frac]]`, optionally followed by `am`/`pm`; `zone` is anything
/// `DateZones` reads; a parenthesised comment at the end (`(CEST)`) is ignored. Two-digit years
/// follow `DateParts.expandTwoDigitYear`. An unknown 2-5 letter zone abbreviation after the time
/// is read as UTC (as feedparser does). Other words are rejected.
enum TextualDateParser {
    static func parse(_ text: String) -> Result<DateParts, DateParseError> {
        var body = Substring(text)
        if body.hasSuffix(")"), let open = body.lastIndex(of: "(") { body = body[..<open] }
        let tokens = tokenize(body)
        guard !tokens.isEmpty else { return .failure(.empty) }
        var cursor = 0
        // Leading weekday ("Mar" is also March: it is a weekday only when a date follows).
        if DateWords.isWeekday(tokens[0]) {
            let isAlsoMonth = DateWords.month(tokens[0]) != nil
            let next = tokens.count > 1 ? tokens[1] : ""
            let nextIsDate = DateWords.month(next) != nil || has(next, "/")
                || (Int(dayDigits(next)) != nil && tokens.count > 2 && DateWords.month(tokens[2]) != nil)
            if !isAlsoMonth || nextIsDate { cursor = 1 }
        }
        var parts = DateParts(year: 0)
        var haveYear = false
        guard cursor < tokens.count else { return .failure(.unrecognised(text)) }
        let first = tokens[cursor]
        if has(first, "/") {
            if let error = readSlashDate(first, into: &parts) { return .failure(error) }
            haveYear = true
            cursor += 1
        } else if let month = DateWords.month(first) {
            parts.month = month
            guard cursor + 1 < tokens.count else { return .failure(DateParseError(reason: "no day after the month")) }
            guard let day = Int(dayDigits(tokens[cursor + 1])) else { return .failure(.badNumber("day", tokens[cursor + 1])) }
            parts.day = day
            cursor += 2
        } else if let day = Int(dayDigits(first)) {
            parts.day = day
            guard cursor + 1 < tokens.count else { return .failure(DateParseError(reason: "no month after the day")) }
            guard let month = DateWords.month(tokens[cursor + 1]) else { return .failure(.unknownMonth(tokens[cursor + 1])) }
            parts.month = month
            cursor += 2
        } else {
            return .failure(DateWords.month(tokens.count > cursor + 1 ? tokens[cursor + 1] : "") != nil
                ? .badNumber("day", first) : .unrecognised(text))
        }
        if !haveYear, cursor < tokens.count, isDigits(tokens[cursor]) {
            if let error = readYear(tokens[cursor], into: &parts) { return .failure(error) }
            haveYear = true
            cursor += 1
        }
        return readTail(tokens[cursor...], parts: parts, haveYear: haveYear)
    }

    /// Time, am/pm, zone and (asctime) year, in any order, each at most once.
    private static func readTail(_ tokens: ArraySlice<String>, parts start: DateParts, haveYear: Bool) -> Result<DateParts, DateParseError> {
        var parts = start
        var haveYear = haveYear
        var haveTime = false
        var haveMeridiem = false
        var zoneIsNamedUTC = false
        for token in tokens {
            if !haveYear, haveTime, isDigits(token) {
                if let error = readYear(token, into: &parts) { return .failure(error) }
                haveYear = true
            } else if !haveTime, has(token, ":") {
                if let error = readTime(token, into: &parts) { return .failure(error) }
                haveTime = true
            } else if haveTime, !haveMeridiem, parts.offset == nil, let pm = meridiem(token) {
                guard (1...12).contains(parts.hour) else { return .failure(.outOfRange("hour", parts.hour, 1...12)) }
                parts.hour = parts.hour % 12 + (pm ? 12 : 0)
                haveMeridiem = true
            } else if parts.offset == nil || zoneIsNamedUTC {
                switch DateZones.read(Substring(token)) {
                case .offset(let seconds):
                    zoneIsNamedUTC = seconds == 0 && token.first != "+" && token.first != "-" && parts.offset == nil
                    parts.offset = seconds
                case .invalid(let error): return .failure(error)
                case .notAZone:
                    if !haveYear { return .failure(DateParseError(reason: "expected a year, found '\(token)'")) }
                    guard haveTime, isZoneAbbreviation(token) else { return .failure(.unexpected(token, after: "date")) }
                    // An unknown zone abbreviation after the time is read as UTC, as feedparser does.
                    parts.offset = 0
                }
            } else {
                return .failure(.unexpected(token, after: "time zone"))
            }
        }
        guard haveYear else { return .failure(DateParseError(reason: "no year")) }
        return .success(parts)
    }

    /// Splits on white space and commas; folds words; drops filler words.
    static func tokenize(_ text: Substring) -> [String] {
        var source = text
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            // Non-ASCII white space (no-break space and friends) becomes a plain space.
            source = Substring(String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 })))
        }
        var tokens: [String] = []
        let isSeparator: (UInt8) -> Bool = { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        for piece in source.utf8.split(whereSeparator: isSeparator) {
            let folded = DateWords.fold(Substring(piece))
            if DateWords.fillers.contains(folded) { continue }
            tokens.append(folded)
        }
        return tokens
    }

    /// `yyyy/mm/dd` (year first only: `dd/mm` and `mm/dd` cannot be told apart).
    private static func readSlashDate(_ token: String, into parts: inout DateParts) -> DateParseError? {
        let fields = token.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields.allSatisfy({ DateZones.isDigits($0) && $0.count <= 4 }),
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        else { return DateParseError(reason: "slash dates must be yyyy/mm/dd, got '\(token)'") }
        parts.year = year; parts.month = month; parts.day = day
        return nil
    }

    private static func readYear(_ token: String, into parts: inout DateParts) -> DateParseError? {
        guard token.count <= 4, let value = Int(token) else { return .badNumber("year", token) }
        parts.year = token.count <= 2 ? DateParts.expandTwoDigitYear(value) : value
        return nil
    }

    /// `h:mm`, `h:mm:ss`, `h:mm:ss.frac`, optionally with a zone glued on (`16:29:06+0200`, `10:00Z`).
    private static func readTime(_ token: String, into parts: inout DateParts) -> DateParseError? {
        var clock = Substring(token)
        let zoneByte = clock.utf8.firstIndex { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 >= UInt8(ascii: "a") }
        if let zoneStart = zoneByte {
            switch DateZones.read(clock[zoneStart...]) {
            case .offset(let seconds): parts.offset = seconds
            case .invalid(let error): return error
            case .notAZone: return .badTime(token)
            }
            clock = clock[..<zoneStart]
        }
        var fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count) else {
            return DateParseError(reason: "time '\(token)' must have 2 or 3 fields, has \(fields.count)")
        }
        if fields.count == 3, let dot = fields[2].firstIndex(where: { $0 == "." || $0 == "," }) {
            let digits = fields[2][fields[2].index(after: dot)...]
            guard DateZones.isDigits(digits), let fraction = Double("0." + digits) else { return .badTime(token) }
            parts.fraction = fraction
            fields[2] = fields[2][..<dot]
        }
        guard fields.allSatisfy({ DateZones.isDigits($0) && $0.count <= 2 }) else { return .badTime(token) }
        parts.hour = Int(fields[0]) ?? 0
        parts.minute = Int(fields[1]) ?? 0
        parts.second = fields.count == 3 ? Int(fields[2]) ?? 0 : 0
        return nil
    }

    private static func meridiem(_ token: String) -> Bool? {
        switch token {
        case "am", "a.m": return false
        case "pm", "p.m": return true
        default: return nil
        }
    }

    /// A day number without an ordinal suffix (`1st`, `2nd`, `12.` → digits); "" when not a day.
    static func dayDigits(_ token: String) -> String {
        let utf8 = token.utf8
        let digitCount = utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard (1...2).contains(digitCount) else { return "" }
        if digitCount == utf8.count { return token }
        let suffix = token.utf8.dropFirst(digitCount)
        guard ["st", "nd", "rd", "th", "er", "º"].contains(where: { suffix.elementsEqual($0.utf8) }) else { return "" }
        return String(token.prefix(digitCount))
    }

    /// Whether `token` contains the ASCII character `character`.
    private static func has(_ token: String, _ character: Unicode.Scalar) -> Bool {
        token.utf8.contains(UInt8(character.value))
    }

    static func isDigits(_ token: String) -> Bool { DateZones.isDigits(Substring(token)) }

    /// 2-5 ASCII letters: the shape of a zone abbreviation (`CLT`, `WIB`, `AEST`).
    static func isZoneAbbreviation(_ token: String) -> Bool {
        (2...5).contains(token.utf8.count) && token.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
}
