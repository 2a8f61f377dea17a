/// Abbreviations (folded, without the final period) that do not end a sentence, per language.
enum Abbreviations {
    static let common: Set<String> = [
        "etc", "vs", "ca", "cf", "dr", "prof", "no", "nr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mio", "mrd", "approx", "tel", "fig", "vol", "p", "pp", "art",
    ]

    static let byLanguage: [String: Set<String>] = [
        "en": ["mr", "mrs", "ms", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "inc", "ltd",
               "co", "corp", "dept", "univ", "e.g", "i.e", "u.s", "u.k", "est", "mt", "ft", "rev", "hon"],
        "de": ["bzw", "ggf", "usw", "evtl", "inkl", "zb", "z", "b", "d", "h", "u", "a", "hr", "fr", "hrsg", "abs",
               "str", "tsd", "ggü", "sog", "vgl", "bspw", "max", "min", "okt", "dez", "mär", "mai", "ziff", "dipl", "ing"],
        "nl": ["dhr", "mevr", "mw", "bijv", "o.a", "d.w.z", "m.a.w", "blz", "resp", "ca", "ir", "drs", "mr", "ing",
               "jl", "mln", "mld", "gem", "enz", "incl", "mei", "okt", "t.a.v", "vz"],
        "it": ["sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "ing", "on", "ecc", "pag", "gen", "mons", "card",
               "sen", "prof.ssa", "geom", "rag", "arch", "giu", "lug", "ago", "set", "ott", "dic", "n"],
        "es": ["sr", "sra", "srta", "d", "dña", "ud", "uds", "vd", "lic", "ing", "núm", "num", "pág", "aprox", "gral",
               "ene", "abr", "ago", "dic", "av", "avda", "ee.uu", "sres", "dra"],
        "ca": ["sr", "sra", "srta", "núm", "pàg", "pag", "aprox", "av", "gen", "dr", "dra", "gral", "ctra", "pl"],
        "fr": ["m", "mm", "mme", "mmes", "mlle", "me", "dr", "st", "ste", "av", "bd", "env", "janv", "févr", "fevr",
               "avr", "juil", "déc", "n°", "chap", "cie", "ex", "hab"],
    ]
}
