import Foundation

/// Identifies the language of a text: en, nl, it, es, ca, de, fr, or `und`.
///
/// A naive Bayes model over character 1...5-grams and short whole words (built by
/// `scripts/langid/build_model.py`, documented in `docs/LANGUAGE-ID.md`). Besides the seven
/// target languages the model knows some twenty other languages; text that looks most like one
/// of them, text whose best target language has a posterior below the model's threshold, and
/// text with fewer than `min_letters` letters are answered `und`. The posterior is calibrated by
/// capping the evidence at `evidence` features (the log-likelihoods are scaled by
/// `min(1, evidence / features)` before the softmax); features of capitalised words (names,
/// mostly) weigh `capital_weight`. Only the first 2,000 scalars are read.
public struct LanguageIdentifier: Sendable {
    /// The answer for other or undecidable languages.
    public static let undetermined = "und"

    /// The identifier with the bundled model (`Resources/langid-model.tsv`).
    public static let shared: LanguageIdentifier = {
        do {
            return try LanguageIdentifier()
        } catch {
            fatalError("ClimateLanguage: \(error.localizedDescription)")
        }
    }()

    let model: LanguageModel

    /// Loads the bundled model.
    public init() throws(LanguageModelError) {
        guard let url = Bundle.module.url(forResource: "langid-model", withExtension: "tsv") else {
            throw .missingResource("langid-model.tsv")
        }
        model = try LanguageModel(contentsOf: url)
    }

    /// Loads the model file at `url` (the format `scripts/langid/build_model.py` writes).
    public init(modelAt url: URL) throws(LanguageModelError) {
        model = try LanguageModel(contentsOf: url)
    }

    /// The target languages this identifier answers (besides `und`), in model order.
    public var languages: [String] {
        zip(model.languages, model.isTarget).filter(\.1).map(\.0)
    }

    /// The language of `text`, with its posterior and the posterior of every target and `und`.
    public func identify(_ text: String) -> LanguageGuess {
        let count = model.languages.count
        var sums = [Double](repeating: 0, count: count)
        var features = 0.0
        let capitalWeight = model.capitalWeight
        let letters = model.costs.withUnsafeBufferPointer { costs in
            sums.withUnsafeMutableBufferPointer { sums in
                FeatureScanner.scan(text) { hash, capitalised in
                    guard let row = model.row(hash) else { return }
                    let weight = capitalised ? capitalWeight : 1
                    features += weight
                    let base = row * count
                    for i in 0..<count { sums[i] += weight * Double(costs[base + i]) }
                }
            }
        }
        guard letters >= model.minLetters, features > 0 else { return .undecidable }
        return decide(sums: sums, features: features)
    }

    /// Turns per-language cost sums into the calibrated posterior and the answer.
    private func decide(sums: [Double], features: Double) -> LanguageGuess {
        let scale = model.step * min(1, model.evidence / features)
        var logits = [Double](repeating: 0, count: sums.count)
        for i in 0..<sums.count {
            logits[i] = -sums[i] * scale + (model.isTarget[i] ? 0 : model.undBias)
        }
        let top = logits.max() ?? 0
        var total = 0.0
        for i in 0..<logits.count {
            logits[i] = exp(logits[i] - top)
            total += logits[i]
        }
        var scores: [(String, Double)] = []
        var other = 0.0
        for i in 0..<logits.count {
            if model.isTarget[i] {
                scores.append((model.languages[i], logits[i] / total))
            } else {
                other += logits[i] / total
            }
        }
        scores.append((Self.undetermined, other))
        scores.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        let best = scores.first { $0.0 != Self.undetermined }!
        if best.1 < model.threshold {
            return LanguageGuess(language: Self.undetermined, confidence: 1 - best.1, scores: scores)
        }
        return LanguageGuess(language: best.0, confidence: best.1, scores: scores)
    }
}
