import Testing
@testable import ClimateText

/// Every error kind of the lexicon loader, with its message and position.
@Suite struct LexiconLoaderTests {
    static let valid = """
    lexicon: migration-frames
    version: 1
    language: en
    description: test
    categories:
      actor.migrant.neutral: migrant nouns
      threat.water: water metaphors
      number.unit: number words
    entries:
      - pattern: refugee*
        category: actor.migrant.neutral
        source: MB21
      - pattern: wave of
        category: threat.water
        context: migration
        gap: 1
        source: MB25
      - pattern: twenty
        category: number.unit
        value: 20
        source: R
    """

    func load(_ text: String) throws(LexiconError) -> Lexicon {
        try LexiconLoader.parse(text, file: "en.yml", expectedName: "migration-frames", expectedVersion: 1, expectedLanguage: "en")
    }

    func error(_ text: String) -> LexiconError? {
        do { _ = try load(text); return nil } catch { return error }
    }

    @Test func validFileLoads() throws {
        let lexicon = try load(Self.valid)
        #expect(lexicon.entries.count == 3)
        #expect(lexicon.entries[1].tokens == [.exact("wave"), .exact("of")])
        #expect(lexicon.entries[1].line == 13)
    }

    static let cases: [Case] = {
        let valid = LexiconLoaderTests.valid
        var list: [Case] = []
        list.append(Case(.yamlSyntax, "entries:\n  - pattern: [unclosed\n", 3))
        list.append(Case(.missingKey, valid.replacingOccurrences(of: "    source: MB25\n", with: ""), 13))
        list.append(Case(.unknownKey, valid.replacingOccurrences(of: "context: migration", with: "contxt: migration"), 15))
        list.append(Case(.wrongType, valid.replacingOccurrences(of: "description: test\n", with: "description: test\nsettings: 5\n"), 5))
        list.append(Case(.emptyPattern, valid.replacingOccurrences(of: "pattern: wave of", with: "pattern: \"\""), 13))
        list.append(Case(.badGlob, valid.replacingOccurrences(of: "refugee*", with: "\"*\""), 10))
        list.append(Case(.duplicateEntry, valid.replacingOccurrences(of: "pattern: twenty", with: "pattern: Refugee*").replacingOccurrences(of: "category: number.unit\n    value: 20", with: "category: actor.migrant.neutral"), 18))
        list.append(Case(.unknownCategory, valid.replacingOccurrences(of: "category: threat.water", with: "category: threat.flood"), 14))
        list.append(Case(.badVersion, valid.replacingOccurrences(of: "version: 1", with: "version: 2"), 2))
        list.append(Case(.badLanguage, valid.replacingOccurrences(of: "language: en", with: "language: english"), 3))
        list.append(Case(.nameMismatch, valid.replacingOccurrences(of: "lexicon: migration-frames", with: "lexicon: frames"), 1))
        list.append(Case(.badGap, valid.replacingOccurrences(of: "gap: 1", with: "gap: 9"), 16))
        list.append(Case(.badWeight, valid.replacingOccurrences(of: "gap: 1", with: "weight: -2"), 16))
        list.append(Case(.badValue, valid.replacingOccurrences(of: "gap: 1", with: "value: 3"), 16))
        list.append(Case(.badContext, valid.replacingOccurrences(of: "context: migration", with: "context: everywhere"), 15))
        list.append(Case(.badCategoryName, valid.replacingOccurrences(of: "threat.water: water", with: "Threat.Water: water"), 7))
        list.append(Case(.missingSource, valid.replacingOccurrences(of: "source: MB25", with: "source: \"  \""), 17))
        return list
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        let kind: LexiconError.Kind
        let text: String
        let line: Int
        init(_ kind: LexiconError.Kind, _ text: String, _ line: Int) { self.kind = kind; self.text = text; self.line = line }
        var testDescription: String { kind.rawValue }
    }

    @Test(arguments: cases)
    func errorKinds(_ c: Case) throws {
        let (kind, text, line) = (c.kind, c.text, c.line)
        let found = try #require(error(text), "expected \(kind.rawValue)")
        #expect(found.kind == kind, "\(found.localizedDescription)")
        #expect(found.line == line, "\(found.localizedDescription)")
        #expect(found.localizedDescription.hasPrefix("en.yml:\(line):"))
        #expect(found.localizedDescription.contains(kind.rawValue))
        #expect(found.fix.isEmpty == false)
    }

    @Test func everyKindHasATest() {
        // unreadable is exercised by LexiconSet tests; the rest by errorKinds.
        #expect(LexiconError.Kind.allCases.count == 18)
    }
}
