import Foundation
import Testing

@testable import ClimateLanguage

/// Accuracy on the committed held-out test set (corpora/eval/langid/test.jsonl), against the
/// bar of the text-core issue: ≥ 99 % on texts of 200+ characters, ≥ 95 % on 50–200.
@Suite struct LanguageEvaluationTests {
    static let order = ["en", "nl", "it", "es", "ca", "de", "fr", "und"]

    struct Item {
        var text: String
        var language: String
        var lengthClass: String
    }

    /// The test set, located from this file: Tests/ClimateLanguageTests → package root.
    static func loadTestSet() throws -> [Item] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("corpora/eval/langid/test.jsonl")
        let data = try String(contentsOf: url, encoding: .utf8)
        return try data.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return Item(
                text: object["text"] as? String ?? "", language: object["language"] as? String ?? "",
                lengthClass: object["length_class"] as? String ?? "")
        }
    }

    /// Confusion matrix (true → answer → count) for one length class.
    static func confusion(_ items: [Item], lengthClass: String) -> [String: [String: Int]] {
        var matrix: [String: [String: Int]] = [:]
        for item in items where item.lengthClass == lengthClass {
            let answer = LanguageIdentifier.shared.identify(item.text).language
            matrix[item.language, default: [:]][answer, default: 0] += 1
        }
        return matrix
    }

    static func report(_ matrix: [String: [String: Int]], lengthClass: String) -> (correct: Int, total: Int) {
        var lines = ["confusion matrix, \(lengthClass) characters (rows: true, columns: answer)"]
        lines.append("true  " + order.map { $0.padding(toLength: 5, withPad: " ", startingAt: 0) }.joined() + "  n")
        var correct = 0, total = 0
        for language in order {
            guard let row = matrix[language] else { continue }
            let n = row.values.reduce(0, +)
            if language != LanguageIdentifier.undetermined {
                correct += row[language] ?? 0
                total += n
            }
            let cells = order.map { String(row[$0] ?? 0).padding(toLength: 5, withPad: " ", startingAt: 0) }
            lines.append(language.padding(toLength: 6, withPad: " ", startingAt: 0) + cells.joined() + "  \(n)")
        }
        lines.append("accuracy over the seven languages: \(correct)/\(total)")
        print(lines.joined(separator: "\n"))
        return (correct, total)
    }

    @Test func testSetHasEnoughRealTextsPerLanguage() throws {
        let items = try Self.loadTestSet()
        for language in Self.order.dropLast() {
            for lengthClass in ["200+", "50-200"] {
                let n = items.filter { $0.language == language && $0.lengthClass == lengthClass }.count
                #expect(n >= (language == "ca" ? 40 : 100), "\(language) \(lengthClass): \(n) texts")
            }
        }
        for item in items {
            let count = item.text.unicodeScalars.count
            #expect(item.lengthClass == "200+" ? count >= 200 : (50..<200).contains(count))
        }
    }

    @Test func accuracyOnLongTextsIsAtLeast99Percent() throws {
        let matrix = Self.confusion(try Self.loadTestSet(), lengthClass: "200+")
        let (correct, total) = Self.report(matrix, lengthClass: "200+")
        #expect(total > 0)
        #expect(Double(correct) >= 0.99 * Double(total), "\(correct)/\(total)")
    }

    @Test func accuracyOnShortTextsIsAtLeast95Percent() throws {
        let matrix = Self.confusion(try Self.loadTestSet(), lengthClass: "50-200")
        let (correct, total) = Self.report(matrix, lengthClass: "50-200")
        #expect(total > 0)
        #expect(Double(correct) >= 0.95 * Double(total), "\(correct)/\(total)")
    }

    @Test func otherLanguagesMostlyAnswerUnd() throws {
        let items = try Self.loadTestSet().filter { $0.language == LanguageIdentifier.undetermined }
        let und = items.filter { LanguageIdentifier.shared.identify($0.text).language == LanguageIdentifier.undetermined }
        print("und texts answered und: \(und.count)/\(items.count)")
        #expect(!items.isEmpty)
        #expect(Double(und.count) >= 0.8 * Double(items.count), "\(und.count)/\(items.count)")
    }
}
