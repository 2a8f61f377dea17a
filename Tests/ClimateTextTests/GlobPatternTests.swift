import Testing
@testable import ClimateText

/// Glob semantics follow quanteda's `valuetype = "glob"`: the pattern is converted as by
/// `utils::glob2rx()` (`*` → `.*`, `?` → `.`, everything else literal, anchored at both ends) and
/// matched case-insensitively. Each case states what `grepl(glob2rx(p), x, ignore.case = TRUE)` gives.
@Suite struct GlobPatternTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String, token: String, quanteda: Bool
        var testDescription: String { "\(pattern) ~ \(token)" }
    }

    static let cases: [Case] = [
        Case(pattern: "refugee*", token: "refugee", quanteda: true),       // * may match nothing
        Case(pattern: "refugee*", token: "refugees", quanteda: true),
        Case(pattern: "refugee*", token: "refugee's", quanteda: true),
        Case(pattern: "refugee*", token: "nonrefugee", quanteda: false),   // anchored at the start
        Case(pattern: "*migra*", token: "immigration", quanteda: true),
        Case(pattern: "*migra*", token: "migra", quanteda: true),
        Case(pattern: "*migra*", token: "migrant", quanteda: true),
        Case(pattern: "*ling", token: "vluchteling", quanteda: true),
        Case(pattern: "*ling", token: "vluchtelingen", quanteda: false),   // anchored at the end
        Case(pattern: "colo?r", token: "color", quanteda: false),           // ? needs one character
        Case(pattern: "colo?r", token: "colour", quanteda: true),
        Case(pattern: "colo?r", token: "colr", quanteda: false),           // ? is exactly one character
        Case(pattern: "h?t", token: "hut", quanteda: true),
        Case(pattern: "a*b*c", token: "abc", quanteda: true),
        Case(pattern: "a*b*c", token: "axxbyyc", quanteda: true),
        Case(pattern: "a*b*c", token: "axxbyy", quanteda: false),
        Case(pattern: "u.s*", token: "u.s.", quanteda: true),              // . is literal
        Case(pattern: "u.s*", token: "ubs", quanteda: false),
        Case(pattern: "mi?rant", token: "miğrant", quanteda: true),        // ? is one character, not one byte
        Case(pattern: "exact", token: "exact", quanteda: true),            // no wildcard: fixed match
        Case(pattern: "exact", token: "exactly", quanteda: false),
    ]

    @Test(arguments: cases)
    func matchesLikeQuanteda(_ c: Case) throws {
        let token = ScalarTable.fold(c.token)
        if c.pattern.contains("*") || c.pattern.contains("?") {
            let glob = try #require(GlobPattern(ScalarTable.fold(c.pattern)))
            #expect(glob.matches(token) == c.quanteda)
        } else {
            #expect((ScalarTable.fold(c.pattern) == token) == c.quanteda)
        }
    }

    @Test func caseAndDiacriticsAreFolded() throws {
        let glob = try #require(GlobPattern(ScalarTable.fold("Flüchtling*")))
        #expect(glob.matches(ScalarTable.fold("FLUCHTLINGE")))
        #expect(glob.matches(ScalarTable.fold("Flüchtlingen")))
    }

    @Test func wildcardOnlyGlobsAreRejected() {
        #expect(GlobPattern("*") == nil)
        #expect(GlobPattern("?*") == nil)
    }
}

@Suite struct GlobByteMatchingTests {
    @Test(arguments: GlobPatternTests.cases)
    func byteMatchingAgreesWithStringMatching(_ c: GlobPatternTests.Case) throws {
        guard c.pattern.contains("*") || c.pattern.contains("?") else { return }
        let glob = try #require(GlobPattern(ScalarTable.fold(c.pattern)))
        let token = ScalarTable.fold(c.token)
        let byBytes = Array(token.utf8).withUnsafeBufferPointer { glob.matches(bytes: $0) }
        #expect(byBytes == glob.matches(token))
        #expect(byBytes == c.quanteda)
    }
}
