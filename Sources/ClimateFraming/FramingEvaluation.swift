import Foundation
/// Scores a tagger against a gold set: P/R/F1 per label and language, tolls, dominant, confusions.
///
/// Labels are article-level booleans (`migration_relevant`, `threat`, `humanity`, `testimony`,
/// `deaths`). Tolls are compared per article as multisets: **exact** = F1 over (value, hedge)
/// pairs; **within-hedge** = F1 over values alone (the number was read, the hedge may differ).
public struct FramingEvaluation: Sendable {
    public static let labels = ["migration_relevant", "threat", "humanity", "testimony", "deaths"]

    /// Counts of one label in one slice.
    public struct Counts: Sendable {
        public var tp = 0, fp = 0, fn = 0, tn = 0
        public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(gold: Bool, predicted: Bool) {
            switch (gold, predicted) {
            case (true, true): tp += 1
            case (false, true): fp += 1
            case (true, false): fn += 1
            case (false, false): tn += 1
            }
        }
    }

    /// Label counts per language ("all" = pooled).
    public var counts: [String: [String: Counts]] = [:]
    public var tollExact = Counts()
    public var tollValue = Counts()
    public var dominantCorrect = 0
    public var articles = 0
    /// One line per disagreement: `id label gold→predicted`.
    public var confusions: [String] = []

    /// Tags every gold article and accumulates the scores.
    public static func run(tagger: FramingTagger, gold: [GoldArticle]) -> FramingEvaluation {
        var evaluation = FramingEvaluation()
        for article in gold {
            guard let tags = tagger.tag(id: article.id, url: nil, language: article.language, text: article.text) else {
                evaluation.confusions.append("\(article.id) language \(article.language) has no lexicon")
                continue
            }
            evaluation.add(article, tags)
        }
        return evaluation
    }

    mutating func add(_ gold: GoldArticle, _ tags: ArticleFraming) {
        articles += 1
        let pairs: [(String, Bool, Bool)] = [
            ("migration_relevant", gold.migrationRelevant, tags.migrationRelevant), ("threat", gold.threat, tags.threat),
            ("humanity", gold.humanity, tags.humanity), ("testimony", gold.testimony, tags.testimony), ("deaths", gold.deaths, tags.deaths),
        ]
        for (label, g, p) in pairs {
            counts[gold.language, default: [:]][label, default: Counts()].add(gold: g, predicted: p)
            counts["all", default: [:]][label, default: Counts()].add(gold: g, predicted: p)
            if g != p { confusions.append("\(gold.id) \(label) \(g)→\(p)") }
        }
        if gold.dominant == tags.dominant.rawValue { dominantCorrect += 1 } else { confusions.append("\(gold.id) dominant \(gold.dominant)→\(tags.dominant.rawValue)") }
        let goldExact = gold.tolls.map { "\($0.value)|\($0.hedge)" }, predictedExact = tags.deathTolls.map { "\($0.value)|\($0.hedge.rawValue)" }
        Self.compare(goldExact, predictedExact, into: &tollExact)
        Self.compare(gold.tolls.map { "\($0.value)" }, tags.deathTolls.map { "\($0.value)" }, into: &tollValue)
        if Set(goldExact) != Set(predictedExact) {
            confusions.append("\(gold.id) tolls \(goldExact.sorted())→\(predictedExact.sorted())")
        }
    }

    static func compare(_ gold: [String], _ predicted: [String], into counts: inout Counts) {
        var remaining = gold
        for p in predicted {
            if let i = remaining.firstIndex(of: p) { remaining.remove(at: i); counts.tp += 1 } else { counts.fp += 1 }
        }
        counts.fn += remaining.count
    }

    /// The report `mediaclimate evaluate framing` prints.
    public func report(showConfusions: Int = 200) -> String {
        var lines: [String] = []
        let languages = counts.keys.filter { $0 != "all" }.sorted() + ["all"]
        lines.append("framing evaluation: \(articles) articles")
        lines.append("label               lang    P      R      F1     tp  fp  fn")
        for label in Self.labels {
            for language in languages {
                guard let c = counts[language]?[label] else { continue }
                lines.append(pad(label, 20) + pad(language, 6) + [c.precision, c.recall, c.f1].map { pad(fmt($0), 7) }.joined()
                             + pad("\(c.tp)", 4) + pad("\(c.fp)", 4) + pad("\(c.fn)", 4))
            }
        }
        lines.append("tolls exact (value+hedge): P \(fmt(tollExact.precision)) R \(fmt(tollExact.recall)) F1 \(fmt(tollExact.f1))")
        lines.append("tolls within hedge (value): P \(fmt(tollValue.precision)) R \(fmt(tollValue.recall)) F1 \(fmt(tollValue.f1))")
        lines.append("dominant accuracy: \(fmt(articles == 0 ? 0 : Double(dominantCorrect) / Double(articles)))")
        lines.append("confusions (\(confusions.count)):")
        lines.append(contentsOf: confusions.prefix(showConfusions).map { "  " + $0 })
        return lines.joined(separator: "\n")
    }

    private func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
