import ClimateCore
import ClimateDedup
import ClimateFraming
import ClimateIngest
import ClimateStore
import ClimateText
import Foundation

/// `mediaclimate run`: ingest → extract → tag → store for what is new, crash-safe and incremental.
///
/// Under the store's ``WriterLock`` the runner reads the config's local inputs file by file. A file
/// whose size, modification time and run settings (lexicon hashes, config hash) match those a
/// finished run recorded is skipped unread; in other files, a document whose raw-bytes hash is
/// stored and whose article carries tags of the same lexicon hashes is skipped without stage
/// work. The rest is computed in batches on `jobs` threads and written in input order, each batch
/// in one transaction holding whole units (document, article, tags, rejects), so a SIGKILL leaves
/// whole units or none and the next run redoes only what is missing. Clusters are recomputed at
/// the end when anything changed (or an earlier run died before clustering).
public enum PipelineRunner {
    /// Runs the pipeline over `config`'s inputs.
    public static func run(config: PipelineConfig, options: RunOptions = RunOptions()) throws(PipelineError) -> RunSummary {
        let lexicons = try loadLexicons(config.lexicons, root: config.lexiconRoot)
        AllocatorTuning.keepFreedMemory()
        let (store, lock) = try openStore(config.store, wait: options.wait)
        defer { lock.release() }
        let started = ContinuousClock.now
        var summary = RunSummary()
        do throws(StoreError) {
            summary.runID = try store.beginRun(command: options.command, configHash: config.hash,
                                               inputs: config.inputs.localPaths + config.inputs.feedURLs)
            let state = try store.runState()
            let settings = SHA1.hex(Array((lexicons.map { "\($0.reference)=\($0.contentHash)" }.joined(separator: ",")
                                            + "|" + (config.hash ?? "")).utf8))
            let builder = UnitBuilder(taggers: lexicons.map { FramingTagger(lexicons: $0) }, outlets: OutletMatcher(config.outlets))
            var pass = RunPass(store: store, state: state, lexicons: lexicons, builder: builder, options: options, runID: summary.runID)
            pass.summary = summary
            try pass.readFiles(InputFiles.expand(config.inputs.localPaths, settings: settings))
            if !config.inputs.feedURLs.isEmpty {
                try FeedURLPass(fetcher: HTTPFetcher(policy: options.fetchPolicy)).poll(config.inputs.feedURLs, pass: &pass)
            }
            summary = pass.summary
            let clusterStart = ContinuousClock.now
            let unclustered = try store.unclusteredArticleCount()
            if summary.written > 0 || unclustered > 0 {
                summary.reclustered = try recluster(store)
            }
            summary.timings["cluster"] = seconds(since: clusterStart)
            summary.timings["total"] = seconds(since: started)
            try store.finishRun(summary.runID, status: summary.fatalError == nil ? .succeeded : .failed,
                                counts: summary.counts, timings: summary.timings)
        } catch {
            if summary.runID > 0 { try? store.finishRun(summary.runID, status: .failed, counts: summary.counts, timings: summary.timings) }
            throw .store(error)
        }
        return summary
    }

    /// Recomputes duplicate clusters over every stored article; returns the number of changed articles.
    static func recluster(_ store: CorpusStore) throws(StoreError) -> Int {
        let items = try store.dedupKeys().map {
            Clusterer.Item(id: $0.articleID, contentHash: $0.contentHash, signature: $0.minhash.flatMap { MinHashSignature(bytes: $0) },
                           published: $0.published)
        }
        let clusters = Clusterer().clusters(items).map {
            CorpusStore.ClusterAssignment(id: $0.id, representative: $0.representative, members: $0.members)
        }
        return try store.applyClusters(clusters)
    }

    static func loadLexicons(_ references: [String], root: String) throws(PipelineError) -> [LexiconSet] {
        var sets: [LexiconSet] = []
        for reference in references {
            do {
                sets.append(try LexiconSet.load(reference: reference, root: root))
            } catch {
                throw .lexicon(reference: reference, reason: error.localizedDescription)
            }
        }
        return sets
    }

    /// Creates the store's folder, takes the writer lock, then opens (and migrates) the store.
    static func openStore(_ path: String, wait: WriterLock.Wait) throws(PipelineError) -> (CorpusStore, WriterLock) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: folder, reason: error.localizedDescription)
        }
        do {
            let lock = try WriterLock.acquire(forDatabaseAt: path, wait: wait)
            return (try CorpusStore(path: path), lock)
        } catch {
            throw .store(error)
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
