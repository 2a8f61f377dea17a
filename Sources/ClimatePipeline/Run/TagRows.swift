import ClimateFraming
import ClimateStore
import ClimateText

/// Converts a framing result into the store's tag rows (labels, hits, tolls, testimonies).
enum TagRows {
    /// The tag set of `framing` for article `articleID` under `lexicon`, written by `run`.
    static func set(_ framing: ArticleFraming, articleID: String, lexicon: LexiconSet, run: Int64) -> CorpusStore.TagSet {
        let name = lexicon.name, version = lexicon.version
        let tag = TagRecord(
            articleID: articleID, lexicon: name, lexiconVersion: version, lexiconHash: lexicon.contentHash,
            migrationRelevant: framing.migrationRelevant, threat: framing.threat, threatQuotedOnly: framing.threatQuotedOnly,
            humanity: framing.humanity, dominant: framing.dominant.rawValue, testimony: framing.testimony,
            testimonyKind: framing.testimonyKind?.rawValue, deaths: framing.deaths,
            densityThreat: framing.density("threat"), densityHumanity: framing.density("humanity"), taggedAtRun: run)
        let hits = framing.hits.enumerated().map { index, hit in
            HitRecord(articleID: articleID, lexicon: name, lexiconVersion: version, seq: index, category: hit.category,
                      entry: index < framing.hitPatterns.count ? framing.hitPatterns[index] : "\(hit.entry)",
                      spanStart: hit.bytes.lowerBound, spanEnd: hit.bytes.upperBound, sentence: hit.sentence,
                      negated: hit.negated, inQuote: hit.inQuote, contextHeld: hit.contextHeld)
        }
        let tolls = framing.deathTolls.enumerated().map { index, toll in
            TollRecord(articleID: articleID, lexicon: name, lexiconVersion: version, seq: index, value: toll.value,
                       hedge: toll.hedge.rawValue, scope: toll.scope.rawValue, spanStart: toll.span.lowerBound,
                       spanEnd: toll.span.upperBound, evidenceStart: toll.evidence.lowerBound, evidenceEnd: toll.evidence.upperBound)
        }
        let testimonies = framing.testimonies.enumerated().map { index, testimony in
            TestimonyRecord(articleID: articleID, lexicon: name, lexiconVersion: version, seq: index, kind: testimony.kind.rawValue,
                            quoted: testimony.quoted, spanStart: testimony.evidence.lowerBound, spanEnd: testimony.evidence.upperBound,
                            speakerStart: testimony.speaker?.lowerBound, speakerEnd: testimony.speaker?.upperBound)
        }
        return CorpusStore.TagSet(tag: tag, hits: hits, tolls: tolls, testimonies: testimonies)
    }
}
