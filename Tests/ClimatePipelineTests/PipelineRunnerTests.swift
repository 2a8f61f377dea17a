import ClimatePipeline
import ClimateStore
import Foundation
import Testing

@Suite("Pipeline runner: incremental, deterministic, locked")
struct PipelineRunnerTests {
    @Test("a run stores documents, articles, tags and clusters, and lists every reject")
    func firstRun() throws {
        let fixture = try PipelineFixture()
        defer { fixture.remove() }
        let summary = try fixture.run()
        let counts = try fixture.store().rowCounts()
        #expect(counts["documents"] == 7)
        #expect(counts["articles"] == 7)
        #expect(counts["tags"] == 6)  // the Polish record has no lexicon
        #expect((counts["hits"] ?? 0) > 0)
        #expect(counts["clusters"] == 7)
        #expect(counts["outlets"] == 1)
        let stages = Set(summary.rejects.map(\.stage))
        #expect(stages == ["ingest", "tag"])
        #expect(summary.rejects.contains { $0.input.hasSuffix("news.jsonl#line=3") && $0.stage == "ingest" })
        let stored = try fixture.store().rejects(run: summary.runID)
        #expect(Set(stored.map(\.input)) == Set(summary.rejects.map(\.input)))
        #expect(try fixture.store().run(summary.runID)?.status == .succeeded)
    }

    @Test("a second run over unchanged inputs does no stage work and adds no rows")
    func secondRun() throws {
        let fixture = try PipelineFixture()
        defer { fixture.remove() }
        _ = try fixture.run()
        let before = try fixture.store().contentDigest()
        let counts = try fixture.store().rowCounts()
        let second = try fixture.run()
        #expect(try fixture.store().contentDigest() == before)
        #expect(second.filesRead == 0 && second.filesSkipped == 1)
        #expect(second.processed == 0 && second.written == 0)
        #expect(second.rejects.count == 2)  // carried over and still listed
        // A touched file is read again, but its documents are recognised as stored.
        let file = fixture.folder.appendingPathComponent("corpus/news.jsonl").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: file)
        let third = try fixture.run()
        #expect(third.filesRead == 1 && third.processed == 0 && third.skipped == 7)
        var after = try fixture.store().rowCounts()
        after["runs"] = counts["runs"]
        #expect(after == counts)  // re-read rejects update their last run only
    }

    @Test("--jobs 1 and --jobs 2 write identical databases")
    func determinism() throws {
        let fixture = try PipelineFixture(copies: 5)
        defer { fixture.remove() }
        _ = try fixture.run(jobs: 1)
        let reference = try fixture.store().contentDigest()
        let rows = try fixture.store().rowCounts()
        #expect(rows["articles"] == 31)  // 5 × 6 stories and the Polish record
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fixture.storePath + suffix) }
        _ = try fixture.run(jobs: 2)
        #expect(try fixture.store().contentDigest() == reference)
        #expect(try fixture.store().rowCounts() == rows)
    }

    @Test("a second writer is refused with a message naming the holder")
    func secondWriter() throws {
        let fixture = try PipelineFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: (fixture.storePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let lock = try WriterLock.acquire(forDatabaseAt: fixture.storePath)
        defer { lock.release() }
        do {
            _ = try fixture.run()
            Issue.record("the second writer was not refused")
        } catch {
            let message = error.localizedDescription
            #expect(message.contains("process \(getpid()) is already writing"))
            #expect(message.contains("--wait"))
        }
        let waiting = try fixture.config()
        #expect(throws: PipelineError.self) {
            _ = try PipelineRunner.run(config: waiting, options: RunOptions(wait: .upTo(seconds: 0.2)))
        }
    }

    @Test("retag with a second lexicon version keeps the first version's rows")
    func retag() throws {
        let fixture = try PipelineFixture()
        defer { fixture.remove() }
        _ = try fixture.run()
        let config = try fixture.config()
        let summary = try Retagger.retag(config: config, reference: "migration-frames@v2")
        #expect(summary.tagged == 6)
        #expect(summary.rejects.count == 1)
        let store = try fixture.store()
        let counts = try store.rowCounts()
        #expect(counts["tags"] == 12)
        let again = try Retagger.retag(config: config, reference: "migration-frames@v2")
        #expect(again.tagged == 0 && again.unchanged == 6)
        // The run with v1 still skips everything: its v1 tags are current.
        let rerun = try fixture.run()
        #expect(rerun.processed == 0)
    }
}
