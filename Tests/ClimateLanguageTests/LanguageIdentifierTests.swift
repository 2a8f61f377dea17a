import Foundation
import Testing

@testable import ClimateLanguage

/// Behaviour of `LanguageIdentifier` on hand-written news-like sentences and edge cases.
@Suite struct LanguageIdentifierTests {
    static let news: [(String, String)] = [
        ("en", "The government announced on Monday that the number of asylum seekers arriving by boat had fallen sharply."),
        ("nl", "Het kabinet heeft maandag bekendgemaakt dat het aantal asielzoekers dat per boot aankomt sterk is gedaald."),
        ("it", "Il governo ha annunciato lunedì che il numero dei richiedenti asilo arrivati via mare è calato nettamente."),
        ("es", "El Gobierno anunció el lunes que el número de solicitantes de asilo llegados en patera ha caído con fuerza."),
        ("ca", "El Govern va anunciar dilluns que el nombre de sol·licitants d'asil arribats amb pastera ha baixat molt."),
        ("de", "Die Regierung hat am Montag mitgeteilt, dass die Zahl der mit Booten ankommenden Asylbewerber stark gesunken ist."),
        ("fr", "Le gouvernement a annoncé lundi que le nombre de demandeurs d'asile arrivés par bateau avait fortement baissé."),
    ]

    @Test(arguments: news)
    func identifiesNewsSentences(_ expected: String, _ text: String) {
        let guess = LanguageIdentifier.shared.identify(text)
        #expect(guess.language == expected, "\(text) → \(guess.language) \(guess.confidence)")
        #expect(guess.confidence > 0.5 && guess.confidence <= 1)
    }

    @Test func otherLanguagesAnswerUnd() {
        let texts = [
            "O governo anunciou na segunda-feira que o número de requerentes de asilo que chegam de barco caiu muito.",
            "Rząd ogłosił w poniedziałek, że liczba osób ubiegających się o azyl, które przypływają łodziami, mocno spadła.",
            "Regeringen meddelade på måndagen att antalet asylsökande som kommer med båt har minskat kraftigt.",
        ]
        for text in texts {
            #expect(LanguageIdentifier.shared.identify(text).language == "und", "\(text)")
        }
    }

    @Test func nonLatinScriptsAreUnd() {
        for text in ["Правительство объявило в понедельник, что число просителей убежища сократилось.",
                     "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι ο αριθμός των αιτούντων άσυλο μειώθηκε.",
                     "政府周一宣布，乘船抵达的寻求庇护者人数大幅下降。"] {
            #expect(LanguageIdentifier.shared.identify(text) == LanguageGuess.undecidable, "\(text)")
        }
    }

    @Test func tooLittleTextIsUndWithFullConfidence() {
        for text in ["", "   ", "12:30 – 14:45", "OK", "http://x.y/z"] {
            let guess = LanguageIdentifier.shared.identify(text)
            #expect(guess == LanguageGuess.undecidable, "\(text)")
            #expect(guess.scores == nil)
        }
    }

    @Test func scoresArePosteriorsThatSumToOne() throws {
        let guess = LanguageIdentifier.shared.identify(Self.news[4].1)
        let scores = try #require(guess.scores)
        #expect(Set(scores.map(\.0)) == ["en", "nl", "it", "es", "ca", "de", "fr", "und"])
        #expect(abs(scores.map(\.1).reduce(0, +) - 1) < 1e-9)
        #expect(scores.first?.0 == guess.language)
        #expect(scores.first?.1 == guess.confidence)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0.1 >= $1.1 })
    }

    @Test func readsOnlyTheFirstTwoThousandScalars() {
        let german = String(repeating: "Die Zahl der Menschen ist gestiegen. ", count: 60)
        let french = String(repeating: "Le nombre de personnes a augmenté. ", count: 200)
        #expect(LanguageIdentifier.shared.identify(german + french).language == "de")
    }

    @Test func isDeterministicAndCaseInsensitive() {
        let text = Self.news[1].1
        #expect(LanguageIdentifier.shared.identify(text) == LanguageIdentifier.shared.identify(text))
        #expect(LanguageIdentifier.shared.identify(text.uppercased()).language == "nl")
    }

    @Test func rejectsAMalformedModelWithAnExplainingError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("langid-bad-\(UUID()).tsv")
        try Data("languages\ten de\ntargets\ten de\nf\tab\tx\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LanguageModelError.malformed(line: 3, reason: "expected 2 costs")) {
            try LanguageIdentifier(modelAt: url)
        }
        let missing = URL(fileURLWithPath: "/nonexistent/langid-model.tsv")
        #expect(throws: LanguageModelError.self) { try LanguageIdentifier(modelAt: missing) }
    }
}
