import ClimateFraming
import ClimateText
import Testing

/// Institution names and number words/separators, each in at least four languages (real v1 lexicons).
@Suite struct InstitutionNumberTrapTests {
    static let institutions: [TrapCase] = [
        TrapCase(language: "en", text: "The Missing Migrants Project of the International Organization for Migration recorded the case. Volunteers of Refugees Welcome helped the asylum seekers find housing.", note: "Missing Migrants Project, Refugees Welcome"),
        TrapCase(language: "de", text: "Das Missing Migrants Project der Internationalen Organisation für Migration hat den Fall erfasst. Die Initiative Refugees Welcome hilft den Asylbewerbern bei der Wohnungssuche.", note: "Missing Migrants Project, Refugees Welcome"),
        TrapCase(language: "fr", text: "Selon le projet Migrants disparus, l'Organisation internationale pour les migrations a recensé le cas. Le Haut-Commissariat des Nations unies pour les réfugiés suit les demandeurs d'asile.", note: "projet Migrants disparus, HCR"),
        TrapCase(language: "es", text: "Según el proyecto Migrantes Desaparecidos de la Organización Internacional para las Migraciones, el caso fue registrado. La Agencia de la ONU para los Refugiados atiende a los solicitantes de asilo.", note: "proyecto Migrantes Desaparecidos, ACNUR"),
        TrapCase(language: "it", text: "Secondo il progetto Migranti Scomparsi dell'Organizzazione internazionale per le migrazioni, il caso è stato registrato. L'Alto commissariato delle Nazioni Unite per i rifugiati segue i richiedenti asilo.", note: "progetto Migranti Scomparsi, UNHCR"),
    ]

    @Test(arguments: institutions)
    func noFrameOrDeathCueInsideInstitutionNames(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        let spans = tags.hits.filter { $0.category == "ignore.institution" }.map(\.tokens)
        #expect(spans.count >= 2)
        let inside = tags.hits.filter { hit in
            (hit.family == "threat" || hit.family == "humanity" || hit.family == "route" || hit.family == "death")
                && spans.contains { $0.overlaps(hit.tokens) }
        }
        #expect(inside.isEmpty, "cues inside institution names: \(inside.map(\.category))")
        #expect(tags.migrationRelevant && !tags.deaths && !tags.threat && !tags.testimony)
    }

    /// Compound number words read by the parser from the lexicon's atoms.
    @Test(arguments: [("nl", "zevenentwintig", 27), ("de", "dreihundertsechsundsechzig", 366), ("it", "trecentosessantasei", 366),
                      ("ca", "tres-cents", 300), ("es", "veintisiete", 27), ("de", "einunddreißig", 31), ("ca", "trenta-set", 37)])
    func compoundNumberWords(_ language: String, _ word: String, _ value: Int) throws {
        let lexicon = try #require(FramingFixture.tagger.lexicons.byLanguage[language])
        let reader = NumberReader(lexicon: lexicon)
        let analysis = TextAnalysis(text: word, language: language)
        #expect(reader.read(analysis, at: 0)?.value == value)
    }

    @Test(arguments: ["1.249", "1,249", "1 249", "1\u{202F}249", "1\u{A0}249"])
    func thousandsSeparators(_ digits: String) {
        #expect(NumberReader.digits(digits) == 1249)
    }

    static let numberTolls: [(TrapCase, [Int])] = [
        (TrapCase(language: "nl", text: "Op de route naar de Canarische Eilanden zijn sinds 2014 zeker zevenentwintig duizend migranten omgekomen. Dit jaar verdronken al 30 duizend mensen, meldt de organisatie.", note: "zevenentwintig duizend, 30 duizend"), [27_000, 30_000]),
        (TrapCase(language: "de", text: "Bei dem Bootsunglück vor Lampedusa sind dreihundertsechsundsechzig Migranten ertrunken. Seit 2014 sind im Mittelmeer mehr als 31 249 Menschen ums Leben gekommen.", note: "dreihundertsechsundsechzig, 31 249"), [366, 31_249]),
        (TrapCase(language: "it", text: "Nel naufragio davanti a Lampedusa sono morti trecentosessantasei migranti. Dal 2014 le vittime nel Mediterraneo superano le 18 mila.", note: "trecentosessantasei, 18 mila"), [366, 18_000]),
        (TrapCase(language: "fr", text: "Trois cent soixante-six migrants sont morts dans le naufrage au large de Lampedusa. Depuis 2014, plus de 1 249 migrants ont péri sur cette route.", note: "trois cent soixante-six, 1 249"), [366, 1_249]),
        (TrapCase(language: "ca", text: "Tres-cents migrants han mort en el naufragi d'una pastera davant de Líbia. Des del 2014, més de 1.249 persones migrants han mort a la Mediterrània.", note: "tres-cents, 1.249"), [300, 1_249]),
        (TrapCase(language: "es", text: "Veintisiete migrantes murieron en el naufragio de una patera frente a Almería. Desde 2014, más de 1,249 migrantes han muerto en esta ruta.", note: "veintisiete, 1,249"), [27, 1_249]),
    ]

    @Test(arguments: numberTolls)
    func numberWordsAndSeparatorsInTolls(_ c: TrapCase, _ values: [Int]) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.deathTolls.map(\.value).sorted() == values.sorted())
    }
}
