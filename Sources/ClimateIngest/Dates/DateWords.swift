import Foundation

/// Month and weekday names in the languages European news feeds use.
///
/// Words are compared after folding (lower case, accents removed, a trailing `.` dropped), so
/// `Mär`, `mär.` and `MAR` are one key. A month matches when the word starts with one of the
/// month's 3-4 letter stems (`sept` and `septembre` start with `sep`); weekdays match whole words.
/// Languages: English, French, German, Spanish, Portuguese, Italian, Dutch, Hungarian, Greek.
enum DateWords {
    /// Stems per month (index 0 = January). No stem starts another month's stem.
    static let monthStems: [[String]] = [
        ["jan", "ene", "gen", "ιαν"],
        ["feb", "fev", "φεβ"],
        ["mar", "mrt", "mrz", "μαρ", "μαω"],
        ["apr", "abr", "avr", "απρ"],
        ["may", "mai", "maj", "mag", "mei", "mauj", "μαι", "μαΐ"],
        ["jun", "juin", "giu", "ιουν", "ιον"],
        ["jul", "juil", "lug", "ιουλ", "ιολ"],
        ["aug", "ago", "aou", "αυγ"],
        ["sep", "set", "sze", "σεπ"],
        ["oct", "okt", "out", "ott", "οκτ"],
        ["nov", "noe", "νοε"],
        ["dec", "dez", "dic", "δεκ"],
    ]

    /// Weekday words (folded), full and abbreviated.
    static let weekdays: Set<String> = [
        // English
        "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs",
        "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
        // French
        "lun", "lundi", "mar", "mardi", "mer", "mercredi", "jeu", "jeudi", "ven", "vendredi", "sam",
        "samedi", "dim", "dimanche",
        // German
        "mo", "montag", "di", "dienstag", "mi", "mittwoch", "do", "donnerstag", "fr", "freitag", "sa",
        "samstag", "sonnabend", "so", "sonntag",
        // Spanish
        "lunes", "martes", "mie", "miercoles", "jue", "jueves", "vie", "viernes", "sab", "sabado",
        "dom", "domingo",
        // Portuguese
        "seg", "segunda", "segunda-feira", "ter", "terca", "terca-feira", "qua", "quarta",
        "quarta-feira", "qui", "quinta", "quinta-feira", "sex", "sexta", "sexta-feira",
        // Italian
        "lunedi", "martedi", "mercoledi", "gio", "giovedi", "venerdi", "sabato", "domenica",
        // Dutch
        "ma", "maandag", "dinsdag", "wo", "woensdag", "donderdag", "vr", "vrijdag", "za", "zaterdag",
        "zo", "zondag",
        // Hungarian
        "hetfo", "kedd", "szerda", "csutortok", "pentek", "szombat", "vasarnap",
        // Greek
        "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυριακη", "δευτερα", "τριτη", "τεταρτη",
        "πεμπτη", "παρασκευη", "σαββατο",
    ]

    /// Filler words between date fields (`12 de março de 2018`).
    static let fillers: Set<String> = ["de", "del", "of", "le", "den", "der"]

    /// Lower case, accents removed, one trailing `.` dropped. ASCII input takes a fast path.
    static func fold(_ word: Substring) -> String {
        var word = word
        if word.last == "." { word = word.dropLast() }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
    }

    /// Stem → month, for lookups by a word's first 3 or 4 characters.
    static let stemTable: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, stems) in monthStems.enumerated() {
            for stem in stems { table[stem] = index + 1 }
        }
        return table
    }()

    /// The month (1-12) a folded word names, if any: its first 4 or 3 characters are a stem.
    static func month(_ folded: String) -> Int? {
        let utf8 = folded.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard (3...12).contains(utf8.count),
                  utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-") })
            else { return nil }
        } else {
            guard (3...12).contains(folded.count), folded.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        }
        return stemTable[String(folded.prefix(4))] ?? stemTable[String(folded.prefix(3))]
    }

    /// Whether a folded word is a weekday name.
    static func isWeekday(_ folded: String) -> Bool { weekdays.contains(folded) }
}
