/// Time-zone designators: names, military letters, `Etc/GMT±N`, `GMT±hh:mm` and numeric offsets.
///
/// Offsets are seconds east of UTC. Names are matched case-insensitively. Where a name is
/// ambiguous the table takes the RFC 822 / North-American or European reading (`CST` = US
/// Central, `IST` = Irish Summer Time, `BST` = British Summer Time); see docs/DATES.md.
enum DateZones {
    /// What a token is, read as a zone.
    enum Reading: Equatable {
        case offset(Int)
        case invalid(DateParseError)
        case notAZone
    }

    /// Named zones, hours east of UTC (fractions for half-hour zones).
    static let names: [String: Double] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "uct": 0, "zulu": 0,
        // North America (RFC 822 plus the bare forms feedparser accepts)
        "ast": -4, "adt": -3, "at": -4,
        "est": -5, "edt": -4, "et": -5,
        "cst": -6, "cdt": -5, "ct": -6,
        "mst": -7, "mdt": -6, "mt": -7,
        "pst": -8, "pdt": -7, "pt": -8,
        "akst": -9, "akdt": -8, "hst": -10, "nst": -3.5, "ndt": -2.5,
        // Europe
        "wet": 0, "west": 1, "bst": 1, "ist": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2,
        "mez": 1, "mesz": 2, "eet": 2, "eest": 3, "msk": 3,
        // Elsewhere, common in news feeds
        "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8, "acst": 9.5, "acdt": 10.5,
        "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "brt": -3, "art": -3,
    ]

    /// Reads a lower-case token as a zone.
    static func read(_ token: Substring) -> Reading {
        guard let first = token.first else { return .notAZone }
        if first == "+" || first == "-" { return numeric(token) }
        if let hours = names[String(token)] { return .offset(Int(hours * 3600)) }
        if token.hasPrefix("etc/") { return etc(token.dropFirst(4)) }
        for prefix in ["gmt", "utc", "ut"] where token.hasPrefix(prefix) {
            let rest = token.dropFirst(prefix.count)
            if let sign = rest.first, sign == "+" || sign == "-" { return numeric(rest) }
        }
        if token.count == 1, let letter = first.asciiValue, let offset = military(letter) {
            return .offset(offset)
        }
        return .notAZone
    }

    /// RFC 822 military letters: A-I = -1..-9, K-M = -10..-12, N-Y = +1..+12, Z = 0.
    static func military(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "a")...UInt8(ascii: "i"): return -Int(letter - UInt8(ascii: "a") + 1) * 3600
        case UInt8(ascii: "k")...UInt8(ascii: "m"): return -Int(letter - UInt8(ascii: "k") + 10) * 3600
        case UInt8(ascii: "n")...UInt8(ascii: "y"): return Int(letter - UInt8(ascii: "n") + 1) * 3600
        case UInt8(ascii: "z"): return 0
        default: return nil
        }
    }

    /// `Etc/GMT`, `Etc/UTC`, and POSIX `Etc/GMT+5` (which means UTC-5: the sign is inverted).
    private static func etc(_ rest: Substring) -> Reading {
        if let hours = names[String(rest)], hours == 0 { return .offset(0) }
        guard rest.hasPrefix("gmt") else { return .invalid(.badZone("etc/" + rest)) }
        switch numeric(rest.dropFirst(3)) {
        case .offset(let seconds): return .offset(-seconds)
        default: return .invalid(.badZone("etc/" + rest))
        }
    }

    /// `±h`, `±hh`, `±hhmm`, `±hmm`, `±hh:mm`.
    static func numeric(_ token: Substring) -> Reading {
        let sign = token.first == "-" ? -1 : 1
        let body = token.dropFirst()
        var hours = 0
        var minutes = 0
        if let colon = body.firstIndex(of: ":") {
            let h = body[..<colon]
            let m = body[body.index(after: colon)...]
            guard (1...2).contains(h.count), m.count == 2, let hv = Int(h), let mv = Int(m), isDigits(h), isDigits(m)
            else { return .invalid(.badZone(String(token))) }
            hours = hv; minutes = mv
        } else {
            guard isDigits(body), let value = Int(body) else { return .invalid(.badZone(String(token))) }
            switch body.count {
            case 1, 2: hours = value
            case 3, 4: hours = value / 100; minutes = value % 100
            default: return .invalid(.badZone(String(token)))
            }
        }
        guard hours <= 23 else { return .invalid(.outOfRange("zone hours", hours, 0...23)) }
        guard minutes <= 59 else { return .invalid(.outOfRange("zone minutes", minutes, 0...59)) }
        return .offset(sign * (hours * 3600 + minutes * 60))
    }

    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
