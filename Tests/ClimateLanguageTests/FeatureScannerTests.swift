import Testing

@testable import ClimateLanguage

/// The Swift feature scanner must produce exactly the features the Python model builder counts
/// (scripts/langid/langid_features.py), or the model's costs would be looked up wrongly.
@Suite struct FeatureScannerTests {
    private func scanned(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        FeatureScanner.scan(text) { hash, _ in out.append(hash) }
        return out
    }

    @Test func twoLetterWordGivesItsPaddedNGrams() {
        let expected = [" a", " ab", " ab ", "a", "ab", "ab ", "b", "b "].map(FeatureScanner.hash)
        #expect(scanned("Ab") == expected)
    }

    @Test func longerWordsAlsoGiveTheWholePaddedWord() {
        let features = Set(scanned("això"))
        #expect(features.contains(FeatureScanner.hash(" això ")))
        #expect(features.contains(FeatureScanner.hash("ixò ")))
        #expect(scanned("això").count == 4 + 5 + 4 + 3 + 2 + 1)   // n-grams of " això " + the word
    }

    @Test func apostropheAndMiddleDotStayInsideWords() {
        let features = Set(scanned("L’home col·lecciona"))
        #expect(features.contains(FeatureScanner.hash("l'h")))
        #expect(features.contains(FeatureScanner.hash("l·l")))
        #expect(!Set(scanned("l' home")).contains(FeatureScanner.hash("l'")))
    }

    @Test func digitsAndPunctuationSeparateWords() {
        #expect(scanned("ab1ab") == scanned("ab ab"))
        #expect(scanned("ab, ab!") == scanned("ab ab"))
    }

    @Test func countsLettersAndReadsOnlyThePrefix() {
        let letters = FeatureScanner.scan("Über 42 Brücken") { _, _ in }
        #expect(letters == 11)
        let long = String(repeating: "a ", count: 3000)
        #expect(FeatureScanner.scan(long) { _, _ in } == FeatureScanner.maxScalars / 2)
    }

    @Test func marksTheFeaturesOfCapitalisedWords() {
        var flags: [UInt64: Bool] = [:]
        FeatureScanner.scan("Ab cd Ébé") { hash, capitalised in flags[hash] = capitalised }
        #expect(flags[FeatureScanner.hash(" ab ")] == true)
        #expect(flags[FeatureScanner.hash(" cd ")] == false)
        #expect(flags[FeatureScanner.hash(" ébé ")] == true)
    }

    @Test func hashIsFNV1aOverUTF8() {
        #expect(FeatureScanner.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FeatureScanner.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FeatureScanner.hash("é") == FeatureScanner.hash("\u{E9}"))
    }
}
