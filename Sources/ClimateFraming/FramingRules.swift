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

    /// Partitive words after a number (`1,553 of the deaths`): the number is a share of a toll.
    static let partitives: [String: Set<String>] = [
        "en": ["of"], "nl": ["van"], "de": ["der", "von"], "it": ["dei", "delle", "degli", "di"],
        "es": ["de"], "ca": ["de", "dels", "de les"], "fr": ["des", "de"],
    ]

    /// Nouns that name a toll or a running total (`the total stands at`, `la cifra`, `die Zahl`).
    static let tollNouns: [String: Set<String>] = [
        "en": ["toll", "total", "figure", "tally", "count"], "nl": ["dodental", "totaal", "teller", "aantal"],
        "de": ["zahl", "bilanz", "gesamtzahl", "opferzahl", "todeszahl"], "it": ["bilancio", "cifra", "totale", "conteggio", "numero"],
        "es": ["cifra", "balance", "total", "recuento"], "ca": ["xifra", "balanc", "total", "recompte"],
        "fr": ["bilan", "chiffre", "total", "decompte"],
    ]

    /// Month names (folded): a number right before one is a date, not a toll.
    static let months: [String: Set<String>] = [
        "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        "de": ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "jänner", "janner"],
        "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"],
        "ca": ["gener", "febrer", "marc", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
        "fr": ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
    ]

    /// Conjunctions that introduce reported speech ("told rescuers that ...").
    static let complementizers: [String: Set<String>] = [
        "en": ["that", "how"], "nl": ["dat", "hoe"], "de": ["dass", "wie"], "it": ["che", "come", "di"],
        "es": ["que", "como", "cómo"], "ca": ["que", "com"], "fr": ["que", "qu'", "comment", "avoir"],
    ]

    /// First-person singular forms (folded): a personal account has at least one of them.
    static let firstPersonSingular: [String: Set<String>] = [
        "en": ["i", "me", "my", "mine", "myself"], "nl": ["ik", "mij", "me", "mijn", "m'n", "mezelf"],
        "de": ["ich", "mich", "mir", "mein", "meine", "meinem", "meinen", "meiner", "meines"],
        "it": ["io", "mio", "mia", "miei", "mie", "me", "mi"], "es": ["yo", "me", "mi", "mis", "mio"],
        "ca": ["jo", "mi", "meu", "meva", "meus", "meves", "em", "m'"], "fr": ["je", "j'", "me", "m'", "moi", "mon", "ma", "mes"],
    ]

    /// Third- and first-person subject pronouns (folded): a pronoun attribution (`he said`, `zei hij`,
    /// `raconte-t-elle`) and the start of a reported clause without a conjunction (`told her he had`).
    static let subjectPronouns: [String: Set<String>] = [
        "en": ["he", "she", "they", "i", "we"], "nl": ["hij", "zij", "ze", "ik", "wij", "we"],
        "de": ["er", "sie", "ich", "wir"], "it": ["lui", "lei", "loro"], "es": ["ella", "ellos", "ellas"],
        "ca": ["ell", "ella", "ells", "elles"], "fr": ["il", "elle", "ils", "elles", "t-il", "t-elle", "je", "j'"],
    ]

    /// Comparison words before a number (`down from 3,105`): compared with a toll, it is a toll too.
    static let comparisonCues: [String: Set<String>] = [
        "en": ["down from", "up from", "compared with", "compared to", "against", "versus"], "nl": ["tegenover", "vergeleken met"],
        "de": ["gegenüber", "gegenuber", "verglichen mit", "im vergleich zu"], "it": ["rispetto a", "rispetto ai", "rispetto alle", "contro"],
        "es": ["frente a", "frente a los", "respecto a"], "ca": ["davant", "respecte a", "respecte als"], "fr": ["contre", "par rapport aux"],
    ]

    /// Generic person nouns (folded) that may head an elliptical toll (`om ruim 18.000 mensen`).
    static let genericPersonNouns: [String: Set<String>] = [
        "en": ["people", "persons"], "nl": ["mensen", "personen"], "de": ["menschen", "personen"], "it": ["persone"],
        "es": ["personas"], "ca": ["persones"], "fr": ["personnes"],
    ]
}
