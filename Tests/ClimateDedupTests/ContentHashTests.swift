import ClimateDedup
import Testing

@Suite("Content hash")
struct ContentHashTests {
    @Test("case, white space and Unicode composition are folded")
    func foldsCaseAndSpace() {
        let base = ContentHash.of("Forty migrants reached Lampedusa.\n\nThe coast guard said.")
        #expect(ContentHash.of("  forty MIGRANTS reached\tLampedusa. The coast  guard said.  ") == base)
        #expect(ContentHash.of("Forty migrants reached Lampedusa.\u{00A0}The coast guard said.") == base)
        #expect(ContentHash.of("Cafe\u{0301}") == ContentHash.of("Café"))
        #expect(base.count == 40)
    }

    @Test("any change of words or punctuation changes the hash")
    func detectsEdits() {
        #expect(ContentHash.of("Forty migrants reached Lampedusa.") != ContentHash.of("Forty migrants reached Lampedusa!"))
        #expect(ContentHash.of("Forty migrants reached Lampedusa.") != ContentHash.of("Forty-one migrants reached Lampedusa."))
    }

    @Test("normalised text is what is hashed")
    func normalisedForm() {
        #expect(ContentHash.normalized("  A\u{2003}B\n\nC ") == "a b c")
    }
}
