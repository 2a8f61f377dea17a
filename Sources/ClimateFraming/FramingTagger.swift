import ClimateText

/// Tags articles with the codebook's framing fields (`FRAMING-CODEBOOK.md`, `docs/FRAMING-RULES.md`).
///
/// One tagger holds a compiled matcher per language of a lexicon set and is shared read-only across
/// threads. Per article: analyse the text once (tokens, sentences, quotes), match the lexicon, then
///  1. **relevance**: migrant/refugee actor nouns (`actor.*`) — at least `minActors`, or one with a
///     route, death or frame cue in migration context;
///  2. **frames**: threat (`threat.*` and hostile actor nouns) and humanity (`humanity.*`, `route.*`)
///     cues whose context condition held and that are not negated; quoted cues count for the label
///     but not for the authorial score; names of institutions hide the cues inside them;
///  3. **dominant** from the weighted scores (quoted cues at half weight);
///  4. **testimonies** (``TestimonyDetector``) and **death tolls** (``TollExtractor``).
/// Articles that are not migration-relevant get every frame false.
public struct FramingTagger: Sendable {
    public let lexicons: LexiconSet
    private let matchers: [String: LexiconMatcher]
    private let tolls: [String: TollExtractor]
    public var options: FramingOptions

    public init(lexicons: LexiconSet, options: FramingOptions = FramingOptions()) {
        self.lexicons = lexicons
        self.options = options
        var matchers: [String: LexiconMatcher] = [:]
        var tolls: [String: TollExtractor] = [:]
        for (language, lexicon) in lexicons.byLanguage {
            matchers[language] = LexiconMatcher(lexicon: lexicon)
            tolls[language] = TollExtractor(lexicon: lexicon)
        }
        self.matchers = matchers
        self.tolls = tolls
    }

    /// Languages this tagger can tag.
    public var languages: [String] { matchers.keys.sorted() }

    /// Tags one article. `language` must be one of ``languages``; other languages give nil.
    public func tag(id: String, url: String?, language: String, text: String) -> ArticleFraming? {
        guard let matcher = matchers[language], let tollExtractor = tolls[language] else { return nil }
        let analysis = TextAnalysis(text: text, language: language, quoteWindow: options.quoteWindow)
        let hits = matcher.match(analysis)
        return score(id: id, url: url, analysis: analysis, hits: hits, lexicon: matcher.lexicon, tolls: tollExtractor)
    }

    private func score(id: String, url: String?, analysis: TextAnalysis, hits: [LexiconHit], lexicon: Lexicon,
                       tolls tollExtractor: TollExtractor) -> ArticleFraming {
        var authorial: [String: Int] = [:], quoted: [String: Int] = [:]
        var threatAuthorial = 0.0, threatQuoted = 0.0, humanityAuthorial = 0.0, humanityQuoted = 0.0
        var threatHits = 0, threatInQuotes = 0, humanityHits = 0, frameHits = 0
        let actorHits = hits.filter { $0.category.hasPrefix("actor.") && !$0.negated }
        for hit in hits where hit.contextHeld && !hit.negated {
            let family = hit.family
            if hit.inQuote { quoted[hit.category, default: 0] += 1 } else { authorial[hit.category, default: 0] += 1 }
            let weight = lexicon.entries[hit.entry].weight
            let isThreat = family == "threat" || hit.category == "actor.migrant.hostile"
            let isHumanity = family == "humanity" || family == "route"
            if isThreat {
                threatHits += 1
                if hit.inQuote { threatInQuotes += 1; threatQuoted += weight } else { threatAuthorial += weight }
            } else if isHumanity {
                humanityHits += 1
                if hit.inQuote { humanityQuoted += weight } else { humanityAuthorial += weight }
            }
            if isThreat || isHumanity || family == "death" { frameHits += 1 }
        }
        let relevant = actorHits.count >= options.minActors || (actorHits.count >= 1 && frameHits >= 1)
        let deathSentences = relevant ? Set(hits.filter { ($0.category == "death.term" || $0.category == "death.body") && !$0.negated && $0.contextHeld }
            .map(\.sentence)).subtracting(hits.filter { $0.category == "death.not_migration" }.map(\.sentence)) : []
        let tollList = relevant ? tollExtractor.tolls(analysis, hits: hits, deathSentences: deathSentences) : []
        let testimonies = relevant ? TestimonyDetector(language: analysis.language).find(analysis, hits: hits) : []
        let threat = relevant && threatHits >= options.minThreatHits
        let humanity = relevant && humanityHits >= options.minHumanityHits
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
            hitPatterns: hits.map { lexicon.entries[$0.entry].pattern },
            lexiconReference: lexicons.reference, lexiconHash: lexicons.contentHash)
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
    /// Actor nouns that make an article migration-relevant on their own.
    public var minActors = 2
    /// Counted cues needed for the threat / humanity labels.
    public var minThreatHits = 1
    public var minHumanityHits = 1
    /// Weight of quoted cues in the dominant score.
    public var quotedWeight = 0.5
    /// A frame needs this score to shape an article (dominant).
    public var dominantMinimum = 2.0
    /// Both frames at least this share of the stronger one: mixed.
    public var mixedRatio = 0.6
    /// Tokens around a quote searched for its speaker.
    public var quoteWindow = 12

    public init() {}
}
