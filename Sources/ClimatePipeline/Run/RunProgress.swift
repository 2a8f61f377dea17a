import Foundation

/// Progress of a run on stderr: a bar with rate and ETA on a terminal, periodic lines otherwise.
public final class RunProgress: @unchecked Sendable {
    /// One progress report: files done of total, documents processed so far.
    public struct Event: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var documents: Int
        public var finished: Bool
    }

    private let isTTY: Bool
    private let interval: Double
    private let start = Date()
    private var last = Date.distantPast
    private let lock = NSLock()
    private let write: @Sendable (String) -> Void

    /// Progress to stderr; `interval` seconds between non-TTY lines.
    public init(isTTY: Bool = isatty(2) != 0, interval: Double? = nil,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.isTTY = isTTY
        self.interval = interval ?? (isTTY ? 0.1 : 5)
        self.write = write
    }

    /// Shows `event` (rate-limited; the finishing event always shows).
    public func report(_ event: Event) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard event.finished || now.timeIntervalSince(last) >= interval else { return }
        last = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(event.documents) / elapsed
        let fraction = event.filesTotal > 0 ? min(1, Double(event.filesDone) / Double(event.filesTotal)) : 1
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let figures = String(format: "%d/%d files, %d documents, %.0f docs/s, ETA %@", event.filesDone, event.filesTotal,
                             event.documents, rate, Self.clock(eta))
        if isTTY {
            let width = 30, filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(figures)\u{1B}[K" + (event.finished ? "\n" : ""))
        } else {
            write("progress: \(figures)\n")
        }
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
