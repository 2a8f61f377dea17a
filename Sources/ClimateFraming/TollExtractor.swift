import ClimateText

/// Finds reported migrant death tolls: numbers tied to a death cue, with hedge and scope.
///
/// Per sentence with a death cue (`death.term`, `death.body`; `death.missing` when combined with the
/// dead) that is not negated and not a non-migration death (`death.not_migration` in the sentence),
/// every number (digits or words, ``NumberReader``) within `maxDistance` tokens of the cue is a toll
/// unless a non-toll cue (`nontoll.*`: rescued, arrivals, seats, money, ages, time...) or a vague
/// quantity is nearer to it, it is a year (1900–2100 in four plain digits), or it is a subgroup of a
/// toll (`among them`, `including`, ...). The hedge is read from `hedge.*` cues just before (or
/// `or more` just after) the number; the scope from `scope.*` cues in the sentence. Repeats of the
/// same value, hedge and scope are reported once.
struct TollExtractor: Sendable {
    let numbers: NumberReader
    let subgroupCues: Set<String>
    var maxDistance = 6

    init(lexicon: Lexicon) {
        numbers = NumberReader(lexicon: lexicon)
        subgroupCues = FramingRules.subgroupCues[lexicon.language] ?? []
    }

    func tolls(_ analysis: TextAnalysis, hits: [LexiconHit], deathSentences: Set<Int>) -> [DeathToll] {
        let text = analysis.tokenized
        var result: [DeathToll] = []
        var seen: Set<String> = []
        let bySentence = Dictionary(grouping: hits, by: \.sentence)
        for sentenceIndex in deathSentences.sorted() {
            let sentence = analysis.sentences[sentenceIndex]
            let sentenceHits = bySentence[sentenceIndex] ?? []
            let deathCues = sentenceHits.filter { ($0.category == "death.term" || $0.category == "death.body" || $0.category == "death.missing") && !$0.negated }
            let blockers = sentenceHits.filter { $0.category.hasPrefix("nontoll.") || $0.category == "quantity.vague" }
            let hedges = sentenceHits.filter { $0.category.hasPrefix("hedge.") }
            let scope: DeathToll.Scope = sentenceHits.contains { $0.category == "scope.cumulative" } ? .cumulative
                : sentenceHits.contains { $0.category == "scope.period" } ? .period : .event
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard let (value, end) = numbers.read(analysis, at: k) else { k += 1; continue }
                defer { k = end }
                if isYear(text, k, end, value) || value == 0 { continue }
                let death = distance(deathCues, k, end)
                guard death <= maxDistance else { continue }
                if distance(blockers, k, end) < death { continue }
                if isSubgroup(text, k, sentence.tokens.lowerBound) { continue }
                let hedgeHit = hedges.last { $0.tokens.upperBound <= k && $0.tokens.upperBound >= k - 1 }
                    ?? hedges.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 1 && $0.category != "hedge.upper_bound" }
                let hedge: DeathToll.Hedge = switch hedgeHit?.category {
                case "hedge.lower_bound": .lowerBound
                case "hedge.approximate": .approximate
                case "hedge.upper_bound": .upperBound
                default: .exact
                }
                let start = min(hedgeHit?.bytes.lowerBound ?? Int.max, Int(text.tokens[k].start))
                let key = "\(value)|\(hedge.rawValue)|\(scope.rawValue)"
                guard seen.insert(key).inserted else { continue }
                result.append(DeathToll(value: value, hedge: hedge, scope: scope, span: start..<Int(text.tokens[end - 1].end),
                                        evidence: sentence.bytes))
            }
        }
        return result
    }

    /// Token distance from the number `[start, end)` to the nearest hit (0 when overlapping).
    private func distance(_ hits: [LexiconHit], _ start: Int, _ end: Int) -> Int {
        var best = Int.max
        for hit in hits {
            let d = hit.tokens.lowerBound >= end ? hit.tokens.lowerBound - end + 1
                : hit.tokens.upperBound <= start ? start - hit.tokens.upperBound + 1 : 0
            best = min(best, d)
        }
        return best
    }

    private func isYear(_ text: TokenizedText, _ start: Int, _ end: Int, _ value: Int) -> Bool {
        guard end == start + 1, text.tokens[start].kind == .number, (1900...2100).contains(value) else { return false }
        return text.foldedForm(start).count == 4
    }

    private func isSubgroup(_ text: TokenizedText, _ number: Int, _ sentenceStart: Int) -> Bool {
        guard !subgroupCues.isEmpty else { return false }
        let from = max(sentenceStart, number - 4)
        for k in from..<number {
            if subgroupCues.contains(text.foldedForm(k)) { return true }
            if k + 1 < number, subgroupCues.contains(text.foldedForm(k) + " " + text.foldedForm(k + 1)) { return true }
        }
        return false
    }
}
