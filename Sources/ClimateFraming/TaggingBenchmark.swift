import ClimateCore
import ClimateText
import Dispatch
import Foundation

/// Measures tokenise + match (or full framing) throughput on articles already in memory.
///
/// Mirrors how the Python anchor (`bench.py tag-aho`) is timed: loading is outside the clock, the
/// loop over articles inside it. `jobs` > 1 splits the articles into contiguous chunks, each run on
/// its own thread (not `DispatchQueue.concurrentPerform`, whose pool the async caller already
/// occupies a worker of), and each thread's CPU time is summed into `cpuSeconds`.
public enum TaggingBenchmark {
    /// What is timed.
    public enum Mode: String, Sendable, CaseIterable {
        /// Tokens only.
        case tokenize
        /// Tokens, sentences and quotes.
        case analyze
        /// Tokens and every lexicon match with its entry (category) and position
        /// (``LexiconMatcher/spans(in:splitter:)``: sentence boundaries decided where a phrase could
        /// cross one): plain dictionary matching.
        case match
        /// Tokens, sentences, quotes and lexicon hits with their negation, quote and context flags.
        case hits
        /// Everything `mediaclimate tag` computes.
        case tag
    }

    /// One measurement.
    public struct Result: Sendable {
        public var mode: Mode
        public var jobs: Int
        public var articles: Int
        public var megabytes: Double
        public var seconds: Double
        public var hits: Int
        /// CPU seconds of the worker threads (summed): unlike `seconds`, not inflated when other
        /// processes take the cores, so comparisons on a loaded machine use it.
        public var cpuSeconds: Double = 0
        public var megabytesPerSecond: Double { megabytes / seconds }
        /// Throughput per CPU second of one thread.
        public var megabytesPerCPUSecond: Double { megabytes / max(cpuSeconds, 1e-9) }

        /// One JSON line, in the shape of the anchor's report.
        public var json: String {
            String(format: "{\"bench\":\"mediaclimate %@ (jobs %d)\",\"mb\":%.3f,\"articles\":%d,\"seconds\":%.3f,\"mb_s\":%.3f,\"matches\":%d,\"cpu_s\":%.3f,\"mb_cpu_s\":%.3f}",
                   mode.rawValue, jobs, megabytes, articles, seconds, megabytesPerSecond, hits, cpuSeconds, megabytesPerCPUSecond)
        }
    }

    /// Reads `{"id", "lang" or "language", "text"}` lines (the perf corpus and our dumps).
    public static func loadArticles(path: String) throws -> [(language: String, text: String)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw FramingError.unreadable(path) }
        var result: [(language: String, text: String)] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String,
                  let language = (object["language"] as? String) ?? (object["lang"] as? String) else { continue }
            result.append((language, text))
        }
        return result
    }

    /// Times `mode` over the articles with `jobs` threads.
    public static func run(articles: [(language: String, text: String)], lexicons: LexiconSet, mode: Mode, jobs: Int) -> Result {
        AllocatorTuning.keepFreedMemory()  // as the batch runners do: no heap trimming between articles
        let tagger = mode == .tag ? FramingTagger(lexicons: lexicons) : nil  // its rules take a while to build
        let matchers = lexicons.byLanguage.mapValues { LexiconMatcher(lexicon: $0) }
        let jobs = max(1, jobs)
        let chunk = (articles.count + jobs - 1) / jobs
        let counts = PerJobCounts(jobs: jobs)
        // Per-language tools, made once (as a batch job does) and found by index, not by name, in the loop.
        let languages = Array(Set(articles.map(\.language))).sorted()
        let tools = languages.map { language in
            LanguageTools(tokenizer: Tokenizer(language: language), splitter: SentenceSplitter(language: language), matcher: matchers[language])
        }
        let languageIndex = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        let toolOf = articles.map { languageIndex[$0.language]! }
        let start = DispatchTime.now().uptimeNanoseconds
        let work: @Sendable (Int) -> Void = { job in
            let cpuStart = threadCPUSeconds()
            var hits = 0
            let range = (job * chunk)..<min(articles.count, (job + 1) * chunk)
            for index in range {
                let article = articles[index]
                switch mode {
                case .tokenize:
                    hits += tools[toolOf[index]].tokenizer.tokenize(article.text).tokens.count
                case .analyze:
                    let tool = tools[toolOf[index]]
                    hits += TextAnalysis(text: article.text, language: article.language, tokenizer: tool.tokenizer, splitter: tool.splitter).quotes.count
                case .match:
                    let tool = tools[toolOf[index]]
                    guard let matcher = tool.matcher else { continue }
                    let tokenized = tool.tokenizer.tokenize(article.text)
                    hits += matcher.spans(in: tokenized, splitter: tool.splitter).count
                case .hits:
                    let tool = tools[toolOf[index]]
                    guard let matcher = tool.matcher else { continue }
                    hits += matcher.match(TextAnalysis(text: article.text, language: article.language, tokenizer: tool.tokenizer,
                                                       splitter: tool.splitter)).count
                case .tag:
                    hits += tagger?.tag(id: "", url: nil, language: article.language, text: article.text)?.hits.count ?? 0
                }
            }
            counts.set(job, hits, cpu: threadCPUSeconds() - cpuStart)
        }
        if jobs == 1 {
            work(0)
        } else {
            let finished = DispatchSemaphore(value: 0)
            for job in 0..<jobs {
                let thread = Thread { work(job); finished.signal() }
                thread.stackSize = 8 << 20
                thread.start()
            }
            for _ in 0..<jobs { finished.wait() }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        return Result(mode: mode, jobs: jobs, articles: articles.count, megabytes: Double(bytes) / 1e6, seconds: seconds,
                      hits: counts.total, cpuSeconds: counts.cpu)
    }

    /// CPU time of the calling thread.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// The tokenizer, sentence splitter and matcher of one language (a class: one reference to take
/// per article, not a copy of each part).
private final class LanguageTools: Sendable {
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    let matcher: LexiconMatcher?

    init(tokenizer: Tokenizer, splitter: SentenceSplitter, matcher: LexiconMatcher?) {
        self.tokenizer = tokenizer
        self.splitter = splitter
        self.matcher = matcher
    }
}

/// Per-thread hit counts; each job writes only its own slot.
private final class PerJobCounts: @unchecked Sendable {
    private var slots: [Int]
    private var cpuSlots: [Double]
    private let lock = NSLock()

    init(jobs: Int) {
        slots = Array(repeating: 0, count: jobs)
        cpuSlots = Array(repeating: 0, count: jobs)
    }

    func set(_ job: Int, _ value: Int, cpu: Double) { lock.lock(); slots[job] = value; cpuSlots[job] = cpu; lock.unlock() }

    var total: Int { lock.lock(); defer { lock.unlock() }; return slots.reduce(0, +) }

    var cpu: Double { lock.lock(); defer { lock.unlock() }; return cpuSlots.reduce(0, +) }
}
