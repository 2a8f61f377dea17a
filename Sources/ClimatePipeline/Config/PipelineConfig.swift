import Foundation

/// A validated `mediaclimate.yml`: where the store is, what to read, outlets, lexicons and reports.
///
/// Every path is absolute-or-relative as written and resolved against the config file's folder by
/// ``ConfigLoader``, so the values here are ready to use. The format is documented in docs/CONFIG.md.
public struct PipelineConfig: Sendable, Hashable {
    /// The newest config format version this build reads.
    public static let currentVersion = 1

    /// One outlet (publisher) known to the config.
    public struct Outlet: Sendable, Hashable {
        public var id: String
        public var name: String
        public var domain: String?
        public var country: String?
        public var language: String?

        public init(id: String, name: String, domain: String? = nil, country: String? = nil, language: String? = nil) {
            self.id = id
            self.name = name
            self.domain = domain
            self.country = country
            self.language = language
        }
    }

    /// The inputs a run reads, by kind (all paths resolved).
    public struct Inputs: Sendable, Hashable {
        public var feeds: [String] = []
        public var pages: [String] = []
        public var dumps: [String] = []
        public var warc: [String] = []
        /// Folders where new files are dropped (read like `pages`/`dumps`, by content).
        public var inbox: [String] = []
        /// Feeds polled over HTTP(S).
        public var feedURLs: [String] = []

        public init() {}

        /// Every local path, in a fixed order (feeds, pages, dumps, warc, inbox).
        public var localPaths: [String] { feeds + pages + dumps + warc + inbox }
    }

    /// Report settings.
    public struct Report: Sendable, Hashable {
        public var folder: String?
        public var weekStart: String = "monday"
        public init() {}
    }

    /// The config file (absolute), or nil for a config built in code.
    public var file: String?
    public var version: Int = 1
    /// SHA-1 of the config file's bytes.
    public var hash: String?
    public var store: String
    public var inputs = Inputs()
    public var outlets: [Outlet] = []
    /// Lexicon references, `name@vN`.
    public var lexicons: [String] = ["migration-frames@v1"]
    public var lexiconRoot: String
    public var milestones: String?
    public var report = Report()
    /// Numeric thresholds by name (documented in docs/CONFIG.md; unknown names are refused).
    public var thresholds: [String: Double] = [:]

    public init(store: String, lexiconRoot: String = "lexicons") {
        self.store = store
        self.lexiconRoot = lexiconRoot
    }

    /// Threshold names the config accepts.
    public static let knownThresholds: Set<String> = ["near_duplicate_jaccard", "min_relevance", "max_document_mb"]
}
