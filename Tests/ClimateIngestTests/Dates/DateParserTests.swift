import ClimateCore
import Foundation
import Testing
@testable import ClimateIngest

/// The golden date cases committed with the tests.
private let goldenDates = SharedTestData.packageRoot.appendingPathComponent("Tests/ClimateIngestTests/Fixtures/dates/golden.tsv")

/// `UTCFormat` string, or nil when the parser rejected the input.
private func utc(_ input: String) -> String? { DateParser.parse(input).map(UTCFormat.string) }

@Suite struct DateParserTests {
    @Test func devSetFromShared() throws {
        let file = SharedTestData.shared.appendingPathComponent("data/feeds/dates-dev.jsonl")
        guard FileManager.default.fileExists(atPath: file.path) else {
            print("SKIPPED: ../shared absent (data/feeds/dates-dev.jsonl)")
            return
        }
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 40)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let input = try #require(object["input"] as? String)
            let want = object["utc"] as? String
            #expect(utc(input) == want, "\(input)")
        }
    }

    @Test func goldenCases() throws {
        let text = try String(contentsOf: goldenDates, encoding: .utf8)
        var count = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "bad fixture line: \(line)")
            let want: String? = fields[1] == "invalid" ? nil : String(fields[1])
            #expect(utc(String(fields[0])) == want, "\(fields[0])")
            count += 1
        }
        #expect(count >= 40)
    }

    @Test func reasonsNameTheProblem() {
        #expect(DateParser.inspectLines(["Sun, 30 Feb 2012 10:00:00 GMT"]) == ["invalid: day 30 does not exist in month 2 of 2012"])
        #expect(DateParser.inspectLines(["2003-12-31T25:14:55Z"]) == ["invalid: hour 25 out of range 0-23"])
        #expect(DateParser.inspectLines(["Sun, 16 zzz 2012 11:47:32 GMT"]) == ["invalid: unknown month name 'zzz'"])
        #expect(DateParser.inspectLines(["   "]) == ["invalid: empty string"])
        #expect(DateParser.inspectLines(["--12-31"])[0].hasPrefix("invalid: no year"))
        if case .failure(let error) = DateParser.parseWithReason("banana") {
            #expect(error.description.hasPrefix("invalid: "))
        } else {
            Issue.record("banana parsed as a date")
        }
    }

    @Test func twoDigitYearRule() {
        #expect(utc("Thu, 01 Jan 89 00:00:00 GMT") == "2089-01-01T00:00:00Z")
        #expect(utc("Thu, 01 Jan 90 00:00:00 GMT") == "1990-01-01T00:00:00Z")
        #expect(utc("Thu, 01 Jan 100 00:00:00 GMT") == "0100-01-01T00:00:00Z")
    }

    @Test func marchAndTuesdayShareAWord() {
        // "Mar" is Tuesday in French/Spanish/Italian and March in most languages.
        #expect(utc("Mar, 13 Mar 2018 10:00:00 +0100") == "2018-03-13T09:00:00Z")
        #expect(utc("Mar 13 2018 10:00:00 +0100") == "2018-03-13T09:00:00Z")
        #expect(utc("Mar 13 10:00:00 +0100 2018") == "2018-03-13T09:00:00Z")
    }

    @Test func fractionalSecondsAreKept() throws {
        let date = try #require(DateParser.parse("2007-04-23T23:25:47.5+10:00"))
        #expect(date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) == 0.5)
    }
}
