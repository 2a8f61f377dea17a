import ClimateIndices
import Foundation

/// A lexicon version present in the store.
public struct LexiconRef: Sendable, Hashable {
    public var name: String
    public var version: Int
    public var hash: String
    /// Tag rows written under this version.
    public var tagRows: Int

    public init(name: String, version: Int, hash: String, tagRows: Int = 0) {
        self.name = name
        self.version = version
        self.hash = hash
        self.tagRows = tagRows
    }

    /// `name@vN`.
    public var label: String { "\(name)@v\(version)" }
}

/// A headline number: this week, the trailing 4-week mean and the same week a year earlier.
public struct Headline: Sendable, Hashable {
    public var label: String
    public var metric: String
    public var current: Estimate?
    public var trailingMean: Double?
    public var lastYear: Double?
    /// Whether the value is a share (printed as a percentage) or a count/ratio.
    public var isShare: Bool
}

/// A change point found by PELT in a 52-week series.
public struct ChangePointAlert: Sendable, Hashable {
    public var metric: String
    /// Index of the first week of the new segment in the timeline.
    public var index: Int
    public var week: ISOWeek
    public var meanBefore: Double
    public var meanAfter: Double
    public var nearestMilestone: Milestone?
    public var daysToMilestone: Int?
    /// True when the break lies in the last 8 weeks (an alert).
    public var isRecent: Bool
}

/// A PELT segment of a timeline series (for the shaded segment means).
public struct SeriesSegment: Sendable, Hashable {
    public var metric: String
    public var from: Int
    public var to: Int
    public var mean: Double
}

/// The pre/post comparison of one metric around one milestone.
public struct EventWindowRow: Sendable, Hashable {
    public var milestone: Milestone
    public var metric: String
    public var nPre: Int
    public var nPost: Int
    public var meanPre: Double
    public var meanPost: Double
    public var welchP: Double
    public var mannWhitneyP: Double
    public var hedgesG: Double

    public var diff: Double { meanPost - meanPre }
}

/// An article as the evidence sections cite it.
public struct ArticleCitation: Sendable, Hashable {
    public var articleID: String
    public var outlet: String
    public var date: String
    public var url: String?
    public var title: String?
}

/// A keyword-in-context passage: the hit and the words around it.
public struct EvidencePassage: Sendable, Hashable {
    /// `threat` or `humanity`.
    public var frame: String
    public var category: String
    public var left: String
    public var keyword: String
    public var right: String
    /// Authorial cues of this frame in the article.
    public var hits: Int
    public var article: ArticleCitation
}

/// A reported death toll with its sentence.
public struct TollItem: Sendable, Hashable {
    public var value: Int
    public var hedge: String
    public var scope: String
    public var sentence: String
    public var article: ArticleCitation
}

/// A testimony with its passage and speaker.
public struct TestimonyItem: Sendable, Hashable {
    public var kind: String
    public var quoted: Bool
    public var speaker: String?
    public var passage: String
    public var article: ArticleCitation
}

/// Ingestion of one outlet this week against its median of the previous 8 weeks.
public struct OutletVolume: Sendable, Hashable {
    public var outletID: String
    public var name: String
    public var thisWeek: Int
    public var median8: Double
    /// `thisWeek / median8`; nil when the median is 0.
    public var ratio: Double? { median8 > 0 ? Double(thisWeek) / median8 : nil }
}

/// The data-quality section.
public struct DataQuality: Sendable, Hashable {
    public var outlets: [OutletVolume] = []
    /// Rejects recorded by runs that started this week, per stage.
    public var rejectsThisWeek: [String: Int] = [:]
    /// All rejects in the store, per stage.
    public var rejectsTotal: [String: Int] = [:]
    public var duplicatesThisWeek = 0
    public var articlesThisWeek = 0
    /// Articles of the week per language.
    public var languages: [String: Int] = [:]
    /// Timeline weeks below the minimum-n rule.
    public var thinWeeks: [ISOWeek] = []
    /// Articles with no usable date (left out of every week).
    public var undated = 0
}

/// Everything the weekly report shows, gathered once and rendered as HTML, Markdown and CSV.
public struct ReportData: Sendable {
    public var week: ISOWeek
    public var generatedAt: Date
    public var storeDescription: String
    public var lexicon: LexiconRef?
    public var lexicons: [LexiconRef]
    /// Outlet id → display name.
    public var outletNames: [String: String]
    /// The 52 timeline weeks, ending with the report week.
    public var weeks: [ISOWeek]
    /// Pooled rows for the 52 weeks (zero counts where nothing was stored).
    public var pooled: [IndexRow]
    /// The pooled row of the same ISO week one year earlier, if stored.
    public var lastYear: IndexRow?
    /// Per-outlet and per-language rows for the 52 weeks, keyed by unit id.
    public var byOutlet: [String: [IndexRow]]
    public var byLanguage: [String: [IndexRow]]
    public var headlines: [Headline]
    /// Bootstrap interval of the pooled balance this week.
    public var balanceBootstrap: BootstrapInterval?
    public var milestones: [Milestone]
    public var segments: [SeriesSegment]
    public var changePoints: [ChangePointAlert]
    public var eventWindows: [EventWindowRow]
    public var evidence: [EvidencePassage]
    public var tolls: [TollItem]
    public var testimonies: [TestimonyItem]
    public var quality: DataQuality

    /// The report week's pooled row.
    public var current: IndexRow? { pooled.last }

    /// Display name of an outlet id.
    public func outletName(_ id: String) -> String { outletNames[id] ?? id }

    /// Milestones inside the timeline.
    public var timelineMilestones: [Milestone] {
        guard let first = weeks.first, let last = weeks.last else { return [] }
        return milestones.filter { $0.day >= first.mondayDay && $0.day < last.mondayDay + 7 }
    }

    /// Milestones in the report week and the 4 weeks after it.
    public var eventsOfWeek: [Milestone] {
        milestones.filter { $0.day >= week.mondayDay && $0.day < week.mondayDay + 35 }
    }
}
