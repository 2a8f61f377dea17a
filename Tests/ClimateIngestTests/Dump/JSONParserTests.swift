import Testing
@testable import ClimateIngest

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)).value }

    @Test func parsesAllValueKinds() throws {
        let value = try parse(#" {"s":"a\"b\\c\/d\n\u00e9\ud83d\ude00","n":-12.5e3,"t":true,"f":false,"z":null,"a":[1,[]],"o":{}} "#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["s", "n", "t", "f", "z", "a", "o"])
        #expect(members[0].value == .string("a\"b\\c/d\né😀"))
        #expect(members[1].value == .number("-12.5e3"))
        #expect(members[2].value == .bool(true))
        #expect(members[4].value == .null)
        #expect(members[5].value.text == "[1,[]]")
        #expect(members[1].value.text == "-12.5e3")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
        #expect(try parse(#""\udc00""#) == .string("\u{FFFD}"))
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        let result = try JSONParser.parse([0x22, 0x61, 0xFF, 0x22])
        #expect(result.value == .string("a\u{FFFD}"))
        #expect(result.hadInvalidUTF8)
    }

    @Test(arguments: [
        "", "{", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "\"open", "01", "1.", "-", "tru", "{}x",
        "{'a':1}", "\"\\x\"", "\"\\u12\"",
    ])
    func rejectsMalformedJSON(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func reportsTheErrorOffset() {
        do {
            _ = try JSONParser.parse(Array("{\"a\":1 \"b\":2}".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 7)
            #expect(error.message == "expected ',' or '}'")
        }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }
}
