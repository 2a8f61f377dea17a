#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Progress on stderr: one self-overwriting line on a terminal, a plain line every few seconds
/// otherwise.
final class ProgressReporter {
    private let descriptor: Int32
    private let isTerminal: Bool
    private let interval: Double
    private var lastReport = Date()
    private var wroteTerminalLine = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
        interval = isTerminal ? 0.25 : 5
    }

    func update(_ counts: IngestCounts) {
        let now = Date()
        guard now.timeIntervalSince(lastReport) >= interval else { return }
        lastReport = now
        let line = "ingest: " + IngestSummary.line(counts)
        if isTerminal {
            Self.emit("\r\u{1B}[K" + line, to: descriptor)
            wroteTerminalLine = true
        } else {
            Self.emit(line + "\n", to: descriptor)
        }
    }

    /// Clears the terminal progress line before the summary.
    func finish() {
        if wroteTerminalLine { Self.emit("\r\u{1B}[K", to: descriptor) }
    }

    static func emit(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count <= 0 { if errno == EINTR { continue }; return }
                offset += count
            }
        }
    }
}
