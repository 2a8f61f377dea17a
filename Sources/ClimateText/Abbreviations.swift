/// Abbreviations that do not end a sentence, per language (written as in text, without the final
/// period; folded when a splitter is made, so `núm` also matches `num`).
///
/// Three kinds: plain abbreviations (`Dr.`, `z.B.`, `bzw.`) never end a sentence before a capital;
/// numeric ones (`No.`, `núm.`, `art.`, `S.`) only hold before a number, because the same letters are
/// also words that end sentences (`She said no.`, `murieron en el mar.`); month abbreviations only hold
/// next to a number (`Jan. 3`, `5 ene. 2025`), so the name `Jan.` or Catalan `mar.` still end one.
/// Abbreviations that often end a sentence themselves (`etc.`, `usw.`, `a.m.`) are not listed: before a
/// capital they end the sentence, before a lower-case word the splitter does not split anyway.
enum Abbreviations {
    static let common: Set<String> = [
        "vs", "cf", "dr", "prof", "approx", "st",
    ]

    /// Abbreviations that hold only before a number.
    static let numeric: Set<String> = [
        "no", "nr", "n", "núm", "num", "nº", "art", "arts", "p", "pp", "pag", "pág", "pàg", "blz", "s", "fig", "vol",
        "tel", "abs", "ziff", "cap", "chap", "ca",
    ]

    /// Month abbreviations, which hold only next to a number.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez", "mär",
        "ene", "abr", "ago", "dic", "gen", "giu", "lug", "set", "ott", "janv", "févr", "fevr", "avr", "juil", "déc",
        "des", "febr", "març",
    ]

    static let byLanguage: [String: Set<String>] = [
        "en": ["mr", "mrs", "ms", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "inc", "ltd",
               "co", "corp", "dept", "univ", "e.g", "i.e", "u.s", "u.k", "u.n", "est", "mt", "ft", "rev", "hon", "fig"],
        "de": ["bzw", "ggf", "evtl", "inkl", "z.b", "d.h", "u.a", "o.ä", "hr", "fr", "hrsg", "str", "tsd", "ggü",
               "sog", "vgl", "bspw", "max", "min", "dipl", "ing", "mio", "mrd", "bzgl", "dt", "zzgl"],
        "nl": ["dhr", "mevr", "mw", "bijv", "o.a", "d.w.z", "m.a.w", "t.a.v", "resp", "ir", "drs", "mr", "ing",
               "jl", "mln", "mld", "gem", "incl", "vz", "nl", "dr", "prof"],
        "it": ["sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "ing", "on", "pag", "gen", "mons", "card", "sen",
               "prof.ssa", "geom", "rag", "arch", "ss", "s.p.a"],
        "es": ["sr", "sra", "srta", "d", "dña", "ud", "uds", "vd", "lic", "ing", "aprox", "gral", "av", "avda",
               "ee.uu", "sres", "dra", "dcha", "izq", "pza", "cía"],
        "ca": ["sr", "sra", "srta", "aprox", "av", "gen", "dr", "dra", "gral", "ctra", "pl", "pg"],
        "fr": ["m", "mm", "mme", "mmes", "mlle", "me", "dr", "st", "ste", "av", "bd", "env", "p.ex", "cie", "ex",
               "hab", "boul", "c.-à-d"],
    ]

    // Folded once per process (a splitter is made per article).
    private static func fold(_ set: Set<String>) -> Set<String> { Set(set.map { ScalarTable.fold($0) }) }
    static let foldedCommon: Set<String> = fold(common)
    static let folded: [String: Set<String>] = byLanguage.mapValues { fold(common.union($0)) }
    static let foldedNumeric: Set<String> = fold(numeric)
    static let foldedMonths: Set<String> = fold(months)

    // The same sets as token keys of the folded forms, so the splitter looks words up without making strings.
    private static func keys(_ set: Set<String>) -> TokenKeySet { TokenKeySet(hashing: set) }
    static let keysCommon: TokenKeySet = keys(foldedCommon)
    static let keysByLanguage: [String: TokenKeySet] = folded.mapValues(keys)
    static let keysNumeric: TokenKeySet = keys(foldedNumeric)
    static let keysMonths: TokenKeySet = keys(foldedMonths)
    /// `a.m` and `p.m`, which end sentences although dotted.
    static let keysClock: TokenKeySet = [TokenKey.hash("a.m"), TokenKey.hash("p.m")]
}
