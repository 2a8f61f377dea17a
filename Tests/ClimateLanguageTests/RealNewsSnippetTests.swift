import Foundation
import Testing

@testable import ClimateLanguage

/// Real news: the "with" snippets (text that must be in the article body) of the multilingual
/// extraction set in ../shared/data/extraction-ml (DEV half, 495 pages, mostly German). Each
/// page's snippets, joined, are one text whose language is the set's `lang` (other languages
/// count as `und`). Not used to build or tune the model.
@Suite struct RealNewsSnippetTests {
    static let targets: Set<String> = ["en", "nl", "it", "es", "ca", "de", "fr"]

    /// ../shared beside the package root, or $MEDIACLIMATE_SHARED.
    static func sharedDirectory() -> URL {
        if let path = ProcessInfo.processInfo.environment["MEDIACLIMATE_SHARED"] {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }

    @Test func identifiesTheLanguageOfRealNewsSnippets() throws {
        let url = Self.sharedDirectory().appendingPathComponent("data/extraction-ml/eval.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            print("SKIPPED: ../shared absent (no data/extraction-ml/eval.json)")
            return
        }
        let pages = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
        var correct = 0, total = 0, undCorrect = 0, undTotal = 0
        var confusion: [String: Int] = [:]
        for (_, page) in pages {
            guard let lang = page["lang"] as? String, let with = page["with"] as? [String] else { continue }
            let want = Self.targets.contains(lang) ? lang : LanguageIdentifier.undetermined
            let got = LanguageIdentifier.shared.identify(with.joined(separator: " ")).language
            confusion["\(want)→\(got)", default: 0] += 1
            if want == LanguageIdentifier.undetermined {
                undTotal += 1
                undCorrect += got == want ? 1 : 0
            } else {
                total += 1
                correct += got == want ? 1 : 0
            }
        }
        print("real news snippets: \(correct)/\(total) target-language pages right, "
            + "\(undCorrect)/\(undTotal) other-language pages und; "
            + confusion.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        #expect(total >= 100)
        // A few pages mix languages in their snippets (German pages quoting English), hence 97 %.
        #expect(Double(correct) >= 0.97 * Double(total), "\(correct)/\(total)")
    }
}
