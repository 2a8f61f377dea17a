import ClimateFraming
import Testing

/// The codebook's traps, each in at least four languages, against the real v1 lexicons.
@Suite struct TrapTests {
    static let weather: [TrapCase] = [
        TrapCase(language: "en", text: "A wave of heavy rain flooded the valley on Sunday. Rivers burst their banks and a flood warning remains in force for the coast.", note: "weather floods"),
        TrapCase(language: "de", text: "Eine Flutwelle hat am Sonntag das Tal überschwemmt. Das Hochwasser erreichte in der Nacht seinen Höchststand, die Feuerwehr war im Dauereinsatz.", note: "Hochwasser"),
        TrapCase(language: "it", text: "Un'ondata di maltempo ha colpito la Liguria. Fiumi esondati e strade allagate: la protezione civile ha diramato l'allerta rossa.", note: "ondata di maltempo"),
        TrapCase(language: "es", text: "Una ola de frío y fuertes lluvias inundaron varias calles de Valencia. La riada arrastró decenas de coches.", note: "ola de frío"),
        TrapCase(language: "fr", text: "Une vague de chaleur frappe le sud de la France. Les orages ont provoqué des inondations dans plusieurs communes.", note: "vague de chaleur"),
    ]

    static let electricity: [TrapCase] = [
        TrapCase(language: "nl", text: "De prijs van stroom en gas stijgt opnieuw. Energiebedrijven verhogen hun tarieven en huishoudens betalen fors meer voor hun stroomrekening.", note: "stroom = electricity"),
        TrapCase(language: "de", text: "Der Strom wird teurer. Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Strom und Gas um zwölf Prozent.", note: "Strom = electricity"),
        TrapCase(language: "en", text: "A surge in electricity demand and a flood of new orders pushed the utility's shares higher on Monday.", note: "surge and flood in finance"),
        TrapCase(language: "it", text: "Un'ondata di vendite ha colpito la Borsa di Milano: una vera fuga di capitali dai titoli bancari.", note: "ondata di vendite"),
    ]

    @Test(arguments: weather + electricity)
    func notMigration(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(!tags.migrationRelevant)
        #expect(!tags.threat && !tags.humanity && !tags.deaths && !tags.testimony)
    }

    static let negation: [TrapCase] = [
        TrapCase(language: "en", text: "The minister said the arrival of 300 asylum seekers was not an invasion. The refugees will be housed in three towns.", note: "not an invasion"),
        TrapCase(language: "de", text: "Die Ankunft von 300 Asylbewerbern sei keine Invasion, sagte die Ministerin. Die Flüchtlinge werden auf drei Gemeinden verteilt.", note: "keine Invasion"),
        TrapCase(language: "it", text: "Lo sbarco di 300 migranti non è un'invasione, ha detto il ministro. I profughi saranno accolti in tre comuni.", note: "non è un'invasione"),
        TrapCase(language: "es", text: "La llegada de 300 migrantes no es una invasión, dijo la ministra. Los refugiados serán acogidos en tres municipios.", note: "no es una invasión"),
        TrapCase(language: "fr", text: "L'arrivée de 300 migrants n'est pas une invasion, a déclaré la ministre. Les réfugiés seront accueillis dans trois communes.", note: "pas une invasion"),
    ]

    @Test(arguments: negation)
    func negatedThreatIsNotThreat(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.migrationRelevant)
        #expect(!tags.threat)
        #expect(tags.hits.contains { $0.family == "threat" && $0.negated })
    }

    static let quotedOfficial: [TrapCase] = [
        TrapCase(language: "en", text: "Interior minister John Harlow warned of an invasion. \"We face an invasion of illegal migrants and our towns are overwhelmed,\" Harlow said. About 200 asylum seekers arrived this week.", note: "minister's quote"),
        TrapCase(language: "de", text: "Innenminister Karl Brandt warnte vor einer Invasion. „Wir erleben eine Invasion illegaler Migranten, unsere Gemeinden sind überfordert“, sagte Brandt. Diese Woche kamen 200 Asylbewerber an.", note: "Minister im Zitat"),
        TrapCase(language: "it", text: "Il ministro dell'Interno ha parlato di invasione. «È un'invasione di clandestini, i nostri comuni non reggono più», ha detto il ministro. Questa settimana sono arrivati 200 migranti.", note: "ministro citato"),
        TrapCase(language: "es", text: "El ministro del Interior habló de invasión. «Es una invasión de inmigrantes ilegales y nuestros pueblos están desbordados», dijo el ministro. Esta semana llegaron 200 migrantes.", note: "ministro citado"),
    ]

    @Test(arguments: quotedOfficial)
    func officialsQuoteIsThreatButNotTestimony(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.threat)
        #expect(!tags.testimony)
    }

    static let seats: [TrapCase] = [
        TrapCase(language: "en", text: "The anti-immigration party won 37 seats in parliament, up from 12, after a campaign about asylum seekers. Turnout was 78 percent.", note: "37 seats"),
        TrapCase(language: "de", text: "Die Partei gewann 37 Sitze im Landtag, nach einem Wahlkampf gegen Asylbewerber. Die Wahlbeteiligung lag bei 78 Prozent.", note: "37 Sitze"),
        TrapCase(language: "nl", text: "De partij won 37 zetels in de Tweede Kamer na een campagne over asielzoekers. De opkomst was 78 procent.", note: "37 zetels"),
        TrapCase(language: "it", text: "Il partito ha conquistato 37 seggi in Parlamento dopo una campagna contro i migranti. L'affluenza è stata del 78 per cento.", note: "37 seggi"),
        TrapCase(language: "fr", text: "Le parti a remporté 37 sièges à l'Assemblée après une campagne contre les migrants. La participation a atteint 78 %.", note: "37 sièges"),
    ]

    @Test(arguments: seats)
    func seatsAndPercentagesAreNotTolls(_ c: TrapCase) {
        let tags = FramingFixture.tag(c.text, c.language)
        #expect(tags.deathTolls.isEmpty)
        #expect(!tags.deaths)
    }
}
