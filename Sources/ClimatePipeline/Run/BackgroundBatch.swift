import Foundation

/// A batch computed on dedicated worker threads while the caller goes on; ``wait()`` returns the
/// results in input order.
///
/// Workers claim items one at a time, so a slow page never holds up the others; each result goes
/// to its item's slot, so the order of the results never depends on scheduling (what makes
/// `--jobs 1` and `--jobs N` write identical databases). Dedicated threads with 8 MiB stacks
/// rather than Dispatch: the command runs on the cooperative pool, where `concurrentPerform`
/// does not spread, and libxml2 recursion needs more than the pool's stacks.
final class BackgroundBatch<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let items: [Item]
    private var results: [Result?]
    private var next = 0
    private let lock = NSLock()
    private let done = DispatchGroup()

    /// Starts `jobs` threads computing `work(item)` for every item.
    init(_ items: [Item], jobs: Int, work: @escaping @Sendable (Item) -> Result) {
        self.items = items
        results = Array(repeating: nil, count: items.count)
        for _ in 0..<max(1, min(jobs, items.count)) {
            done.enter()
            let thread = Thread { [self] in
                while let index = claim() { store(work(items[index]), at: index) }
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Blocks until every item is computed; the results in input order.
    func wait() -> [Result] {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }

    private func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < items.count else { return nil }
        next += 1
        return next - 1
    }

    private func store(_ result: Result, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}
