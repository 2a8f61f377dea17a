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
    /// Keys (``TokenKey`` of the folded form, as ``Token/key``) of the language's word lists.
    let complementizers: TokenKeySet
    let pronouns: TokenKeySet
    let singular: TokenKeySet
    let facts: EntryFacts
    var minimumWords = 4
    var nameSearchWindow = 3

    init(language: String, facts: EntryFacts) {
        complementizers = TokenKeySet(hashing: FramingRules.complementizers[language] ?? [])
        pronouns = TokenKeySet(hashing: FramingRules.subjectPronouns[language] ?? [])
        singular = TokenKeySet(hashing: FramingRules.firstPersonSingular[language] ?? [])
        self.facts = facts
    }

    func find(_ analysis: TextAnalysis, hits: [LexiconHit]) -> [Testimony] {
        let roles = RoleIndex(analysis: analysis, hits: hits, facts: facts, singular: singular, pronouns: pronouns)
        var result: [Testimony] = []
        var quotedSentences = [Bool](repeating: false, count: analysis.sentences.count)
        for quote in analysis.quotes where quote.depth == 0 {
            var words = 0
            for t in quote.content where analysis.tokenized.tokens[t].kind == .word { words += 1 }
            guard words >= minimumWords else { continue }
            for t in quote.content { quotedSentences[Int(analysis.sentenceOfToken[t])] = true }
            let window = Array(quote.before) + Array(quote.after)
            let personal = roles.isPersonal(quote.content, analysis)
            guard let speaker = roles.speaker(in: window, analysis: analysis, nameWindow: nameSearchWindow, personalQuote: personal)
                ?? roles.earlierSpeaker(before: quote.open, analysis: analysis, nameWindow: nameSearchWindow, hasVerb: window,
                                        personalQuote: personal)
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
        for (index, sentence) in analysis.sentences.enumerated() where !quotedSentences[index] {
            if let reported = reportedSpeech(sentence, analysis, roles) { result.append(reported) }
        }
        return result
    }

    /// `survivors told rescuers that ...` / `according to survivors, ...` / `a 15-year-old boy told her
    /// he had ...` / `de 31-jarige Ahmad ... vertelde ... dat` in one sentence. The speaker is the role
    /// word next to the verb, else the sentence's subject (a role word or a name with a role or an age).
    private func reportedSpeech(_ sentence: Sentence, _ analysis: TextAnalysis, _ roles: RoleIndex) -> Testimony? {
        let tokens = sentence.tokens
        let text = analysis.tokenized
        for verb in tokens where roles.isSpeechVerb(verb) {
            // The subject before the verb first (`Bishop Allen said the men ...`), else after it (`according to survivors`).
            var found = roles.nearestRole(max(tokens.lowerBound, verb - 4)..<verb, to: verb)
                ?? roles.nearestRole((verb + 1)..<min(tokens.upperBound, verb + 4), to: verb)
            if found == nil, let t = roles.subject(of: tokens, before: verb, analysis: analysis),
               let role = roles.roleOfSubject(t, analysis: analysis, nameWindow: nameSearchWindow, personalQuote: false) {
                found = (role, t)
            }
            guard let (role, speakerToken) = found, role != .official, !roles.titledOfficial(after: speakerToken, analysis) else { continue }
            let after = (verb + 1)..<tokens.upperBound
            // A clause: a complementizer (`that`, `dat`, `di`), or a subject pronoun right after the
            // addressee (`told her he had`, `sagte dem MDR, sie fühle`).
            let hasClause = after.prefix(10).contains { complementizers.contains(text.tokens[$0].key) }
                || after.prefix(5).contains { pronouns.contains(text.tokens[$0].key) && $0 > verb + 1 }
            let isAccordingTo = speakerToken > verb && after.count >= 4
            guard hasClause || isAccordingTo, after.count >= 5 else { continue }
            let evidence = Int(text.tokens[verb].start)..<sentence.bytes.upperBound
            let speaker = text.tokens[speakerToken].range
            if role == .witness { return Testimony(kind: .direct, evidence: evidence, speaker: speaker, quoted: false) }
            if role == .relay, roles.mentionsWitness(in: after) {
                return Testimony(kind: .relayed, evidence: evidence, speaker: speaker, quoted: false)
            }
        }
        return nil
    }
}
