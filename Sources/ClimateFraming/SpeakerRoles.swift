import ClimateText

/// Who the role words of a text are: witnesses, relays and officials, by token.
///
/// Witnesses are migrants, survivors and relatives (`testimony.witness_noun`, `actor.migrant.*`),
/// children and family members (`humanity.children_family`) and private persons
/// (`testimony.person`: a man, a young woman); relays are NGO/IO field staff; officials are
/// `testimony.official` words and institution names. Officials win ties.
struct RoleIndex {
    enum Role: Int { case official = 0, relay = 1, witness = 2 }

    /// Per token: bits 0–1 hold 1 + the raw value of its role (0: none); ``speechVerbBit`` marks speech
    /// verbs, ``ageBit`` tokens where an age is given (`19-year-old`, `aged 24`, `19 ans`).
    private var flags: [UInt8]
    private static let roleBits: UInt8 = 0b11, speechVerbBit: UInt8 = 0b100, ageBit: UInt8 = 0b1000
    /// Migrant, survivor and relative nouns (not children or private persons): what a relayed account is about.
    private var witnessTokens: [Int] = []
    private var firstPerson: [Int] = []
    /// Keys (``TokenKey`` of the folded form) of the first-person singular forms and subject pronouns.
    private let singular: TokenKeySet
    private let pronouns: TokenKeySet

    init(analysis: TextAnalysis, hits: [LexiconHit], facts: EntryFacts, singular: TokenKeySet, pronouns: TokenKeySet) {
        self.singular = singular
        self.pronouns = pronouns
        let count = analysis.tokenized.tokens.count
        flags = [UInt8](repeating: 0, count: count)
        // Hits are read through a buffer pointer: copying a hit would retain its category.
        hits.withUnsafeBufferPointer { hits in
            for k in hits.indices {
                let category = facts[hits[k].entry].category
                let tokens = hits[k].tokens
                if category == .nontollAge { for t in tokens { flags[t] |= RoleIndex.ageBit } }
                if category == .testimonyFirstPerson { firstPerson.append(tokens.lowerBound) }
                guard !hits[k].negated else { continue }
                let role: Role?
                switch category {
                case .testimonyWitnessNoun, .actorMigrantNeutral, .actorMigrantSympathetic, .actorMigrantHostile:
                    role = .witness
                    witnessTokens.append(tokens.lowerBound)
                case .humanityChildrenFamily, .testimonyPerson: role = .witness
                case .testimonyRelayNoun: role = .relay
                case .testimonyOfficial, .ignoreInstitution: role = .official
                case .testimonySpeechVerb: role = nil; for t in tokens { flags[t] |= RoleIndex.speechVerbBit }
                default: role = nil
                }
                guard let role else { continue }
                let code = UInt8(role.rawValue + 1)
                for t in tokens {
                    let existing = flags[t] & RoleIndex.roleBits
                    if existing != 0, existing <= code { continue }
                    flags[t] = flags[t] & ~RoleIndex.roleBits | code
                }
            }
        }
    }

    func role(of token: Int) -> Role? {
        guard token >= 0, token < flags.count, flags[token] & RoleIndex.roleBits != 0 else { return nil }
        return Role(rawValue: Int(flags[token] & RoleIndex.roleBits) - 1)
    }

    /// A personal account: two or more first-person markers, at least one of them singular (`I`, `my`,
    /// `ich`, `je`) — politicians speak for a group (`we`, `our towns`), a migrant for themselves.
    func isPersonal(_ range: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let markers = firstPerson.filter { range.contains($0) }
        return markers.count >= 2 && markers.contains { singular.contains(analysis.tokenized.tokens[$0].key) }
    }

    func isSpeechVerb(_ token: Int) -> Bool { token >= 0 && token < flags.count && flags[token] & RoleIndex.speechVerbBit != 0 }

    /// Whether a speech verb stands in the range (`they told us ...` inside a relayed quote).
    func hasSpeechVerb(in range: Range<Int>) -> Bool { range.contains { isSpeechVerb($0) } }

    /// Whether a subject pronoun (`he`, `sie`, `hij`, `elle`) stands at `t`.
    func isPronoun(_ t: Int, _ analysis: TextAnalysis) -> Bool { pronouns.contains(analysis.tokenized.tokens[t].key) }

    /// Whether any witness word (migrant, survivor, relative) lies in the range.
    func mentionsWitness(in range: Range<Int>) -> Bool { witnessTokens.contains { range.contains($0) } }

    /// Whether an age is given at token `t`.
    func isAge(_ t: Int) -> Bool { t >= 0 && t < flags.count && flags[t] & RoleIndex.ageBit != 0 }

    /// The role word closest to `anchor` in `range` (officials win ties: a minister is never a witness).
    func nearestRole(_ range: Range<Int>, to anchor: Int) -> (Role, Int)? {
        var best: (Role, Int, Int)?
        for t in range {
            guard let role = role(of: t) else { continue }
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
        let verbs = window.filter { isSpeechVerb($0) || isColonIntro($0, analysis) }
        for verb in verbs {
            let near = window.filter { abs($0 - verb) <= verbReach && $0 != verb && analysis.quoteOfToken[$0] < 0 }
            let ordered = near.sorted { ($0 > verb ? 1 : 0, abs($0 - verb)) < ($1 > verb ? 1 : 0, abs($1 - verb)) }
            if let t = ordered.first(where: { role(of: $0) != nil }), let role = role(of: t) {
                // A title before a name (`padre Carmelo La Rosa, parroco`): an official apposition wins.
                if role != .official, titledOfficial(after: t, analysis) { return (.official, analysis.tokenized.tokens[t].range) }
                return (role, analysis.tokenized.tokens[t].range)
            }
            for t in ordered where isName(t, analysis) {
                if let role = roleOfName(t, analysis: analysis, window: nameWindow) {
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
        while e < text.tokens.count, text.tokens[e].kind == .word, text.tokens[e].isCapitalized, role(of: e) == nil { e += 1 }
        guard e > t + 1 else { return false }
        return (e..<min(text.tokens.count, e + 3)).contains { role(of: $0) == .official }
    }

    /// Tokens between a speech verb and its speaker.
    var verbReach: Int { 4 }

    func isColonIntro(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        analysis.tokenized.tokens[t].kind == .punctuation && analysis.tokenized.isMark(t, 0x3A)
    }

    func isName(_ t: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokenized.tokens[t]
        guard token.kind == .word, token.isCapitalized, role(of: t) == nil, !isSpeechVerb(t) else { return false }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])]
        return t != sentence.tokens.lowerBound || analysis.tokenized.foldedCharacterCount(t) > 2
    }

    /// The role of the name at token `name` from its mentions elsewhere: a role word within `window`
    /// tokens, a role word heading the phrase the name stands in apposition to (`the mayor of X, Lluís
    /// Pujades`), or an age (`Amina, 24,`, `Yusuf, un noi sudanès de 16 anys`).
    func roleOfName(_ name: Int, analysis: TextAnalysis, window: Int) -> Role? {
        let text = analysis.tokenized
        var found: Role?
        // Only capitalised mentions are the name (`Die` of a German sentence start is also `die`).
        let key = text.tokens[name].key
        var mentions: [Int] = []
        text.tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices where tokens[t].key == key && tokens[t].kind == .word && tokens[t].isCapitalized { mentions.append(t) }
        }
        for t in mentions where text.sameFoldedForm(t, name) {
            let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])].tokens
            let range = max(0, t - window)..<min(text.tokens.count, t + window + 1)
            var candidate = nearestRole(range, to: t)
            // Apposition: walk back over the name (capitalised words, particles) to a comma.
            var k = t - 1
            while k > sentence.lowerBound, k >= t - 4, text.tokens[k].kind == .word, !text.isMark(k, 0x2C) { k -= 1 }
            if candidate == nil, k > sentence.lowerBound, text.isMark(k, 0x2C) {
                candidate = nearestRole(max(sentence.lowerBound, k - 10)..<k, to: k)
            }
            if let (role, _) = candidate {
                if role == .official { return .official }
                found = found.map { $0.rawValue >= role.rawValue ? $0 : role } ?? role
            }
            let ageReach = max(sentence.lowerBound, t - 3)..<min(sentence.upperBound, t + 9)
            let hasAge = ageReach.contains { isAge($0) }
                || (t + 2 < text.tokens.count && (text.isMark(t + 1, 0x2C) || text.isMark(t + 1, 0x28))
                    && text.tokens[t + 2].kind == .number && (Int(text.foldedForm(t + 2)).map { (1...99).contains($0) } ?? false))
            if hasAge { found = found ?? .witness }
        }
        return found
    }
}

extension TokenizedText {
    /// Whether token `t` is exactly the one ASCII mark `byte` (`surface(t) == ","`, without a string).
    func isMark(_ t: Int, _ byte: UInt8) -> Bool {
        let token = tokens[t]
        return token.end - token.start == 1 && bytes[Int(token.start)] == byte
    }

    /// Whether two tokens have the same folded form (`foldedForm(a) == foldedForm(b)`, without strings).
    func sameFoldedForm(_ a: Int, _ b: Int) -> Bool {
        let x = tokens[a], y = tokens[b]
        guard x.key == y.key, x.foldedEnd - x.foldedStart == y.foldedEnd - y.foldedStart else { return false }
        return folded[Int(x.foldedStart)..<Int(x.foldedEnd)].elementsEqual(folded[Int(y.foldedStart)..<Int(y.foldedEnd)])
    }

    /// `foldedForm(t).count` (characters), from the bytes when they are all ASCII.
    func foldedCharacterCount(_ t: Int) -> Int {
        let token = tokens[t]
        let range = Int(token.foldedStart)..<Int(token.foldedEnd)
        if folded[range].allSatisfy({ $0 < 0x80 }) { return range.count }
        return foldedForm(t).count
    }
}
