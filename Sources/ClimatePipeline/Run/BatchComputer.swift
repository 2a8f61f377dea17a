import Foundation

/// Computes `work(item)` for a batch on `jobs` threads and returns the results in input order.
///
/// Item *i* is computed by worker *i mod jobs*; the order of the results never depends on
/// scheduling, which is what makes `--jobs 1` and `--jobs N` write identical databases.
enum BatchComputer {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                      _ work: @Sendable (Item) -> Result) -> [Result] {
        if jobs <= 1 || items.count < 2 { return items.map(work) }
        let slots = Slots<Result>(count: items.count)
        let workers = min(jobs, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                slots.set(index, work(items[index]))
                index += workers
            }
        }
        return slots.values()
    }

    /// Result slots written by index from several threads (each index by one thread only).
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var items: [Value?]
        private let lock = NSLock()

        init(count: Int) { items = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            items[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return items.map { $0! }
        }
    }
}
