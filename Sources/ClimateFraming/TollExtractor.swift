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
    let partitives: Set<String>
    let months: Set<String>
    let tollNouns: Set<String>
    let comparisons: Set<String>
    let personNouns: Set<String>
    let connectors: Set<String>
    let facts: EntryFacts
    /// Tokens between a number and a death cue before it.
    var maxDistance = 6
    /// The same for a number heading a person noun after a death verb (Romance postverbal subjects).
    var postverbalDistance = 10
    /// Tokens after a number in which its predicate (`died`, `were rescued`) is looked for.
    var predicateWindow = 8

    init(lexicon: Lexicon, facts: EntryFacts) {
        self.facts = facts
        numbers = NumberReader(lexicon: lexicon)
        subgroupCues = FramingRules.subgroupCues[lexicon.language] ?? []
        partitives = FramingRules.partitives[lexicon.language] ?? []
        months = FramingRules.months[lexicon.language] ?? []
        tollNouns = FramingRules.tollNouns[lexicon.language] ?? []
        comparisons = FramingRules.comparisonCues[lexicon.language] ?? []
        personNouns = FramingRules.genericPersonNouns[lexicon.language] ?? []
        connectors = ["and", "en", "und", "e", "y", "i", "et", "ed", "o", "or", "oder", "ou"]
    }

    /// Sentences that come at most `carryReach` sentences after a sentence with a toll.
    var carryReach = 3

    /// Sentences that report deaths, plus sentences right after one that carry a toll noun
    /// (`Since 2014, the total stands at 29,921`).
    func tollSentences(_ analysis: TextAnalysis, deathSentences: Set<Int>) -> [Int] {
        var result = deathSentences
        for index in deathSentences where index + 1 < analysis.sentences.count {
            let next = analysis.sentences[index + 1]
            if next.tokens.contains(where: { tollNouns.contains(analysis.tokenized.foldedForm($0)) }) { result.insert(index + 1) }
        }
        return result.sorted()
    }

    func tolls(_ analysis: TextAnalysis, hits: [LexiconHit], deathSentences: Set<Int>) -> [DeathToll] {
        let text = analysis.tokenized
        var result: [DeathToll] = []
        var seen: Set<String> = []
        let candidates = Set(tollSentences(analysis, deathSentences: deathSentences))
        // Without a candidate sentence no toll is found and none is carried over.
        guard !candidates.isEmpty else { return [] }
        let bySentence = Dictionary(grouping: hits, by: \.sentence)
        var lastTollSentence = -1_000
        for sentenceIndex in analysis.sentences.indices {
            let sentence = analysis.sentences[sentenceIndex]
            let sentenceHits = bySentence[sentenceIndex] ?? []
            guard candidates.contains(sentenceIndex) else {
                // A running total carried over from an earlier toll sentence, with its noun left out:
                // `Im gesamten Vorjahr waren es 3.155.`, `l'agence en avait recensé 2 452.`
                if sentenceIndex - lastTollSentence <= carryReach,
                   let toll = elliptical(analysis, sentence, sentenceIndex, sentenceHits, &seen) {
                    result.append(toll)
                }
                continue
            }
            var previousToll: Int?
            var deathCues = sentenceHits.filter { hit in
                let category = facts[hit].category
                return (category == .deathTerm || category == .deathBody || category == .deathMissing) && !hit.negated
            }
            if !deathSentences.contains(sentenceIndex) {
                deathCues = sentence.tokens.filter { tollNouns.contains(text.foldedForm($0)) }.map { t in
                    LexiconHit(entry: 0, category: "death.term", tokens: t..<(t + 1), bytes: text.tokens[t].range, sentence: sentenceIndex,
                               negated: false, inQuote: false, contextHeld: true)
                }
            }
            let actorStarts = Set(sentenceHits.filter { facts[$0].isActor }.map(\.tokens.lowerBound))
            let blockers = sentenceHits.filter { facts[$0].isNontoll || facts[$0].category == .quantityVague }
            let hedges = sentenceHits.filter { facts[$0].isHedge }
            let scope = scope(of: sentenceHits)
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard let (value, end) = numbers.read(analysis, at: k) else { k += 1; continue }
                defer { k = end }
                if isYear(text, k, end, value) || value == 0 || isDate(text, end, sentence) { continue }
                if value == 1, text.tokens[k].kind != .number { continue }  // "one of the deadliest", "one man"
                // `down from 3,105`, `gegenüber 3.155`: a comparison with a toll just given is a toll too.
                let compared = previousToll != nil && k - 2 >= sentence.tokens.lowerBound
                    && (comparisons.contains(text.foldedForm(k - 1)) || comparisons.contains(text.foldedForm(k - 2) + " " + text.foldedForm(k - 1)))
                // A postverbal subject (`han muerto en la ruta atlántica más de 18.000 personas`): the
                // number heads a person noun, so the death verb before it may stand further away.
                let headsPerson = end < sentence.tokens.upperBound && (personNouns.contains(text.foldedForm(end)) || actorStarts.contains(end))
                guard compared || isToll(k, end, deathCues: deathCues, blockers: blockers, sentenceEnd: sentence.tokens.upperBound, text,
                                         reach: headsPerson ? postverbalDistance : maxDistance) else { continue }
                previousToll = k
                if isSubgroup(text, k, sentence.tokens.lowerBound) || isPartitive(text, end, deathCues, sentence.tokens.upperBound) { continue }
                lastTollSentence = sentenceIndex
                let toll = makeToll(value, k, end, hedges: hedges, scope: scope, sentence: sentence, text)
                guard seen.insert("\(value)|\(toll.hedge.rawValue)|\(scope.rawValue)").inserted else { continue }
                result.append(toll)
            }
        }
        return result
    }

    /// The toll of a number with its hedge: a `hedge.*` cue right before the number, or separated by
    /// one short word (`supera les 31.000`), or `or more` right after it.
    private func makeToll(_ value: Int, _ k: Int, _ end: Int, hedges: [LexiconHit], scope: DeathToll.Scope, sentence: Sentence,
                          _ text: TokenizedText) -> DeathToll {
        let hedgeHit = hedges.last { $0.tokens.upperBound <= k && ($0.tokens.upperBound >= k - 1
            || ($0.tokens.upperBound == k - 2 && text.foldedForm(k - 1).count <= 3)) }
            ?? hedges.first { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 1 && facts[$0].category != .hedgeUpperBound }
        let hedge: DeathToll.Hedge = switch hedgeHit.map({ facts[$0].category }) {
        case .hedgeLowerBound: .lowerBound
        case .hedgeApproximate: .approximate
        case .hedgeUpperBound: .upperBound
        default: .exact
        }
        let start = min(hedgeHit?.bytes.lowerBound ?? Int.max, Int(text.tokens[k].start))
        return DeathToll(value: value, hedge: hedge, scope: scope, span: start..<Int(text.tokens[end - 1].end), evidence: sentence.bytes)
    }

    /// A number that closes its clause with no noun of its own, or only a generic `people`
    /// (`Im Vorjahr waren es 3.155.`, `n'havia registrat 1.890.`, `om ruim 18.000 mensen.`), in a sentence
    /// shortly after a toll: the toll's noun is left out, so it is a toll of the same kind.
    private func elliptical(_ analysis: TextAnalysis, _ sentence: Sentence, _ index: Int, _ hits: [LexiconHit],
                            _ seen: inout Set<String>) -> DeathToll? {
        let text = analysis.tokenized
        // Only a sentence about a time span (`im Vorjahr`, `since 2018`) with no non-toll unit anywhere.
        guard hits.contains(where: { facts[$0].isScope }),
              !hits.contains(where: { facts[$0].isNontoll || facts[$0].category == .quantityVague }) else { return nil }
        let blocked: Set<Int> = []
        let hedges = hits.filter { facts[$0].isHedge }
        let scope = scope(of: hits)
        var k = sentence.tokens.lowerBound
        while k < sentence.tokens.upperBound {
            guard let (value, end) = numbers.read(analysis, at: k) else { k += 1; continue }
            defer { k = end }
            guard value > 1, !isYear(text, k, end, value), !isDate(text, end, sentence), !blocked.contains(end) else { continue }
            var next = end
            if next < sentence.tokens.upperBound, personNouns.contains(text.foldedForm(next)) { next += 1 }
            guard next >= sentence.tokens.upperBound || text.tokens[next].kind == .punctuation,
                  next == end || !blocked.contains(next) else { continue }
            let toll = makeToll(value, k, end, hedges: hedges, scope: scope, sentence: sentence, text)
            guard seen.insert("\(value)|\(toll.hedge.rawValue)|\(scope.rawValue)").inserted else { continue }
            return toll
        }
        return nil
    }

    /// The scope of the tolls of a sentence from its `scope.*` cues (cumulative wins over period).
    private func scope(of hits: [LexiconHit]) -> DeathToll.Scope {
        hits.contains { facts[$0].category == .scopeCumulative } ? .cumulative
            : hits.contains { facts[$0].category == .scopePeriod } ? .period : .event
    }

    /// Whether the number `[start, end)` counts deaths: its predicate after it decides first
    /// (`4 died` yes, `62 were rescued` no); otherwise the nearest cue before it (`the bodies of nine`).
    private func isToll(_ start: Int, _ end: Int, deathCues: [LexiconHit], blockers: [LexiconHit], sentenceEnd: Int, _ text: TokenizedText,
                        reach: Int) -> Bool {
        let after = end..<min(sentenceEnd, end + predicateWindow)
        let firstDeath = deathCues.filter { after.contains($0.tokens.lowerBound) }.map(\.tokens.lowerBound).min()
        let firstBlock = blockers.filter { after.contains($0.tokens.lowerBound) }.map(\.tokens.lowerBound).min()
        switch (firstDeath, firstBlock) {
        case let (d?, b?): return d < b
        case (_?, nil): return true
        case (nil, let b?):
            // `the bodies of seven people after a boat carrying ...`: a death cue right before the number
            // beats a non-toll cue further after it.
            // Not across a coordination (`4 died and 62 were rescued`).
            guard let cue = deathCues.filter({ $0.tokens.upperBound <= start }).max(by: { $0.tokens.upperBound < $1.tokens.upperBound }),
                  start - cue.tokens.upperBound <= 1, start - cue.tokens.upperBound + 1 < b - end + 1 else { return false }
            return !(cue.tokens.upperBound..<start).contains { text.tokens[$0].kind == .punctuation || connectors.contains(text.foldedForm($0)) }
        case (nil, nil):
            let before = deathCues.filter { $0.tokens.upperBound <= start }.map { start - $0.tokens.upperBound + 1 }.min() ?? Int.max
            let blocked = blockers.filter { $0.tokens.upperBound <= start }.map { start - $0.tokens.upperBound + 1 }.min() ?? Int.max
            return before <= reach && before < blocked
        }
    }

    /// `12 May`, `6 de febrero`, `3. Oktober`: a month name within two tokens after the number.
    private func isDate(_ text: TokenizedText, _ end: Int, _ sentence: Sentence) -> Bool {
        (end..<min(sentence.tokens.upperBound, end + 3)).contains { months.contains(text.foldedForm($0)) }
    }

    /// `1,553 of the deaths`: a partitive right after the number, then a death cue.
    private func isPartitive(_ text: TokenizedText, _ end: Int, _ deathCues: [LexiconHit], _ sentenceEnd: Int) -> Bool {
        guard end < sentenceEnd, partitives.contains(text.foldedForm(end)) else { return false }
        return deathCues.contains { $0.tokens.lowerBound > end && $0.tokens.lowerBound <= end + 3 }
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
        let from = max(sentenceStart, number - 8)
        for k in from..<number {
            if subgroupCues.contains(text.foldedForm(k)) { return true }
            if k + 1 < number, subgroupCues.contains(text.foldedForm(k) + " " + text.foldedForm(k + 1)) { return true }
        }
        return false
    }
}
