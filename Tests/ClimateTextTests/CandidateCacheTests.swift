import Dispatch
import Testing
@testable import ClimateText

/// The candidate cache behind the matcher: a warm cache, a cache filled by several threads at once
/// and a cache that grew while texts were matched all give the spans of a fresh matcher.
@Suite struct CandidateCacheTests {
    /// Texts with many distinct word types (so the cache grows past its first table) and words that
    /// hit the lexicon: single words, phrases, hyphen parts.
    static let texts: [String] = (0..<400).map { n in
        let filler = (0..<30).map { k in "w\(n)x\(k)q" }.joined(separator: " ")
        return "The humanitarian crisis and a wave of migrants. \(filler). Anti-migrant slogans; they lost their lives."
    }

    static func spans(_ matcher: LexiconMatcher, _ text: String) -> [LexiconSpan] {
        let tokenized = Tokenizer(language: "en").tokenize(text)
        return matcher.spans(in: tokenized, sentences: SentenceSplitter(language: "en").split(tokenized))
    }

    /// Spans from a matcher that has seen nothing before each text.
    static func freshSpans() throws -> [[LexiconSpan]] {
        let lexicon = try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml")
        return texts.map { spans(LexiconMatcher(lexicon: lexicon), $0) }
    }

    @Test func warmCacheGivesTheSameSpans() throws {
        let expected = try Self.freshSpans()
        #expect(expected.allSatisfy { !$0.isEmpty })
        let matcher = LexiconMatcher(lexicon: try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml"))
        for round in 0..<2 {
            let got = Self.texts.map { Self.spans(matcher, $0) }
            #expect(got == expected, "round \(round)")
        }
        // 400 texts × 30 new types: the first table (3,072 types) was replaced by bigger ones.
        #expect(matcher.core.candidateCache.table.mask + 1 > 4096)
    }

    @Test func threadsSharingOneCacheGetTheSameSpans() throws {
        let expected = try Self.freshSpans()
        let matcher = LexiconMatcher(lexicon: try LexiconLoader.parse(LexiconMatcherTests.yaml, file: "t.yml"))
        let results = ResultSlots(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { job in
            // Each thread walks the texts from a different starting point, inserting as it goes.
            let order = Array(Self.texts.indices.dropFirst(job * 100)) + Array(Self.texts.indices.prefix(job * 100))
            var got = [[LexiconSpan]](repeating: [], count: Self.texts.count)
            for index in order { got[index] = Self.spans(matcher, Self.texts[index]) }
            results.set(job, got)
        }
        for job in 0..<4 { #expect(results.get(job) == expected, "thread \(job)") }
    }
}

/// One result per job, written by that job's thread only.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[[LexiconSpan]]]
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ job: Int, _ value: [[LexiconSpan]]) { lock.locked { slots[job] = value } }

    func get(_ job: Int) -> [[LexiconSpan]] { lock.locked { slots[job] } }
}

/// A minimal lock (the test target does not import Foundation).
private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    func locked<R>(_ body: () -> R) -> R {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
