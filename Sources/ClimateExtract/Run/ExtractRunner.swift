import ClimateCore
import ClimateIngest
import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs extraction over files, folders and JSONL inputs on several threads, in input order.
///
/// Work is cut into batches; each batch is extracted by `jobs` threads claiming pages one at a
/// time (each thread owns its libxml2 documents) and written in input order, so output is the same for
/// any `jobs`. Failed inputs are reported as `Reject`s, never silently dropped.
public enum ExtractRunner {
    /// What a run did.
    public struct Summary: Sendable {
        public var articles = 0
        public var rejects: [Reject] = []
    }

    /// Pages per batch: bounds memory while keeping every thread busy.
    static let batchSize = 256

    /// Extracts every input, calling `write` with the JSONL bytes of each batch, in order.
    public static func run(
        inputs: [String], jobs: Int, fetched: Date? = nil, parseOnly: Bool = false, write: (borrowing [UInt8]) -> Void
    ) throws(ExtractError) -> Summary {
        LibXML2.ensureInitialised()
        AllocatorTuning.keepFreedMemory()
        let units = try ExtractInput.expand(inputs)
        var summary = Summary()
        var start = 0
        let workers = max(1, jobs)
        while start < units.count {
            let batch = Array(units[start..<min(units.count, start + batchSize)])
            let results = ResultSlots(sizes: batch.map(\.approximateSize))
            if workers == 1 {
                for index in batch.indices { results.set(index, render(extract(batch[index], fetched: fetched, parseOnly: parseOnly))) }
            } else {
                // Dedicated threads: `concurrentPerform` ran serially when called from the
                // cooperative pool that runs the command.
                let work: @Sendable () -> Void = {
                    while let index = results.claim() {
                        results.set(index, render(extract(batch[index], fetched: fetched, parseOnly: parseOnly)))
                    }
                }
                let group = DispatchGroup()
                for _ in 1..<min(workers, batch.count) {
                    group.enter()
                    let thread = Thread {
                        work()
                        group.leave()
                    }
                    thread.stackSize = 8 << 20
                    thread.start()
                }
                work()
                group.wait()
            }
            var output: [UInt8] = []
            for result in results.values() {
                switch result {
                case .line(let line):
                    output += line
                    summary.articles += 1
                case .reject(let reject):
                    summary.rejects.append(reject)
                }
            }
            write(output)
            start += batchSize
        }
        return summary
    }

    static func extract(_ unit: ExtractInput, fetched: Date?, parseOnly: Bool = false) -> Outcome {
        switch unit {
        case .page(let path):
            do {
                let bytes = try ExtractInput.read(path)
                if parseOnly {
                    let parsed = ArticleExtractor.parseOnly(bytes: bytes)
                    return .article(Article(id: ExtractInput.id(forPath: path), isArticle: parsed, method: .empty))
                }
                let article = try ArticleExtractor.extract(
                    bytes: bytes, id: ExtractInput.id(forPath: path), hints: .init(fetched: fetched ?? modificationDate(path)))
                return .article(article)
            } catch {
                return .reject(reject(path, error))
            }
        case .document(let document):
            do {
                return .article(try ArticleExtractor.extract(document: document))
            } catch {
                return .reject(reject(document.source, error))
            }
        case .rejected(let reject):
            return .reject(reject)
        }
    }

    private static func reject(_ input: String, _ error: ExtractError) -> Reject {
        let message = error.errorDescription ?? "\(error)"
        let parts = message.split(separator: ";", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return Reject(input: input, stage: "extract", reason: parts.first ?? message, fix: parts.count > 1 ? parts[1] : "")
    }

    /// The JSONL line of an article (a rejection passes through).
    static func render(_ outcome: Outcome) -> RenderedOutcome {
        switch outcome {
        case .article(let article):
            var writer = JSONWriter(capacity: 16 << 10)
            ArticleJSON.write(article, to: &writer)
            writer.newline()
            return .line(writer.bytes)
        case .reject(let reject):
            return .reject(reject)
        }
    }

    private static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

/// The result of one unit: an article or a rejection.
enum Outcome: Sendable {
    case article(Article)
    case reject(Reject)
}

/// The output of one unit: its JSONL line (serialised by the worker, so only concatenation is
/// left to the writing thread) or its rejection.
enum RenderedOutcome: Sendable {
    case line([UInt8])
    case reject(Reject)
}

/// Fixed slots written by concurrent workers (each index by exactly one worker).
///
/// Units are claimed largest first (longest-processing-time order): a big page claimed last
/// would keep one thread busy while the others wait at the end of the batch.
final class ResultSlots: @unchecked Sendable {
    private var slots: [RenderedOutcome?]
    private let order: [Int]
    private var next = 0
    private let lock = NSLock()

    /// The next unclaimed index, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return order[next - 1]
    }

    /// Slots for `sizes.count` units, claimed in decreasing size (ties in input order).
    init(sizes: [Int]) {
        slots = Array(repeating: nil, count: sizes.count)
        order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    func set(_ index: Int, _ value: RenderedOutcome) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [RenderedOutcome] { slots.compactMap { $0 } }
}
