import ClimateIndices
import Testing

/// ISO 8601 week keys across year ends, and the CSV reader's error messages.
@Suite struct ISOWeekAndCSVTests {
    @Test(arguments: [
        ("2015-12-28", 2015, 53, "2015-12-28"), ("2016-01-03", 2015, 53, "2015-12-28"), ("2016-01-04", 2016, 1, "2016-01-04"),
        ("2020-12-31", 2020, 53, "2020-12-28"), ("2021-01-03", 2020, 53, "2020-12-28"), ("2021-01-04", 2021, 1, "2021-01-04"),
        ("2019-12-30", 2020, 1, "2019-12-30"), ("2018-12-31", 2019, 1, "2018-12-31"), ("2015-11-23", 2015, 48, "2015-11-23"),
        ("2024-02-29", 2024, 9, "2024-02-26"), ("1970-01-01", 1970, 1, "1969-12-29"),
    ])
    func isoWeeks(date: String, year: Int, week: Int, monday: String) throws {
        let iso = try #require(ISOWeek(dateString: date))
        #expect(iso.isoYear == year && iso.week == week, "\(date) → \(iso.label)")
        #expect(iso.weekStart == monday)
    }

    @Test func invalidDatesAreRejected() {
        #expect(ISOWeek(dateString: "2015-02-29") == nil)
        #expect(ISOWeek(dateString: "yesterday") == nil)
    }

    @Test func readsQuotedCells() throws {
        let table = try SeriesTable.parse("a,b\n1,\"x, \"\"y\"\"\"\n\n2.5,z\n", path: "t.csv")
        #expect(table.header == ["a", "b"])
        #expect(try table.numbers("a") == [1, 2.5])
        #expect(try table.strings("b") == ["x, \"y\"", "z"])
        #expect(table.lineNumbers == [2, 4])
    }

    @Test func errorsNameFileLineColumnAndFix() {
        let table = try? SeriesTable.parse("week,value\n2015-01-05,0.1\n2015-01-12,n/a\n", path: "s.csv")
        #expect(throws: IndicesError.nonNumeric(path: "s.csv", line: 3, column: "value", value: "n/a")) { try table?.numbers("value") }
        do {
            _ = try table?.numbers("valu")
            Issue.record("expected an error")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.contains("s.csv") && message.contains("'valu'") && message.contains("week, value"))
        }
        #expect(throws: IndicesError.shortRow(path: "r.csv", line: 2, expected: 2, got: 1)) {
            try SeriesTable.parse("a,b\n1\n", path: "r.csv")
        }
        #expect(throws: IndicesError.emptyFile(path: "e.csv")) { try SeriesTable.parse("\n", path: "e.csv") }
        let message = IndicesError.nonNumeric(path: "s.csv", line: 3, column: "value", value: "n/a").errorDescription ?? ""
        #expect(message.hasPrefix("s.csv:3:") && message.contains("fix"))
    }
}
