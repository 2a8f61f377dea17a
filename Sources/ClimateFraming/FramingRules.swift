/// Small per-language word lists the framing rules use beside the lexicon.
enum FramingRules {
    /// Words that introduce a subgroup of a toll already given ("among them 12 children").
    static let subgroupCues: [String: Set<String>] = [
        "en": ["among", "including", "of whom", "of them", "incl"],
        "nl": ["onder wie", "onder hen", "waaronder", "inclusief", "onder"],
        "de": ["darunter", "unter ihnen", "davon", "einschließlich", "einschliesslich"],
        "it": ["tra cui", "tra loro", "di cui", "fra cui", "fra loro", "tra", "fra"],
        "es": ["entre ellos", "entre ellas", "incluidos", "incluidas", "de los cuales", "de las cuales", "entre"],
        "ca": ["entre ells", "entre elles", "inclosos", "incloses", "dels quals", "de les quals", "entre"],
        "fr": ["dont", "parmi eux", "parmi elles", "parmi lesquels", "parmi", "y compris"],
    ]

    /// Conjunctions that introduce reported speech ("told rescuers that ...").
    static let complementizers: [String: Set<String>] = [
        "en": ["that", "how"], "nl": ["dat", "hoe"], "de": ["dass", "wie"], "it": ["che", "come"],
        "es": ["que", "como", "cómo"], "ca": ["que", "com"], "fr": ["que", "qu'", "comment"],
    ]
}
