import Testing
@testable import ClimateText

@Suite struct LexiconMatcherTests {
    static let yaml = """
    lexicon: t
    version: 1
    language: en
    settings: {context_window: 6, negation_window: 3}
    categories:
      actor.migrant: migrants
      threat.water: water
      threat.invasion: invasion
      humanity.suffering: suffering
      ignore.institution: names
      death.term: death
      negator: negation
    entries:
      - {pattern: migrant*, category: actor.migrant, source: t}
      - {pattern: asylum seeker*, category: actor.migrant, source: t}
      - {pattern: wave, category: threat.water, context: migration, source: t}
      - {pattern: invasion, category: threat.invasion, source: t}
      - {pattern: humanitarian crisis, category: humanity.suffering, source: t}
      - {pattern: crisis, category: threat.water, context: migration, source: t}
      - {pattern: missing migrants project, category: ignore.institution, source: t}
      - {pattern: missing, category: death.term, source: t}
      - {pattern: lost lives, category: death.term, gap: 1, source: t}
      - {pattern: "*vluchteling*", category: actor.migrant, source: t}
      - {pattern: not, category: negator, source: t}
    """

    func hits(_ text: String) throws -> [(String, String, Bool, Bool, Bool)] {
        let lexicon = try LexiconLoader.parse(Self.yaml, file: "t.yml")
        let analysis = TextAnalysis(text: text, language: "en")
        return LexiconMatcher(lexicon: lexicon).match(analysis).map {
            ($0.category, analysis.tokenized.slice($0.bytes), $0.negated, $0.inQuote, $0.contextHeld)
        }
    }

    @Test func longestMatchContextNegationQuotes() throws {
        let found = try hits("A wave of migrants. The humanitarian crisis deepens. This is not an invasion. A heat wave.")
        #expect(found.contains { $0.0 == "threat.water" && $0.1 == "wave" && $0.4 })
        #expect(found.contains { $0.0 == "humanity.suffering" && $0.1 == "humanitarian crisis" })
        #expect(!found.contains { $0.1 == "crisis" })
        #expect(found.contains { $0.0 == "threat.invasion" && $0.2 })
        #expect(found.filter { $0.1 == "wave" }.count == 2)
        #expect(found.contains { $0.1 == "wave" && !$0.4 })  // heat wave: no migrant within the window
    }

    @Test func institutionsPhrasesHyphensCompounds() throws {
        let found = try hits("The Missing Migrants Project said “they lost their lives” as asylum-seekers and oorlogsvluchtelingen.")
        #expect(found.contains { $0.0 == "ignore.institution" })
        #expect(!found.contains { $0.0 == "death.term" && $0.1 == "Missing" })
        #expect(found.contains { $0.0 == "death.term" && $0.1 == "lost their lives" && $0.3 })
        #expect(found.contains { $0.0 == "actor.migrant" && $0.1 == "asylum-seekers" })
        #expect(found.contains { $0.0 == "actor.migrant" && $0.1 == "oorlogsvluchtelingen" })
    }
}

@Suite struct KWICTests {
    @Test func linesAndFormats() throws {
        let lexicon = try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml")
        let analysis = TextAnalysis(text: "Officials warned of a wave of migrants,\nsaid the report.", language: "en")
        let hits = LexiconMatcher(lexicon: lexicon).match(analysis)
        let lines = KWIC.lines(documentID: "d1", analysis: analysis, hits: hits, lexicon: lexicon, window: 3, category: "threat")
        #expect(lines.count == 1)
        #expect(lines[0].left == "warned of a")
        #expect(lines[0].keyword == "wave")
        #expect(lines[0].right == "of migrants,")
        var out: [UInt8] = []
        KWIC.write(lines, format: .csv, header: true, to: &out)
        #expect(String(decoding: out, as: UTF8.self) ==
                "doc_id,position,left,keyword,right,category,pattern,negated,in_quote,context_held\nd1,5,warned of a,wave,\"of migrants,\",threat.water,wave,false,false,true\n")
    }
}
