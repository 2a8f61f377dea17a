#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClimateCore
import Foundation

/// `mediaclimate ingest` as a library call: documents as JSONL on stdout, progress and the summary
/// on stderr, and the exit code.
public enum IngestRun {
    /// Runs the ingest of `paths`; returns the process exit code (0, or 1 on a fatal error or on
    /// rejections when `strict`).
    public static func run(paths: [String], options: IngestOptions, strict: Bool,
                           output: OutputBuffer = OutputBuffer(), logDescriptor: Int32 = 2) -> Int32 {
        let progress = ProgressReporter(descriptor: logDescriptor)
        let summary = Ingestor.ingest(paths: paths, options: options, progress: { progress.update($0) }, output: output)
        var fatal = summary.fatalError
        do {
            try output.flush()
        } catch {
            fatal = fatal ?? error.description
        }
        progress.finish()
        var report = summary.report
        if let fatal, summary.fatalError == nil { report += "\ningest stopped: " + fatal }
        if strict && summary.totals.rejected > 0 {
            report += "\ningest: --strict: \(summary.totals.rejected) rejection(s), exit code 1"
        }
        ProgressReporter.emit(report + "\n", to: logDescriptor)
        if fatal != nil { return 1 }
        return strict && summary.totals.rejected > 0 ? 1 : 0
    }
}
