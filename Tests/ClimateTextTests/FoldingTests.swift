import Foundation
import Testing
@testable import ClimateText

/// Case and diacritic folding beyond ASCII, through the tokeniser and through `ScalarTable.fold`.
@Suite struct FoldingTests {
    static let cases: [(String, String)] = [
        ("Łódź", "lodz"), ("Ærø", "aero"), ("ĳssel", "ijssel"), ("ĲSSEL", "ijssel"), ("IJmuiden", "ijmuiden"),
        ("Straße", "strasse"), ("STRASSE", "strasse"), ("GROẞE", "grosse"), ("Œuvre", "oeuvre"), ("cœur", "coeur"),
        ("İstanbul", "istanbul"), ("Diyarbakır", "diyarbakir"), ("Ørsted", "orsted"), ("Þórshöfn", "thorshofn"),
        ("Đoković", "dokovic"), ("Ångström", "angstrom"),
        ("Ελλάδα", "ελλαδα"), ("ΕΛΛΆΔΑ", "ελλαδα"), ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"), ("Οδυσσεύς", "οδυσσευσ"),
        ("Україна", "укра\u{456}на"), ("МОСКВА", "москва"), ("Ёлка", "елка"),
        ("col·lectiu", "col·lectiu"), ("COL·LECTIU", "col·lectiu"), ("coŀlectiu", "col·lectiu"),
        ("ﬁnancement", "financement"), ("Müller", "muller"), ("Señor", "senor"), ("França", "franca"),
        ("ÉTÉ", "ete"), ("perché", "perche"), ("Ça", "ca"),
    ]

    @Test func tokenizerFolds() {
        for (input, expected) in Self.cases {
            let t = Tokenizer().tokenize(input)
            #expect(t.tokens.count == 1, "\(input) should be one token, got \(t.tokens.count)")
            #expect((t.tokens.isEmpty ? nil : t.foldedForm(0)) == expected, "\(input) folds to \(expected)")
            #expect(t.tokens.first?.key == TokenKey.hash(expected), "\(input) key is the hash of \(expected)")
        }
    }

    @Test func lexiconFoldAgreesWithTokenizer() {
        for (input, expected) in Self.cases {
            #expect(ScalarTable.fold(input) == expected, "ScalarTable.fold(\(input))")
            #expect(ScalarTable.fold(input.decomposedStringWithCanonicalMapping) == expected, "ScalarTable.fold(NFD \(input))")
        }
    }

    @Test func uppercaseIsDetectedBeyondASCII() {
        for word in ["Łódź", "Ærø", "İstanbul", "Ελλάδα", "Україна", "Ĳssel", "Émigrés"] {
            #expect(Tokenizer().tokenize(word).tokens.first?.isCapitalized == true, "\(word) is capitalised")
        }
        #expect(Tokenizer().tokenize("ĳssel").tokens.first?.isCapitalized == false)
    }
}
