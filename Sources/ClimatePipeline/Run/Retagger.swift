import ClimateCore
import ClimateFraming
import ClimateStore
import ClimateText
import Foundation

/// What `retag` did.
public struct RetagSummary: Sendable {
    public var runID: Int64 = 0
    public var lexicon = ""
    public var articles = 0
    public var tagged = 0
    public var unchanged = 0
    public var rejects: [Reject] = []

    public var report: String {
        (["retag \(lexicon) (run \(runID)): \(articles) stored articles, \(tagged) tag sets written, \(unchanged) already current, "
            + "\(rejects.count) rejected"] + rejects.map { "  rejected [\($0.stage)] \($0.line)" }).joined(separator: "\n")
    }
}

/// `mediaclimate retag`: tags stored articles with one lexicon version from their stored text.
///
/// Rows of other versions are kept (``CorpusStore/insertTags(_:)`` replaces one version only);
/// articles already tagged with the same lexicon hash are skipped.
public enum Retagger {
    static let page = 512

    public static func retag(config: PipelineConfig, reference: String, jobs: Int = 1, wait: WriterLock.Wait = .no,
                             command: String = "retag") throws(PipelineError) -> RetagSummary {
        let lexicon = try PipelineRunner.loadLexicons([reference], root: config.lexiconRoot)[0]
        let tagger = FramingTagger(lexicons: lexicon)
        let (store, lock) = try PipelineRunner.openStore(config.store, wait: wait)
        defer { lock.release() }
        var summary = RetagSummary()
        summary.lexicon = lexicon.reference
        do throws(StoreError) {
            summary.runID = try store.beginRun(command: command, configHash: config.hash, inputs: [lexicon.reference])
            let run = summary.runID
            let state = try store.runState()
            var after = ""
            while true {
                let articles = try store.articles(after: after, limit: page)
                guard let last = articles.last else { break }
                after = last.id
                summary.articles += articles.count
                let pending = articles.filter { state.tagHashes[$0.id]?[lexicon.reference] != lexicon.contentHash }
                summary.unchanged += articles.count - pending.count
                let sets = BackgroundBatch(pending, jobs: jobs) { article -> CorpusStore.TagSet? in
                    guard let language = article.language,
                          let framing = tagger.tag(id: article.id, url: article.url, language: language, text: article.text) else { return nil }
                    return TagRows.set(framing, articleID: article.id, lexicon: lexicon, run: run)
                }.wait()
                for (article, set) in zip(pending, sets) {
                    if let set {
                        if try store.insertTags(set) != .unchanged { summary.tagged += 1 } else { summary.unchanged += 1 }
                    } else {
                        let reject = Reject(input: try store.documentSource(article.documentID) ?? article.id, stage: "tag",
                                            reason: "language '\(article.language ?? "none")' has no lexicon in \(lexicon.reference)",
                                            fix: "add a \(article.language ?? "<lang>").yml to the lexicon version, or ignore")
                        try store.record(reject, run: run)
                        summary.rejects.append(reject)
                    }
                }
            }
            try store.finishRun(run, status: .succeeded, counts: ["articles": summary.articles, "tagged": summary.tagged,
                                                                  "rejects": summary.rejects.count])
        } catch {
            if summary.runID > 0 { try? store.finishRun(summary.runID, status: .failed) }
            throw .store(error)
        }
        return summary
    }
}
