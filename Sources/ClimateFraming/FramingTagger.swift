import ClimateText

/// Tags articles with the codebook's framing fields (`FRAMING-CODEBOOK.md`, `docs/FRAMING-RULES.md`).
///
/// One tagger holds a compiled matcher per language of a lexicon set and is shared read-only across
/// threads. Per article: analyse the text once (tokens, sentences, quotes), match the lexicon, then
///  1. **relevance**: a weighted migration signal — migrant and topic nouns, routes, unambiguous frame
///     cues, survivors and relatives, boat disasters, institution names (``migrationSignal(_:lexicon:)``);
///     in a strongly relevant article ambiguous cues count as being in migration context, except
///     water and vermin metaphors, which always need a migrant noun nearby;
///  2. **frames**: threat (`threat.*` and hostile actor nouns) and humanity (`humanity.*`, `route.*`)
///     cues whose context condition held and that are not negated; a cue the article negates
///     anywhere is rebutted everywhere; water words in boat-disaster sentences are literal; quoted
///     cues count for the label but not for the authorial score; institution names hide the cues
///     inside them;
///  3. **dominant** from the weighted scores (quoted cues at half weight);
///  4. **testimonies** (``TestimonyDetector``) and **death tolls** (``TollExtractor``).
/// Articles that are not migration-relevant get every frame false.
public struct FramingTagger: Sendable {
    public let lexicons: LexiconSet
    private let rulesByLanguage: [String: LanguageRules]
    /// `lexicons.reference`, made once.
    private let reference: String
    public var options: FramingOptions

    /// Everything the tagger compiles per language, behind one reference (one retain per article).
    private final class LanguageRules: Sendable {
        let matcher: LexiconMatcher
        let tolls: TollExtractor
        let facts: EntryFacts
        let testimonies: TestimonyDetector
        /// Per entry: the pattern as written (the audit trail of each hit).
        let patterns: [String]
        /// The language's tokenizer and sentence splitter, made once.
        let tokenizer: Tokenizer
        let splitter: SentenceSplitter

        init(lexicon: Lexicon) {
            tokenizer = Tokenizer(language: lexicon.language)
            splitter = SentenceSplitter(language: lexicon.language)
            matcher = LexiconMatcher(lexicon: lexicon)
            facts = EntryFacts(lexicon: lexicon)
            tolls = TollExtractor(lexicon: lexicon, facts: facts)
            testimonies = TestimonyDetector(language: lexicon.language, facts: facts)
            patterns = lexicon.entries.map(\.pattern)
        }
    }

    public init(lexicons: LexiconSet, options: FramingOptions = FramingOptions()) {
        self.lexicons = lexicons
        self.options = options
        reference = lexicons.reference
        rulesByLanguage = lexicons.byLanguage.mapValues { LanguageRules(lexicon: $0) }
    }

    /// Languages this tagger can tag.
    public var languages: [String] { rulesByLanguage.keys.sorted() }

    /// Tags one article. `language` must be one of ``languages``; other languages give nil.
    public func tag(id: String, url: String?, language: String, text: String) -> ArticleFraming? {
        guard let rules = rulesByLanguage[language] else { return nil }
        let analysis = TextAnalysis(text: text, language: language, quoteWindow: options.quoteWindow,
                                    tokenizer: rules.tokenizer, splitter: rules.splitter)
        let hits = rules.matcher.match(analysis)
        return score(id: id, url: url, analysis: analysis, hits: hits, rules: rules)
    }

    private func score(id: String, url: String?, analysis: TextAnalysis, hits: [LexiconHit], rules: LanguageRules) -> ArticleFraming {
        let facts = rules.facts
        // Counted hits per category (by index in `facts.categoryNames`), made into dictionaries at the end.
        var authorialByCategory = [Int32](repeating: 0, count: facts.categoryNames.count)
        var quotedByCategory = authorialByCategory
        var threatAuthorial = 0.0, threatQuoted = 0.0, humanityAuthorial = 0.0, humanityQuoted = 0.0
        var threatHits = 0, threatInQuotes = 0, humanityHits = 0
        let signal = migrationSignal(hits, facts: facts)
        let articleContext = signal >= options.articleContext
        // A cue the article itself negates somewhere ("it is not an invasion") is rebutted everywhere:
        // quoting the claim in order to reject it does not frame the story.
        var rebutted: Set<Int> = []
        // Water words in a sentence about a boat disaster are literal (waves, swell), not metaphors.
        var seaSentences: Set<Int> = []
        var actorTokens: [Range<Int>] = []
        // The loops read the hits through a buffer pointer: copying a hit would retain its category.
        hits.withUnsafeBufferPointer { hits in
            for k in hits.indices {
                let fact = facts[hits[k].entry]
                if hits[k].negated, fact.family == .threat || fact.family == .humanity { rebutted.insert(hits[k].entry) }
                switch fact.category {
                case .deathEvent, .deathTerm, .deathBody, .nontollRescued: seaSentences.insert(hits[k].sentence)
                default: break
                }
                if fact.isActor, !hits[k].negated { actorTokens.append(hits[k].tokens) }
            }
            for k in hits.indices where !hits[k].negated && (rebutted.isEmpty || !rebutted.contains(hits[k].entry)) {
                let fact = facts[hits[k].entry]
                let family = fact.family
                let tokens = hits[k].tokens, inQuote = hits[k].inQuote
                let isWater = fact.category == .threatWater
                if isWater, seaSentences.contains(hits[k].sentence) { continue }
                // In an article about a boat disaster or a rescue, a water word is literal (`the wave came`)
                // unless it is a metaphor applied to people: a migrant noun right next to it (`a wave of migrants`).
                if isWater, !seaSentences.isEmpty,
                   !actorTokens.contains(where: { tokens.overlaps($0) || abs($0.lowerBound - tokens.upperBound) <= 2
                       || abs(tokens.lowerBound - $0.upperBound) <= 2 }) { continue }
                // Metaphors (water, vermin) always need a migrant noun nearby: they are too often literal.
                // Burden words (costs, charge, saturated, crisis) and weak cues (weight < 1: security, danger,
                // deportation) frame migrants only when a migrant noun is nearby — elsewhere they are the
                // logistics of reception (`prise en charge`, `centros saturados`, `die Kosten`). A speaker who
                // says it (`we cannot take one more`) presents the newcomers as the burden: quotes keep article context.
                // Other cues may lean on the article's context when the article is clearly about migration.
                let weight = fact.weight
                let local = isWater || fact.category == .threatVermin
                    || (fact.needsContext && !inQuote && (fact.category == .threatCrisisBurden || (family == .threat && weight < 1)))
                guard hits[k].contextHeld || (articleContext && !local) else { continue }
                if inQuote { quotedByCategory[Int(fact.categoryIndex)] += 1 } else { authorialByCategory[Int(fact.categoryIndex)] += 1 }
                let isThreat = family == .threat || fact.category == .actorMigrantHostile
                let isHumanity = family == .humanity || family == .route
                if isThreat {
                    threatHits += 1
                    if inQuote { threatInQuotes += 1; threatQuoted += weight } else { threatAuthorial += weight }
                } else if isHumanity {
                    humanityHits += 1
                    if inQuote { humanityQuoted += weight } else { humanityAuthorial += weight }
                }
            }
        }
        var authorial = [String: Int](minimumCapacity: authorialByCategory.reduce(0) { $0 + ($1 > 0 ? 1 : 0) })
        var quoted = [String: Int](minimumCapacity: quotedByCategory.reduce(0) { $0 + ($1 > 0 ? 1 : 0) })
        // Only the categories counted are looked at (reading a name retains it).
        for index in authorialByCategory.indices where authorialByCategory[index] > 0 || quotedByCategory[index] > 0 {
            let name = facts.categoryNames[index]
            if authorialByCategory[index] > 0 { authorial[name] = Int(authorialByCategory[index]) }
            if quotedByCategory[index] > 0 { quoted[name] = Int(quotedByCategory[index]) }
        }
        let relevant = signal >= options.minRelevance
        var deathSentences: Set<Int> = []
        if relevant {
            var otherDeathSentences: Set<Int> = []
            hits.withUnsafeBufferPointer { hits in
                for k in hits.indices {
                    let category = facts[hits[k].entry].category
                    if category == .deathTerm || category == .deathBody, !hits[k].negated, hits[k].contextHeld || articleContext {
                        deathSentences.insert(hits[k].sentence)
                    } else if category == .deathNotMigration {
                        otherDeathSentences.insert(hits[k].sentence)
                    }
                }
            }
            if !otherDeathSentences.isEmpty { deathSentences.subtract(otherDeathSentences) }
        }
        let tollList = relevant ? rules.tolls.tolls(analysis, hits: hits, deathSentences: deathSentences) : []
        let testimonies = relevant ? rules.testimonies.find(analysis, hits: hits) : []
        let threat = relevant && threatHits >= options.minThreatHits
        // A migrant's own account is itself a humanising cue (episodic, named person): it counts as one.
        let personalAccount = testimonies.contains { $0.kind == .direct } ? 1 : 0
        let humanity = relevant && humanityHits + personalAccount >= options.minHumanityHits
        let threatScore = threatAuthorial + options.quotedWeight * threatQuoted
        let humanityScore = humanityAuthorial + options.quotedWeight * humanityQuoted
        return ArticleFraming(
            id: id, url: url, language: analysis.language, migrationRelevant: relevant,
            threat: threat, threatQuotedOnly: threat ? threatInQuotes == threatHits : nil,
            humanity: humanity,
            dominant: relevant ? dominant(threat: threatScore, humanity: humanityScore) : .neutral,
            testimony: !testimonies.isEmpty,
            testimonyKind: testimonies.isEmpty ? nil : (testimonies.contains { $0.kind == .direct } ? .direct : .relayed),
            deaths: !deathSentences.isEmpty, deathTolls: tollList, testimonies: testimonies,
            tokenCount: analysis.wordCount, authorialCounts: authorial, quotedCounts: quoted, hits: hits,
            hitPatterns: hits.withUnsafeBufferPointer { hits in hits.indices.map { rules.patterns[hits[$0].entry] } },
            lexiconReference: reference, lexiconHash: lexicons.contentHash)
    }

    /// The migration signal of an article: migrant, topic and route nouns count 1; threat, suffering,
    /// rights and solidarity cues that need no context (they occur about migration: `Abschiebung`,
    /// `Überfremdung`, `accoglienza diffusa`), smuggling and volume words, survivors and relatives,
    /// boat disasters and institution names count 0.5 — family words do not count (they are
    /// everywhere), and survivors and boat disasters count nothing where a non-migration death
    /// context (flood, road accident) is reported.
    func migrationSignal(_ hits: [LexiconHit], facts: EntryFacts) -> Double {
        hits.withUnsafeBufferPointer { hits in
            let otherDeaths = hits.indices.contains { facts[hits[$0].entry].category == .deathNotMigration }
            var signal = 0.0
            for k in hits.indices where !hits[k].negated {
                let fact = facts[hits[k].entry]
                switch fact.category {
                case _ where fact.isActor || fact.family == .route: signal += 1
                case .ignoreInstitution, .ignoreReception: signal += 0.5
                case .testimonyWitnessNoun, .deathEvent: signal += otherDeaths ? 0 : 0.5
                case .humanitySuffering, .humanityRightsDignity, .humanitySolidarity: signal += fact.needsContext ? 0 : 0.5
                default: if !fact.needsContext, fact.family == .threat || fact.family == .topic { signal += 0.5 }
                }
            }
            return signal
        }
    }

    /// The codebook's `dominant` from weighted scores.
    func dominant(threat: Double, humanity: Double) -> Dominant {
        let strong = options.dominantMinimum
        if threat < strong && humanity < strong { return .neutral }
        if threat >= strong && humanity >= strong && min(threat, humanity) >= options.mixedRatio * max(threat, humanity) { return .mixed }
        return threat > humanity ? .threat : .humanity
    }
}

/// The thresholds of the framing rules, in one place (documented in `docs/FRAMING-RULES.md`).
public struct FramingOptions: Sendable, Hashable {
    /// Migration signal (``FramingTagger/migrationSignal(_:lexicon:)``) that makes an article relevant.
    public var minRelevance = 1.0
    /// Migration signal from which the whole article is migration context for ambiguous cues.
    public var articleContext = 2.0
    /// Counted cues needed for the threat / humanity labels.
    public var minThreatHits = 1
    public var minHumanityHits = 2
    /// Weight of quoted cues in the dominant score.
    public var quotedWeight = 1.0
    /// A frame needs this score to shape an article (dominant).
    public var dominantMinimum = 1.0
    /// Both frames at least this share of the stronger one: mixed.
    public var mixedRatio = 0.6
    /// Tokens around a quote searched for its speaker.
    public var quoteWindow = 12

    public init() {}
}
