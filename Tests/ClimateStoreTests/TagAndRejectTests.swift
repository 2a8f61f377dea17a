import ClimateCore
import ClimateStore
import Foundation
import Testing

@Suite("Tags, rejects, runs and clusters")
struct TagAndRejectTests {
    @Test("tags of two lexicon versions coexist; replacing one version leaves the other", arguments: StoreKind.allCases)
    func versionsCoexist(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run = try test.store.beginRun(command: "run")
        try test.store.save(Fixtures.unit("a1", run: run))  // v1 with 2 hits
        #expect(try test.store.insertTags(Fixtures.tagSet("a1", version: 2, run: run, hits: 3)) == .inserted)
        test.log.clear()
        #expect(try test.store.insertTags(Fixtures.tagSet("a1", version: 2, run: run, hits: 1)) == .updated)
        let deletes = test.log.writes.filter { $0.hasPrefix("DELETE") }
        // One statement, keyed by the version (SQLite's trace repeats it for each cascade to hits, tolls, testimonies).
        #expect(Set(deletes) == [#"DELETE FROM "tags" WHERE "article_id"=? AND "lexicon"=? AND "lexicon_version"=?"#], "\(deletes)")
        let sets = try test.store.tagSets(articleID: "a1")
        #expect(sets.map(\.tag.lexiconVersion) == [1, 2])
        #expect(sets.map(\.hits.count) == [2, 1])
        #expect(sets[0].tag.threat && !sets[1].tag.threat)
        #expect(sets[0].tolls.first?.value == 41 && sets[1].testimonies.first?.speakerStart == 10)
        #expect(try test.store.taggedLexiconHash(articleID: "a1", lexicon: "migration-frames", version: 2) == "hash-v2")
        #expect(try test.store.taggedLexiconHash(articleID: "a1", lexicon: "migration-frames", version: 3) == nil)
        let counts = try test.store.rowCounts()
        #expect(counts["tags"] == 2 && counts["hits"] == 3 && counts["tolls"] == 2 && counts["testimonies"] == 2)
    }

    @Test("rejects are recorded once per input and stage, with first and last run", arguments: StoreKind.allCases)
    func rejectsRecorded(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let reject = Reject(input: "feeds/broken.xml#entry=3", stage: "extract", reason: "no body text", fix: "check the page")
        let run1 = try test.store.beginRun(command: "run")
        #expect(try test.store.record(reject, run: run1) == .inserted)
        let run2 = try test.store.beginRun(command: "run")
        #expect(try test.store.record(reject, run: run2) == .updated)
        #expect(try test.store.record(reject, run: run2) == .unchanged)
        #expect(try test.store.rowCounts()["rejects"] == 1)
        let stored = try test.store.rejects(run: run2)
        #expect(stored.count == 1)
        #expect(stored.first?.firstRunID == run1 && stored.first?.lastRunID == run2)
        #expect(stored.first?.reject == reject)
        #expect(try test.store.rejects(run: run1).isEmpty)
    }

    @Test("runs record their manifest; a run left running is marked interrupted", arguments: StoreKind.allCases)
    func runManifest(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let started = Date(timeIntervalSince1970: 1_700_000_000)
        let crashed = try test.store.beginRun(command: "run --jobs 2", configHash: "abc", inputs: ["feeds/"], started: started)
        let next = try test.store.beginRun(command: "run", inputs: ["feeds/"])
        #expect(next == crashed + 1)
        try test.store.finishRun(next, status: .succeeded, counts: ["documents": 3, "articles": 2], timings: ["ingest": 0.5])
        let runs = try test.store.runs()
        #expect(runs.map(\.status) == [.interrupted, .succeeded])
        #expect(runs[0].configHash == "abc" && runs[0].inputs == ["feeds/"] && runs[0].toolVersion == ToolVersion.current)
        #expect(runs[1].counts == ["articles": 2, "documents": 3] && runs[1].timings == ["ingest": 0.5])
        #expect(runs[1].finished != nil)
        let countsJSON = try test.store.read { db in try String.fetchOne(db, sql: "SELECT counts FROM runs WHERE id = ?", arguments: [next]) }
        #expect(countsJSON == #"{"articles":2,"documents":3}"#, "JSON columns have sorted keys")
    }

    @Test("clusters are applied once; applying them again writes nothing", arguments: StoreKind.allCases)
    func clustersIdempotent(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run = try test.store.beginRun(command: "run")
        for id in ["a1", "a2", "a3"] { try test.store.save(Fixtures.unit(id, run: run)) }
        let clusters: [CorpusStore.ClusterAssignment] = [
            .init(id: "a1", representative: "a2", members: ["a1", "a2"]), .init(id: "a3", representative: "a3", members: ["a3"]),
        ]
        #expect(try test.store.applyClusters(clusters) == 3)
        test.log.clear()
        #expect(try test.store.applyClusters(clusters) == 0)
        #expect(test.log.writes.isEmpty, "\(test.log.writes)")
        #expect(try test.store.article("a2")?.clusterID == "a1")
        // A new clustering merges a3 into a1's cluster and drops the old a3 cluster.
        #expect(try test.store.applyClusters([.init(id: "a1", representative: "a2", members: ["a1", "a2", "a3"])]) == 1)
        let stored = try test.store.read { db in try ClusterRecord.fetchAll(db) }
        #expect(stored == [ClusterRecord(id: "a1", representativeArticleID: "a2", size: 3)])
        let keys = try test.store.dedupKeys()
        #expect(keys.map(\.articleID) == ["a1", "a2", "a3"] && keys[0].minhash == [1, 2, 3])
    }
}
