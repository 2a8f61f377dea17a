import ClimateText

/// Speakers that are not next to the quote: pronoun and pro-drop attributions and sentence subjects.
extension RoleIndex {
    /// Tokens at the start of a sentence in which its subject is looked for.
    var subjectReach: Int { 8 }

    /// The subject of a sentence: the first role word or name among its first ``subjectReach``
    /// tokens before `limit`, outside quotes. A sentence-initial capitalised word is a name only when
    /// a capitalised word follows it (`Fatou Diallo`), so `Hoy,` or `Another,` are not names.
    /// Nil when the sentence starts with neither.
    func subject(of sentence: Range<Int>, before limit: Int, analysis: TextAnalysis) -> Int? {
        let text = analysis.tokenized
        let end = min(limit, sentence.lowerBound + subjectReach)
        guard sentence.lowerBound < end else { return nil }
        for t in sentence.lowerBound..<end where analysis.quoteOfToken[t] < 0 {
            if role(of: t) != nil { return t }
            guard isName(t, analysis) else { continue }
            if t == sentence.lowerBound {
                guard t + 1 < sentence.upperBound, text.tokens[t + 1].kind == .word, text.tokens[t + 1].isCapitalized,
                      role(of: t + 1) == nil, !appearsLowercase(t, analysis) else { continue }
            }
            return t
        }
        return nil
    }

    /// Whether the word at `t` also occurs in lower case (`die`, `een`, `the`): then it is not a name.
    func appearsLowercase(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        let text = analysis.tokenized
        return text.tokens.indices.contains { text.tokens[$0].kind == .word && !text.tokens[$0].isCapitalized && text.sameFoldedForm($0, t) }
    }

    /// The role of a subject token: its role word, or the role of the name; a bare name speaking
    /// in the first person singular is a private person telling their story.
    func roleOfSubject(_ t: Int, analysis: TextAnalysis, nameWindow: Int, personalQuote: Bool) -> Role? {
        if let role = role(of: t) { return role }
        if let role = roleOfName(t, analysis: analysis, window: nameWindow) { return role }
        return personalQuote ? .witness : nil
    }

    /// For a quote attributed by a pronoun (`"...," he said`, `zei hij`), by nobody (Romance pro-drop
    /// `ha detto`), or not at all but continuing an account begun in the previous sentence: the
    /// subject of the nearest earlier sentence that has one, in the same or the previous paragraph.
    /// A name right after the speech verb is the speaker itself (`zegt Sjoerd Hoekstra`), so no
    /// earlier subject is taken then — unless a pronoun is the subject (`he told Reuters`).
    func earlierSpeaker(before open: Int, analysis: TextAnalysis, nameWindow: Int, hasVerb window: [Int],
                        personalQuote: Bool) -> (role: Role, bytes: Range<Int>)? {
        let quoteSentence = Int(analysis.sentenceOfToken[open])
        if let verb = window.first(where: { isSpeechVerb($0) }) {
            let around = window.filter { abs($0 - verb) <= 2 && analysis.quoteOfToken[$0] < 0 }
            let hasPronoun = around.contains { isPronoun($0, analysis) }
            let subject = window.filter { $0 < verb && verb - $0 <= 2 && analysis.quoteOfToken[$0] < 0 }
            if !hasPronoun, subject.contains(where: { isName($0, analysis) }) { return nil }
            let named = window.filter { $0 > verb && $0 - verb <= 2 && analysis.quoteOfToken[$0] < 0 && isName($0, analysis) }
            if !hasPronoun, !named.isEmpty { return nil }
        } else {
            // No verb: only a quote that opens its sentence right after an attributed sentence.
            guard quoteSentence > 0, analysis.sentences[quoteSentence].tokens.lowerBound >= open - 1 else { return nil }
            let previous = analysis.sentences[quoteSentence - 1]
            guard previous.paragraph == analysis.sentences[quoteSentence].paragraph,
                  previous.tokens.contains(where: { isSpeechVerb($0) }) else { return nil }
        }
        let paragraph = analysis.sentences[quoteSentence].paragraph
        var index = quoteSentence
        while index >= 0, analysis.sentences[index].paragraph >= paragraph - 1 {
            let sentence = analysis.sentences[index]
            let limit = index == quoteSentence ? open : sentence.tokens.upperBound
            if let t = subject(of: sentence.tokens, before: limit, analysis: analysis) {
                guard let role = roleOfSubject(t, analysis: analysis, nameWindow: nameWindow, personalQuote: personalQuote) else { return nil }
                return (role, analysis.tokenized.tokens[t].range)
            }
            index -= 1
        }
        return nil
    }
}
