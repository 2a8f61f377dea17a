import ClimateFraming
import Testing

/// Relayed and reported testimony, interview mentions, and cumulative vs event tolls, in 4+ languages.
@Suite struct TestimonyTollTrapTests {
    static let relayed: [TrapCase] = [
        TrapCase(language: "en", text: "A dinghy carrying migrants capsized off Libya on Monday. \"They told us the engine stopped on the first night and the water kept rising,\" said a doctor with the rescue group. The survivors were taken to Lampedusa.", note: "doctor relays"),
        TrapCase(language: "fr", text: "Un canot de migrants a chaviré au large de la Libye. « Ils nous ont raconté que le moteur s'est arrêté la première nuit et que l'eau montait », a expliqué une infirmière de l'ONG. Les rescapés ont été débarqués à Lampedusa.", note: "infirmière relaie"),
        TrapCase(language: "it", text: "Un gommone di migranti si è capovolto al largo della Libia. \"Ci hanno raccontato che il motore si è fermato la prima notte e che l'acqua saliva\", ha spiegato una mediatrice culturale. I sopravvissuti sono stati portati a Lampedusa.", note: "mediatrice riferisce"),
        TrapCase(language: "es", text: "Una neumática con migrantes volcó frente a Libia. \"Nos contaron que el motor se paró la primera noche y que el agua no dejaba de subir\", explicó una enfermera de la ONG. Los supervivientes fueron trasladados a Lampedusa.", note: "enfermera relata"),
        TrapCase(language: "de", text: "Ein Schlauchboot mit Migranten ist vor Libyen gekentert. „Die Überlebenden haben uns erzählt, dass der Motor in der ersten Nacht ausfiel und das Wasser stieg“, sagte eine Ärztin der Hilfsorganisation. Die Geretteten wurden nach Lampedusa gebracht.", note: "Ärztin gibt wieder"),
    ]

    @Test(arguments: relayed)
    func staffPassingOnSurvivorsAccountsIsRelayed(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.testimony)
        #expect(tags.testimonyKind == .relayed)
    }

    static let reported: [TrapCase] = [
        TrapCase(language: "en", text: "Migrants crossing the Balkans are beaten at the border, a charity said. One 15-year-old boy told her he had walked barefoot through the snow after guards took his shoes.", note: "told her he had (no that)"),
        TrapCase(language: "nl", text: "Bij de schipbreuk kwamen zeker twintig migranten om. Een van hen, de 31-jarige Karim uit Aleppo, vertelde tegen de omroep dat hij zijn broer in het donker kwijtraakte.", note: "named witness with age"),
        TrapCase(language: "it", text: "Nei centri di detenzione in Libia i migranti subiscono violenze. Un giovane eritreo ha raccontato agli investigatori di essere stato picchiato per giorni dai carcerieri.", note: "ha raccontato di"),
        TrapCase(language: "ca", text: "Una pastera amb migrants va arribar a Lampedusa. \"Vaig veure com el meu germà desapareixia sota l'aigua\", ha explicat Yusuf, un noi sudanès de 16 anys, des de la coberta.", note: "name, person noun, age"),
    ]

    @Test(arguments: reported)
    func migrantsOwnAccountIsDirect(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.testimonyKind == .direct)
    }

    static let notTestimony: [TrapCase] = [
        TrapCase(language: "en", text: "A boat carrying migrants capsized off Libya. The 14 survivors were interviewed by police in Lampedusa on Tuesday, a spokesman said. An investigation has been opened.", note: "interviewed, no content"),
        TrapCase(language: "en", text: "The council leader said the arrival of asylum seekers strained services. \"We are full, our schools are full and nobody asked us,\" Councillor Martin Hale said.", note: "councillor speaking for the town"),
        TrapCase(language: "ca", text: "L'alcalde de Vilanova, Joan Puig, ha demanat que no s'hi derivin més persones migrants. \"Ja no podem assumir més arribades i els serveis estan desbordats\", ha dit.", note: "pro-drop back to the mayor"),
        TrapCase(language: "de", text: "Die Landtagsabgeordnete Petra Weiß sprach über Asylbewerber. „Unsere Kultur und unsere Sprache werden verdrängt“, sagte sie.", note: "pronoun back to the MP"),
        TrapCase(language: "it", text: "Padre Luca, parroco dell'isola, ha accolto i migranti sul molo. \"Sono nostri fratelli e vanno accolti con dignità\", ha detto il sacerdote.", note: "priest"),
    ]

    @Test(arguments: notTestimony)
    func officialsAndInterviewMentionsAreNotTestimony(_ c: TrapCase) {
        #expect(!FramingFixture.tag(c.text, c.language).testimony)
    }

    static let scopes: [(TrapCase, [String])] = [
        (TrapCase(language: "en", text: "At least 41 migrants drowned when their boat sank off Tunisia on Tuesday. Since 2014, more than 29,000 people have died or gone missing in the Mediterranean.", note: "event + cumulative"), ["41|lower_bound|event", "29000|lower_bound|cumulative"]),
        (TrapCase(language: "de", text: "Vor Kreta sind mindestens 41 Migranten ertrunken. In diesem Jahr starben im Mittelmeer bereits 2.498 Migranten. Im gesamten Vorjahr waren es 3.155.", note: "carry-over total"), ["41|lower_bound|event", "2498|exact|period", "3155|exact|period"]),
        (TrapCase(language: "es", text: "Al menos 41 migrantes murieron al volcar su cayuco frente a El Hierro. Desde 2014 han muerto en la ruta atlántica más de 18.000 personas.", note: "postverbal cumulative"), ["41|lower_bound|event", "18000|lower_bound|cumulative"]),
        (TrapCase(language: "fr", text: "Au moins 41 migrants se sont noyés au large de Sfax mardi. Depuis 2014, le total dépasse 31 000 morts et disparus en Méditerranée.", note: "dépasse = more than"), ["41|lower_bound|event", "31000|lower_bound|cumulative"]),
        (TrapCase(language: "it", text: "Almeno 41 migranti sono morti nel naufragio di un barchino al largo di Lampedusa. Dal 2014 le vittime sulla rotta superano le 18 mila.", note: "superano = more than"), ["41|lower_bound|event", "18000|lower_bound|cumulative"]),
        (TrapCase(language: "en", text: "At least 2,452 migrants died in the Mediterranean last year, down from 3,105 the year before, the agency said.", note: "down from"), ["2452|lower_bound|period", "3105|exact|period"]),
    ]

    @Test(arguments: scopes)
    func cumulativeAndEventTolls(_ c: TrapCase, _ expected: [String]) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.deathTolls.map { "\($0.value)|\($0.hedge.rawValue)|\($0.scope.rawValue)" }.sorted() == expected.sorted())
    }

    static let notTolls: [TrapCase] = [
        TrapCase(language: "ca", text: "Des del 2014 han mort 2.312 migrants a la Mediterrània. La ruta central concentra gairebé tres quartes parts de les morts.", note: "fraction"),
        TrapCase(language: "fr", text: "Trente migrants sont morts dans le naufrage de deux embarcations au large de Sfax.", note: "two boats"),
        TrapCase(language: "it", text: "Quattro migranti sono morti e 62 sono stati salvati al largo di Crotone.", note: "rescued after and"),
        TrapCase(language: "de", text: "Zwölf Migranten sind ertrunken, darunter 3 Kinder, teilte die Küstenwache mit.", note: "subgroup"),
    ]

    @Test(arguments: notTolls)
    func sharesBoatsRescuedAndSubgroupsAreNotSeparateTolls(_ c: TrapCase) {
        #expect(FramingFixture.tag(c.text, c.language).deathTolls.count == 1)
    }
}
