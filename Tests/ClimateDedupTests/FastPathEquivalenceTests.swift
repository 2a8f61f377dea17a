@testable import ClimateDedup
import Foundation
import Testing

/// The byte-level fast paths of `ContentHash` and `Shingles` against the plain Unicode
/// definitions they replace, on random texts mixing ASCII, Latin, combining marks, other
/// scripts, emoji and every kind of white space.
@Suite("Dedup fast paths")
struct FastPathEquivalenceTests {
    static let alphabet: [String] = [
        "a", "Z", "q", "0", "7", " ", "  ", "\t", "\n", "\r\n", ".", ",", "-", "'", "\"", "@", "[", "`", "{",
        "é", "É", "ß", "ø", "Ł", "ł", "ı", "İ", "ǅ", "Ǆ", "ſ", "µ", "ÿ", "Ÿ", "\u{00A0}", "\u{0085}", "\u{00AD}",
        "\u{0301}", "e\u{0301}", "Ω", "Σ", "ς", "Ж", "ж", "ﬁ", "Ⅻ", "½", "²", "٣", "中", "😀", "\u{2003}", "\u{3000}",
        "\u{200B}", "Ⓐ", "\u{1E9E}", "ǰ", "\u{2019}", "\u{201C}", "\u{2014}", "\u{2026}", "€", "\u{202F}", "\u{2028}",
        "\u{2000}", "\u{20D0}", "\u{2126}",
    ]

    static func randomText(_ generator: inout some RandomNumberGenerator, latinOnly: Bool) -> String {
        let pool = latinOnly ? alphabet.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x20CF).contains($0.value) } } : alphabet
        return (0..<Int.random(in: 0...40, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
    }

    /// The definition: NFC, Unicode lower-casing, white-space runs to one space, trimmed.
    static func referenceNormalized(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// The definition: maximal runs of alphabetic or numeric scalars, lower-cased per scalar.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                current.append(contentsOf: properties.changesWhenLowercased ? properties.lowercaseMapping.unicodeScalars : String(scalar).unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    @Test("normalisation equals NFC + lower-case + space folding", arguments: [false, true])
    func normalisation(latinOnly: Bool) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = Self.randomText(&generator, latinOnly: latinOnly)
            #expect(ContentHash.normalized(text) == Self.referenceNormalized(text), "text: \(text.debugDescription)")
        }
    }

    @Test("the fast path takes texts below U+0300 or with general punctuation, and no other")
    func fastPathScope() {
        #expect(ContentHash.normalizedWithoutNFC("Ça VA  bien, Łódź") != nil)
        #expect(ContentHash.normalizedWithoutNFC("\u{201C}Sì\u{201D} \u{2014} 5\u{202F}€\u{2026}") == Array("\u{201C}sì\u{201D} \u{2014} 5 €\u{2026}".utf8))
        #expect(ContentHash.normalizedWithoutNFC("\u{2126}") == nil)
        #expect(ContentHash.normalizedWithoutNFC("Cafe\u{0301}") == nil)
        #expect(ContentHash.normalizedWithoutNFC("Αθήνα") == nil)
        #expect(ContentHash.of("Cafe\u{0301}") == ContentHash.of("Café"))
    }

    @Test("words equal the per-scalar definition", arguments: [false, true])
    func words(latinOnly: Bool) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = Self.randomText(&generator, latinOnly: latinOnly)
            #expect(Shingles.words(text) == Self.referenceWords(text), "text: \(text.debugDescription)")
        }
    }

    @Test("shingle hashes are FNV-1a over the words joined by one space")
    func shingleHashes() {
        let text = "Forty MIGRANTS reached Łódź — said the coast-guard"
        let words = Self.referenceWords(text)
        var expected = Set<UInt64>()
        for start in 0...(words.count - 3) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in words[start..<start + 3].joined(separator: " ").utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            expected.insert(hash)
        }
        let shingles = Shingles(text)
        #expect(shingles.wordCount == words.count)
        #expect(shingles.hashes == expected)
    }
}
