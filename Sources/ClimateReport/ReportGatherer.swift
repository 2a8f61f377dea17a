import ClimateIndices
import Foundation

/// Gathers everything the weekly report shows from the store and the milestones file.
public enum ReportGatherer {
    /// Weeks on the timeline.
    public static let timelineWeeks = 52

    /// Reads the store and computes the report's data for `week`.
    public static func gather(store: ReportStore, week: ISOWeek, milestones: [Milestone], lexicon lexiconSpec: String?,
                              generatedAt: Date, bootstrapReplicates: Int = 1000) throws(ReportError) -> ReportData {
        let lexicon = try store.selectLexicon(lexiconSpec)
        let names = try store.outletNames()
        let weeks = SeriesBuilder.weeks(endingWith: week, count: timelineWeeks)
        let firstDay = week.mondayDay - 52 * 7
        let facts = try store.facts(fromDay: firstDay, toDay: week.mondayDay + 7, lexicon: lexicon)
        let pooled = SeriesBuilder.rows(facts, weeks: weeks, unitType: .all)["ALL"] ?? []
        let lastYearWeek = ISOWeek(daysSinceEpoch: week.mondayDay - 52 * 7)
        let lastYearRow = SeriesBuilder.rows(facts.filter { $0.week == lastYearWeek }, weeks: [lastYearWeek], unitType: .all)["ALL"]?.first
        let lastYear = (lastYearRow?.counts.articlesAll ?? 0) > 0 ? lastYearRow : nil
        var segments: [SeriesSegment] = [], alerts: [ChangePointAlert] = []
        for metric in ["threat_share", "humanity_share"] {
            let found = SeriesBuilder.changePoints(pooled, metric: metric, milestones: milestones)
            segments += found.segments
            alerts += found.alerts
        }
        let windowMilestones = milestones.filter { $0.day >= weeks[0].mondayDay && $0.day < week.mondayDay + 7 }
        let windows = SeriesBuilder.eventWindows(pooled, milestones: windowMilestones, metrics: ["threat_share", "humanity_share"])
        let weekFacts = facts.filter { $0.week == week }
        var data = ReportData(
            week: week, generatedAt: generatedAt, storeDescription: store.description, lexicon: lexicon,
            lexicons: try store.lexicons(), outletNames: names, weeks: weeks, pooled: pooled, lastYear: lastYear,
            byOutlet: SeriesBuilder.rows(facts, weeks: weeks, unitType: .outlet),
            byLanguage: SeriesBuilder.rows(facts, weeks: weeks, unitType: .language),
            headlines: SeriesBuilder.headlines(pooled: pooled, lastYear: lastYear),
            balanceBootstrap: SeriesBuilder.balanceBootstrap(weekFacts, week: week, replicates: bootstrapReplicates),
            milestones: milestones, segments: segments, changePoints: alerts.sorted { ($0.index, $0.metric) < ($1.index, $1.metric) },
            eventWindows: windows, evidence: [], tolls: [], testimonies: [], quality: DataQuality())
        if let lexicon {
            data.evidence = try evidence(store: store, facts: weekFacts, lexicon: lexicon, names: names)
            let ids = Set(weekFacts.filter { $0.isMigration && !$0.isDuplicate }.map(\.id))
            data.tolls = try store.tolls(ids, lexicon: lexicon, names: names, limit: 8)
            data.testimonies = try store.testimonies(ids, lexicon: lexicon, names: names, limit: 8)
        }
        data.quality = try quality(store: store, facts: facts, week: week, pooled: pooled, names: names)
        return data
    }

    /// The top 5 articles per frame by authorial cues (ties: article id), each with its first counted hit.
    static func evidence(store: ReportStore, facts: [ArticleFact], lexicon: LexiconRef,
                         names: [String: String]) throws(ReportError) -> [EvidencePassage] {
        var passages: [EvidencePassage] = []
        for frame in ["threat", "humanity"] {
            let ranked = facts.filter { $0.isMigration && !$0.isDuplicate && (frame == "threat" ? $0.threat : $0.humanity) }
                .map { ($0, frame == "threat" ? $0.threatHits : $0.humanityHits) }
                .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
                .prefix(5)
            let ids = ranked.map(\.0.id)
            let hits = try store.firstHits(ids, frame: frame, lexicon: lexicon)
            let texts = try store.articles(ids, names: names)
            for (fact, count) in ranked {
                guard let (category, start, end) = hits[fact.id], let (citation, text) = texts[fact.id] else { continue }
                let (left, keyword, right) = Passage.kwic(text, start, end)
                passages.append(EvidencePassage(frame: frame, category: category, left: left, keyword: keyword, right: right,
                                                hits: count, article: citation))
            }
        }
        return passages
    }

    /// Ingestion per outlet against its 8-week median, rejects, duplicates, languages, thin weeks.
    static func quality(store: ReportStore, facts: [ArticleFact], week: ISOWeek, pooled: [IndexRow],
                        names: [String: String]) throws(ReportError) -> DataQuality {
        var quality = DataQuality()
        var perOutlet: [String: [Int]] = [:]
        for fact in facts {
            let offset = (week.mondayDay - fact.week.mondayDay) / 7
            guard (0...8).contains(offset) else { continue }
            if perOutlet[fact.outletID] == nil { perOutlet[fact.outletID] = Array(repeating: 0, count: 9) }
            perOutlet[fact.outletID]![offset] += 1
            if offset == 0 {
                quality.articlesThisWeek += 1
                if fact.isDuplicate { quality.duplicatesThisWeek += 1 }
                quality.languages[fact.language, default: 0] += 1
            }
        }
        quality.outlets = perOutlet.map { id, counts in
            let previous = counts[1...].sorted()
            let median = Double(previous[3] + previous[4]) / 2
            return OutletVolume(outletID: id, name: names[id] ?? id, thisWeek: counts[0], median8: median)
        }.sorted { ($0.name, $0.outletID) < ($1.name, $1.outletID) }
        let rejects = try store.rejects(fromDay: week.mondayDay, toDay: week.mondayDay + 7)
        quality.rejectsThisWeek = rejects.week
        quality.rejectsTotal = rejects.total
        quality.thinWeeks = pooled.filter(\.lowN).map(\.week)
        quality.undated = try store.undatedCount()
        return quality
    }
}
