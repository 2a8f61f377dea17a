import ClimateText

/// Finds first-hand accounts of migrants, survivors or relatives, quoted or reported.
///
/// A quotation (at least `minimumWords` words, so scare quotes do not count) is attributed by the
/// cues in its speaker windows (the words just before and after it, ``QuoteSpan``): a speech verb
/// with a witness noun (`testimony.witness_noun`, `actor.migrant.*`) makes it **direct**; a relay
/// noun (`testimony.relay_noun`: aid worker, rescuer, mediator) makes it **relayed** when the quote
/// is about migrants or survivors; an official (`testimony.official`, an institution name) excludes
/// it. A quote whose speaker is a name is attributed through that name's other mentions (`Amina,
/// 24, a mother from ...`). Reported speech counts too: a witness noun followed by a speech verb and
/// a clause (`survivors told rescuers that ...`, `according to survivors`) is direct; a relay noun
/// doing the same about witnesses is relayed.
struct TestimonyDetector: Sendable {
    let complementizers: Set<String>
    var minimumWords = 4
    var nameSearchWindow = 3

    init(language: String) {
        complementizers = FramingRules.complementizers[language] ?? []
    }

    func find(_ analysis: TextAnalysis, hits: [LexiconHit]) -> [Testimony] {
        let roles = RoleIndex(analysis: analysis, hits: hits)
        var result: [Testimony] = []
        var quotedSentences: Set<Int> = []
        for quote in analysis.quotes where quote.depth == 0 {
            let words = quote.content.filter { analysis.tokenized.tokens[$0].kind == .word }.count
            guard words >= minimumWords else { continue }
            for t in quote.content { quotedSentences.insert(Int(analysis.sentenceOfToken[t])) }
            let window = Array(quote.before) + Array(quote.after)
            let personal = roles.firstPersonCount(in: quote.content) >= 2
            guard let speaker = roles.speaker(in: window, analysis: analysis, nameWindow: nameSearchWindow, personalQuote: personal)
                ?? roles.earlierSpeaker(before: quote.open, analysis: analysis, nameWindow: nameSearchWindow, hasVerb: window)
            else { continue }
            switch speaker.role {
            case .witness:
                result.append(Testimony(kind: .direct, evidence: quote.bytes, speaker: speaker.bytes, quoted: true))
            case .relay where roles.mentionsWitness(in: quote.content) || roles.hasSpeechVerb(in: quote.content):
                result.append(Testimony(kind: .relayed, evidence: quote.bytes, speaker: speaker.bytes, quoted: true))
            default:
                break
            }
        }
        for (index, sentence) in analysis.sentences.enumerated() where !quotedSentences.contains(index) {
            if let reported = reportedSpeech(sentence, analysis, roles) { result.append(reported) }
        }
        return result
    }

    /// `survivors told rescuers that ...` / `according to survivors, ...` in one sentence.
    private func reportedSpeech(_ sentence: Sentence, _ analysis: TextAnalysis, _ roles: RoleIndex) -> Testimony? {
        let tokens = sentence.tokens
        for verb in tokens where roles.isSpeechVerb(verb) {
            let around = max(tokens.lowerBound, verb - 4)..<min(tokens.upperBound, verb + 4)
            guard let (role, speakerToken) = roles.nearestRole(around, to: verb), role != .official else { continue }
            let after = (verb + 1)..<tokens.upperBound
            let hasClause = after.prefix(10).contains { complementizers.contains(analysis.tokenized.foldedForm($0)) }
            let isAccordingTo = speakerToken > verb && after.count >= 4
            guard hasClause || isAccordingTo, after.count >= 5 else { continue }
            let evidence = Int(analysis.tokenized.tokens[verb].start)..<sentence.bytes.upperBound
            let speaker = analysis.tokenized.tokens[speakerToken].range
            if role == .witness { return Testimony(kind: .direct, evidence: evidence, speaker: speaker, quoted: false) }
            if role == .relay, roles.mentionsWitness(in: after) {
                return Testimony(kind: .relayed, evidence: evidence, speaker: speaker, quoted: false)
            }
        }
        return nil
    }
}

/// Who the role words of a text are: witnesses, relays and officials, by token.
struct RoleIndex {
    enum Role: Int { case official = 0, relay = 1, witness = 2 }

    private var roleOfToken: [Int: Role] = [:]
    private var speechVerbs: Set<Int> = []
    private var witnessTokens: [Int] = []

    init(analysis: TextAnalysis, hits: [LexiconHit]) {
        for hit in hits where !hit.negated {
            let role: Role?
            switch hit.category {
            case "testimony.witness_noun", "actor.migrant.neutral", "actor.migrant.sympathetic", "actor.migrant.hostile": role = .witness
            case "testimony.relay_noun": role = .relay
            case "testimony.official", "ignore.institution": role = .official
            case "testimony.speech_verb": role = nil; for t in hit.tokens { speechVerbs.insert(t) }
            default: role = nil
            }
            guard let role else { continue }
            for t in hit.tokens {
                if let existing = roleOfToken[t], existing.rawValue <= role.rawValue { continue }
                roleOfToken[t] = role
            }
            if role == .witness { witnessTokens.append(hit.tokens.lowerBound) }
        }
        ageTokens = Set(hits.filter { $0.category == "nontoll.age" }.map(\.tokens.lowerBound))
        firstPerson = hits.filter { $0.category == "testimony.first_person" }.map(\.tokens.lowerBound)
    }

    private var firstPerson: [Int] = []

    /// First-person markers (`I`, `my`, `we`) in a range.
    func firstPersonCount(in range: Range<Int>) -> Int { firstPerson.filter { range.contains($0) }.count }

    /// Tokens where an age is given (`19-year-old`, `aged 24`, `19 ans`).
    private var ageTokens: Set<Int> = []

    func isSpeechVerb(_ token: Int) -> Bool { speechVerbs.contains(token) }

    /// Whether a speech verb stands in the range (`they told us ...` inside a relayed quote).
    func hasSpeechVerb(in range: Range<Int>) -> Bool { range.contains { speechVerbs.contains($0) } }

    /// For a quote attributed only by a pronoun or by nobody (`"...," he said`, Romance pro-drop
    /// `ha detto`): the last person mentioned before it in the same or the previous paragraph.
    func earlierSpeaker(before open: Int, analysis: TextAnalysis, nameWindow: Int, hasVerb window: [Int]) -> (role: Role, bytes: Range<Int>)? {
        guard let verb = window.first(where: { speechVerbs.contains($0) }) else { return nil }
        // Only for pronoun or pro-drop attributions: no capitalised name as the verb's subject
        // (a name after `told` is the addressee: `he told Reuters`).
        let subject = window.filter { $0 < verb && verb - $0 <= 2 && analysis.quoteOfToken[$0] < 0 }
        if subject.contains(where: { isName($0, analysis) }) { return nil }
        let paragraph = analysis.sentences[Int(analysis.sentenceOfToken[open])].paragraph
        var t = open - 1
        while t >= 0, analysis.sentences[Int(analysis.sentenceOfToken[t])].paragraph >= paragraph - 1 {
            if analysis.quoteOfToken[t] < 0 {
                if let role = roleOfToken[t] { return (role, analysis.tokenized.tokens[t].range) }
                if isName(t, analysis), let role = roleOfName(analysis.tokenized.foldedForm(t), analysis: analysis, window: nameWindow) {
                    return (role, analysis.tokenized.tokens[t].range)
                }
            }
            t -= 1
        }
        return nil
    }

    /// Whether any witness word (migrant, survivor, relative) lies in the range.
    func mentionsWitness(in range: Range<Int>) -> Bool { witnessTokens.contains { range.contains($0) } }

    /// The role word closest to `anchor` in `range` (officials win ties: a minister is never a witness).
    func nearestRole(_ range: Range<Int>, to anchor: Int) -> (Role, Int)? {
        var best: (Role, Int, Int)?
        for t in range {
            guard let role = roleOfToken[t] else { continue }
            let d = abs(t - anchor)
            if best == nil || d < best!.2 || (d == best!.2 && role.rawValue < best!.0.rawValue) { best = (role, t, d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// The speaker of a quote from its windows: the role word or name standing next to a speech
    /// verb (within `verbReach` tokens, outside quotes) — the subject before the verb first
    /// (`a man told volunteers`), else after it (`said the mother`). A name takes the role of its
    /// other mentions. Nil when there is no speech verb or no attributable speaker next to it.
    func speaker(in window: [Int], analysis: TextAnalysis, nameWindow: Int, personalQuote: Bool = false) -> (role: Role, bytes: Range<Int>)? {
        let verbs = window.filter { speechVerbs.contains($0) || isColonIntro($0, analysis) }
        for verb in verbs {
            let near = window.filter { abs($0 - verb) <= verbReach && $0 != verb && analysis.quoteOfToken[$0] < 0 }
            let ordered = near.sorted { ($0 > verb ? 1 : 0, abs($0 - verb)) < ($1 > verb ? 1 : 0, abs($1 - verb)) }
            if let t = ordered.first(where: { roleOfToken[$0] != nil }), let role = roleOfToken[t] {
                return (role, analysis.tokenized.tokens[t].range)
            }
            for t in ordered where isName(t, analysis) {
                if let role = roleOfName(analysis.tokenized.foldedForm(t), analysis: analysis, window: nameWindow) {
                    return (role, analysis.tokenized.tokens[t].range)
                }
            }
            // A private person with no title telling their own story: a name, no role anywhere near
            // it, and a quote in the first person.
            if personalQuote, let t = ordered.first(where: { isName($0, analysis) }) {
                return (.witness, analysis.tokenized.tokens[t].range)
            }
        }
        return nil
    }

    /// Tokens between a speech verb and its speaker.
    var verbReach: Int { 4 }

    private func isColonIntro(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        analysis.tokenized.tokens[t].kind == .punctuation && analysis.tokenized.surface(t) == ":"
    }

    private func isName(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokenized.tokens[t]
        guard token.kind == .word, token.isCapitalized, roleOfToken[t] == nil, !speechVerbs.contains(t) else { return false }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])]
        return t != sentence.tokens.lowerBound || analysis.tokenized.foldedForm(t).count > 2
    }

    /// The role of a name from its mentions elsewhere: a role word within `window` tokens, or an age (`Amina, 24,`).
    private func roleOfName(_ folded: String, analysis: TextAnalysis, window: Int) -> Role? {
        let text = analysis.tokenized
        var found: Role?
        for t in text.tokens.indices where text.tokens[t].kind == .word && text.foldedForm(t) == folded {
            let range = max(0, t - window)..<min(text.tokens.count, t + window + 1)
            if let (role, _) = nearestRole(range, to: t) {
                if role == .official { return .official }
                found = found.map { $0.rawValue >= role.rawValue ? $0 : role } ?? role
            }
            // A private person introduced with an age: `Amina, 24,` / `Ibrahim, a 19-year-old from Guinea`.
            let hasAge = (max(0, t - 3)..<min(text.tokens.count, t + 4)).contains { ageTokens.contains($0) }
                || (t + 2 < text.tokens.count && (text.surface(t + 1) == "," || text.surface(t + 1) == "(")
                    && text.tokens[t + 2].kind == .number && (Int(text.foldedForm(t + 2)).map { (1...99).contains($0) } ?? false))
            if hasAge { found = found ?? .witness }
        }
        return found
    }
}
