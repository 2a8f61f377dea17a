import ClimateStore

/// How `mediaclimate run` runs: parallelism, strictness, waiting for the writer lock, progress.
public struct RunOptions: Sendable {
    /// Worker threads for extraction and tagging (writes stay in input order).
    public var jobs: Int
    /// Rejections make the run fail (exit 1).
    public var strict: Bool
    /// What to do when another run holds the store's writer lock.
    public var wait: WriterLock.Wait
    /// Documents computed per batch per job before the batch is written.
    public var batchPerJob: Int
    /// Receives progress (stderr in the CLI); nil for none.
    public var progress: (@Sendable (RunProgress.Event) -> Void)?
    /// The command line, recorded in the run's manifest.
    public var command: String
    /// Limits of feed-URL polling.
    public var fetchPolicy = FetchPolicy()

    public init(jobs: Int = 1, strict: Bool = false, wait: WriterLock.Wait = .no, batchPerJob: Int = 32,
                progress: (@Sendable (RunProgress.Event) -> Void)? = nil, command: String = "run") {
        self.jobs = max(1, jobs)
        self.strict = strict
        self.wait = wait
        self.batchPerJob = max(1, batchPerJob)
        self.progress = progress
        self.command = command
    }
}
