import ClimateIndices
import Foundation
import Testing

/// The `analyze` library functions on the reference inputs: JSON field names and values as in
/// `expected.json`, and the event and parameter errors the CLI reports.
@Suite struct SeriesAnalysisTests {
    private func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Every number under the expected object must appear, at the same path, in the actual one.
    private func expectSubset(_ actual: [String: Any], _ expected: [String: Any], path: String, tolerance: Double) {
        for (key, value) in expected {
            let here = "\(path).\(key)"
            if let nested = value as? [String: Any] {
                guard let other = actual[key] as? [String: Any] else { Issue.record("missing object \(here)"); continue }
                expectSubset(other, nested, path: here, tolerance: tolerance)
            } else if let list = value as? [Int] {
                #expect(actual[key] as? [Int] == list, "\(here)")
            } else if let number = (value as? NSNumber)?.doubleValue {
                guard let other = (actual[key] as? NSNumber)?.doubleValue else { Issue.record("missing number \(here)"); continue }
                #expect(abs(other - number) <= max(1e-12, tolerance * abs(number)), "\(here): \(other) vs \(number)")
            }
        }
    }

    @Test func windowMatchesPrepostReference() throws {
        guard let folder = Reference.caseFolder("prepost_tests") else { return }
        var request = AnalysisRequest(seriesPath: folder.appendingPathComponent("windows.csv").path, column: "index_value")
        request.event = .index(8)
        let actual = try parse(try SeriesAnalysis.window(request))
        let expected = try Reference.json(folder, "expected.json").object("continuous_index")
        expectSubset(actual, expected, path: "window", tolerance: 1e-6)
        #expect(actual["caveat"] as? String == "exploratory, not causal")
    }

    @Test func segmentedMatchesReferenceAndResolvesDates() throws {
        guard let folder = Reference.caseFolder("its_segmented_regression") else { return }
        var request = AnalysisRequest(seriesPath: folder.appendingPathComponent("series.csv").path, column: "y")
        request.event = .date("2016-01-06")  // a Wednesday inside the week of row 52
        let actual = try parse(try SeriesAnalysis.segmented(request))
        #expect(actual["event_index"] as? Int == 52)
        expectSubset(actual, try Reference.json(folder, "expected.json"), path: "segmented", tolerance: 1e-6)
        request.event = .index(500)
        #expect(throws: IndicesError.eventOutOfRange(event: "500", count: 104)) { try SeriesAnalysis.segmented(request) }
        request.event = .date("2030-01-01")
        #expect(throws: IndicesError.eventDateNotFound(date: "2030-01-01", column: "week_start")) { try SeriesAnalysis.segmented(request) }
    }

    @Test func changepointsAndCCFMatchReferences() throws {
        guard let pelt = Reference.caseFolder("changepoint_pelt"), let lead = Reference.caseFolder("leadlag_ccf_granger") else { return }
        var request = AnalysisRequest(seriesPath: pelt.appendingPathComponent("series.csv").path, column: "value")
        request.penalty = 0.145435853009
        request.jump = 5
        let actual = try parse(try SeriesAnalysis.changepoints(request))
        expectSubset(actual, try Reference.json(pelt, "expected.json").object("pelt_bic_known_sigma_jump5"), path: "pelt", tolerance: 1e-9)
        request.penalty = nil
        request.jump = 1
        let defaulted = try parse(try SeriesAnalysis.changepoints(request))
        #expect(defaulted["breakpoints"] as? [Int] == [35, 70, 118, 156])

        var ccf = AnalysisRequest(seriesPath: lead.appendingPathComponent("series.csv").path, column: "y_media_index")
        ccf.xColumn = "x_shock_intensity"
        let result = try parse(try SeriesAnalysis.ccf(ccf))
        expectSubset(result, try Reference.json(lead, "expected.json"), path: "ccf", tolerance: 1e-6)
    }
}
