import ClimateCore
import ClimateText

/// Writes an ``ArticleFraming`` as one JSON object, the `mediaclimate tag` output.
///
/// Top-level fields use the codebook's names exactly (`docs/CODEBOOK.md` documents each field):
/// `id`, `url`, `language`, `migration_relevant`, `threat`, `threat_quoted_only`, `humanity`,
/// `dominant`, `testimony`, `testimony_kind`, `deaths`, `death_tolls`, then the evidence: counts,
/// densities, testimonies and every hit with its span and flags.
public enum FramingJSON {
    public static func write(_ tags: ArticleFraming, text: String? = nil, into w: inout JSONWriter) {
        let bytes = text.map { Array($0.utf8) }
        func excerpt(_ range: Range<Int>) -> String? {
            guard let bytes, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
            return String(decoding: bytes[range], as: UTF8.self)
        }
        func span(_ range: Range<Int>) {
            w.beginArray(); w.int(range.lowerBound); w.int(range.upperBound); w.endArray()
        }
        w.beginObject()
        w.field("id", tags.id)
        w.key("url"); if let url = tags.url { w.string(url) } else { w.null() }
        w.field("language", tags.language)
        w.field("migration_relevant", tags.migrationRelevant)
        w.field("threat", tags.threat)
        w.key("threat_quoted_only"); if let q = tags.threatQuotedOnly { w.bool(q) } else { w.null() }
        w.field("humanity", tags.humanity)
        w.field("dominant", tags.dominant.rawValue)
        w.field("testimony", tags.testimony)
        w.field("testimony_kind", tags.testimonyKind?.rawValue ?? "")
        w.field("deaths", tags.deaths)
        w.key("death_tolls"); w.beginArray()
        for toll in tags.deathTolls {
            w.beginObject()
            w.field("value", toll.value)
            w.field("hedge", toll.hedge.rawValue)
            w.field("scope", toll.scope.rawValue)
            w.key("span"); span(toll.span)
            w.field("text", excerpt(toll.span))
            w.key("evidence"); span(toll.evidence)
            w.endObject()
        }
        w.endArray()
        w.key("testimonies"); w.beginArray()
        for t in tags.testimonies {
            w.beginObject()
            w.field("kind", t.kind.rawValue)
            w.field("quoted", t.quoted)
            w.key("evidence"); span(t.evidence)
            w.field("evidence_text", excerpt(t.evidence))
            w.key("speaker"); if let s = t.speaker { span(s) } else { w.null() }
            w.field("speaker_text", t.speaker.flatMap(excerpt))
            w.endObject()
        }
        w.endArray()
        w.field("tokens", tags.tokenCount)
        w.key("density_threat"); w.double(tags.density("threat"))
        w.key("density_humanity"); w.double(tags.density("humanity"))
        writeCounts("counts_authorial", tags.authorialCounts, &w)
        writeCounts("counts_quoted", tags.quotedCounts, &w)
        w.field("lexicon", tags.lexiconReference)
        w.field("lexicon_hash", tags.lexiconHash)
        w.key("hits"); w.beginArray()
        for (index, hit) in tags.hits.enumerated() {
            w.beginObject()
            w.field("category", hit.category)
            w.field("entry", tags.hitPatterns[index])
            w.key("span"); span(hit.bytes)
            w.field("text", excerpt(hit.bytes))
            w.field("sentence", hit.sentence)
            w.field("negated", hit.negated)
            w.field("in_quote", hit.inQuote)
            w.field("context", hit.contextHeld)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private static func writeCounts(_ name: String, _ counts: [String: Int], _ w: inout JSONWriter) {
        w.key(name); w.beginObject()
        for key in counts.keys.sorted() { w.field(key, counts[key]) }
        w.endObject()
    }
}
