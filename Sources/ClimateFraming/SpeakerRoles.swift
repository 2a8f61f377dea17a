import ClimateText

/// Who the role words of a text are: witnesses, relays and officials, by token.
///
/// Witnesses are migrants, survivors and relatives (`testimony.witness_noun`, `actor.migrant.*`),
/// children and family members (`humanity.children_family`) and private persons
/// (`testimony.person`: a man, a young woman); relays are NGO/IO field staff; officials are
/// `testimony.official` words and institution names. Officials win ties.
struct RoleIndex {
    enum Role: Int { case official = 0, relay = 1, witness = 2 }

    private var roleOfToken: [Int: Role] = [:]
    private var speechVerbs: Set<Int> = []
    /// Migrant, survivor and relative nouns (not children or private persons): what a relayed account is about.
    private var witnessTokens: [Int] = []
    private var firstPerson: [Int] = []
    /// Tokens where an age is given (`19-year-old`, `aged 24`, `19 ans`).
    private var ageTokens: Set<Int> = []
    private let singular: Set<String>
    private let pronouns: Set<String>

    init(analysis: TextAnalysis, hits: [LexiconHit]) {
        singular = FramingRules.firstPersonSingular[analysis.language] ?? []
        pronouns = FramingRules.subjectPronouns[analysis.language] ?? []
        for hit in hits where !hit.negated {
            let role: Role?
            switch hit.category {
            case "testimony.witness_noun", "actor.migrant.neutral", "actor.migrant.sympathetic", "actor.migrant.hostile":
                role = .witness
                witnessTokens.append(hit.tokens.lowerBound)
            case "humanity.children_family", "testimony.person": role = .witness
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
        }
        ageTokens = Set(hits.filter { $0.category == "nontoll.age" }.flatMap { Array($0.tokens) })
        firstPerson = hits.filter { $0.category == "testimony.first_person" }.map(\.tokens.lowerBound)
    }

    func role(of token: Int) -> Role? { roleOfToken[token] }

    /// A personal account: two or more first-person markers, at least one of them singular (`I`, `my`,
    /// `ich`, `je`) — politicians speak for a group (`we`, `our towns`), a migrant for themselves.
    func isPersonal(_ range: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let markers = firstPerson.filter { range.contains($0) }
        return markers.count >= 2 && markers.contains { singular.contains(analysis.tokenized.foldedForm($0)) }
    }

    func isSpeechVerb(_ token: Int) -> Bool { speechVerbs.contains(token) }

    /// Whether a speech verb stands in the range (`they told us ...` inside a relayed quote).
    func hasSpeechVerb(in range: Range<Int>) -> Bool { range.contains { speechVerbs.contains($0) } }

    /// Whether a subject pronoun (`he`, `sie`, `hij`, `elle`) stands at `t`.
    func isPronoun(_ t: Int, _ analysis: TextAnalysis) -> Bool { pronouns.contains(analysis.tokenized.foldedForm(t)) }

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
                // A title before a name (`padre Carmelo La Rosa, parroco`): an official apposition wins.
                if role != .official, titledOfficial(after: t, analysis) { return (.official, analysis.tokenized.tokens[t].range) }
                return (role, analysis.tokenized.tokens[t].range)
            }
            for t in ordered where isName(t, analysis) {
                if let role = roleOfName(analysis.tokenized.foldedForm(t), analysis: analysis, window: nameWindow) {
                    return (role, analysis.tokenized.tokens[t].range)
                }
            }
            // A private person with no title telling their own story: a name, no role anywhere near
            // it, and a quote in the first person singular.
            if personalQuote, let t = ordered.first(where: { isName($0, analysis) }) {
                return (.witness, analysis.tokenized.tokens[t].range)
            }
        }
        return nil
    }

    /// Whether the role word at `t` is a title before a name whose apposition is an official
    /// (`padre Carmelo La Rosa, parroco dell'isola`).
    func titledOfficial(after t: Int, _ analysis: TextAnalysis) -> Bool {
        let text = analysis.tokenized
        var e = t + 1
        while e < text.tokens.count, text.tokens[e].kind == .word, text.tokens[e].isCapitalized, roleOfToken[e] == nil { e += 1 }
        guard e > t + 1 else { return false }
        return (e..<min(text.tokens.count, e + 3)).contains { roleOfToken[$0] == .official }
    }

    /// Tokens between a speech verb and its speaker.
    var verbReach: Int { 4 }

    func isColonIntro(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        analysis.tokenized.tokens[t].kind == .punctuation && analysis.tokenized.surface(t) == ":"
    }

    func isName(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokenized.tokens[t]
        guard token.kind == .word, token.isCapitalized, roleOfToken[t] == nil, !speechVerbs.contains(t) else { return false }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])]
        return t != sentence.tokens.lowerBound || analysis.tokenized.foldedForm(t).count > 2
    }

    /// The role of a name from its mentions elsewhere: a role word within `window` tokens, a role
    /// word heading the phrase the name stands in apposition to (`the mayor of X, Lluís Pujades`),
    /// or an age (`Amina, 24,`, `Yusuf, un noi sudanès de 16 anys`).
    func roleOfName(_ folded: String, analysis: TextAnalysis, window: Int) -> Role? {
        let text = analysis.tokenized
        var found: Role?
        // Only capitalised mentions are the name (`Die` of a German sentence start is also `die`).
        for t in text.tokens.indices where text.tokens[t].kind == .word && text.tokens[t].isCapitalized && text.foldedForm(t) == folded {
            let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])].tokens
            let range = max(0, t - window)..<min(text.tokens.count, t + window + 1)
            var candidate = nearestRole(range, to: t)
            // Apposition: walk back over the name (capitalised words, particles) to a comma.
            var k = t - 1
            while k > sentence.lowerBound, k >= t - 4, text.tokens[k].kind == .word, text.surface(k) != "," { k -= 1 }
            if candidate == nil, k > sentence.lowerBound, text.surface(k) == "," {
                candidate = nearestRole(max(sentence.lowerBound, k - 10)..<k, to: k)
            }
            if let (role, _) = candidate {
                if role == .official { return .official }
                found = found.map { $0.rawValue >= role.rawValue ? $0 : role } ?? role
            }
            let ageReach = max(sentence.lowerBound, t - 3)..<min(sentence.upperBound, t + 9)
            let hasAge = ageReach.contains { ageTokens.contains($0) }
                || (t + 2 < text.tokens.count && (text.surface(t + 1) == "," || text.surface(t + 1) == "(")
                    && text.tokens[t + 2].kind == .number && (Int(text.foldedForm(t + 2)).map { (1...99).contains($0) } ?? false))
            if hasAge { found = found ?? .witness }
        }
        return found
    }
}
