import ClimateCore
import ClimateStore
import Foundation
import Testing

@Suite("Idempotent upserts")
struct UpsertTests {
    @Test("saving the same work unit twice adds no rows and writes nothing", arguments: StoreKind.allCases)
    func secondSaveIsNoOp(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run1 = try test.store.beginRun(command: "run")
        let first = try test.store.save(Fixtures.unit("a1", run: run1))
        #expect(first.document == .inserted && first.article == .inserted && first.tags == [.inserted])
        let counts = try test.store.rowCounts()
        let digest = try test.store.contentDigest()
        #expect(counts["documents"] == 1 && counts["articles"] == 1 && counts["tags"] == 1 && counts["hits"] == 2)

        let run2 = try test.store.beginRun(command: "run")
        test.log.clear()
        let second = try test.store.save(Fixtures.unit("a1", run: run2))
        #expect(second.document == .unchanged && second.article == .unchanged && second.tags == [.unchanged])
        #expect(test.log.writes.isEmpty, "unexpected writes: \(test.log.writes)")
        var after = try test.store.rowCounts()
        after["runs"] = counts["runs"]
        #expect(after == counts)
        #expect(try test.store.contentDigest() == digest)
        #expect(try test.store.article("a1")?.firstRunID == run1)
        #expect(try test.store.tagSets(articleID: "a1").first?.tag.taggedAtRun == run1)
    }

    @Test("a changed document is updated in place, keeping its first run", arguments: StoreKind.allCases)
    func changedDocumentUpdates(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run1 = try test.store.beginRun(command: "run")
        try test.store.upsert(outlet: Fixtures.outlet())
        #expect(try test.store.upsert(document: Fixtures.document("d1", run: run1)) == .inserted)
        let run2 = try test.store.beginRun(command: "run")
        var refetched = try Fixtures.document("d1", run: run2)
        refetched.fetched = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(try test.store.upsert(document: refetched) == .unchanged, "a new fetch time alone is no change")
        let edited = try Fixtures.document("d1", run: run2, body: "<p>Boat capsized off Lampedusa; 41 missing.</p>")
        test.log.clear()
        #expect(try test.store.upsert(document: edited) == .updated)
        #expect(test.log.writes.count == 1 && test.log.writes[0].hasPrefix("UPDATE \"documents\""))
        let stored = try #require(try test.store.document("d1"))
        #expect(stored.firstRunID == run1)
        #expect(stored.contentHash == edited.contentHash)
        #expect(try stored.rawBytes() == Array("<p>Boat capsized off Lampedusa; 41 missing.</p>".utf8))
        #expect(try test.store.rowCounts()["documents"] == 1)
    }

    @Test("a unit that fails part-way leaves nothing behind (one transaction)", arguments: StoreKind.allCases)
    func failedUnitRollsBack(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run = try test.store.beginRun(command: "run")
        var unit = try Fixtures.unit("a1", run: run)
        unit.tags = [Fixtures.tagSet("not-an-article", version: 1, run: run)]  // violates a foreign key
        #expect(throws: StoreError.self) { try test.store.save(unit) }
        let counts = try test.store.rowCounts()
        #expect(counts["outlets"] == 0 && counts["documents"] == 0 && counts["articles"] == 0 && counts["tags"] == 0)
        #expect(try test.store.save([Fixtures.unit("a1", run: run), Fixtures.unit("a2", run: run)]).count == 2)
        #expect(try test.store.rowCounts()["articles"] == 2)
    }

    @Test("raw bytes are stored compressed and come back intact")
    func rawRoundTrip() throws {
        let test = try TestStore(.memory)
        let run = try test.store.beginRun(command: "run")
        let html = "<html><body>" + String(repeating: "<p>Rescue ship reaches Lampedusa. Łódź, São Tomé.</p>", count: 200) + "</body></html>"
        try test.store.upsert(outlet: Fixtures.outlet())
        try test.store.upsert(document: try Fixtures.document("big", run: run, body: html))
        let stored = try #require(try test.store.document("big"))
        #expect(stored.raw.count < stored.rawSize / 4)
        #expect(try stored.rawBytes() == Array(html.utf8))
        #expect(try test.store.documentContentHash("big") == SHA1.hex(Array(html.utf8)))
    }

    @Test("an article update keeps its cluster and first run", arguments: StoreKind.allCases)
    func articleUpdateKeepsCluster(_ kind: StoreKind) throws {
        let test = try TestStore(kind)
        let run = try test.store.beginRun(command: "run")
        try test.store.save(Fixtures.unit("a1", run: run))
        try test.store.applyClusters([.init(id: "a1", representative: "a1", members: ["a1"])])
        var edited = Fixtures.article("a1", run: run + 1, text: "Boat capsized off Lampedusa; 41 missing.")
        edited.tokenCount = nil
        #expect(try test.store.upsert(article: edited) == .updated)
        let stored = try #require(try test.store.article("a1"))
        #expect(stored.clusterID == "a1" && stored.firstRunID == run && stored.tokenCount == 4)
        #expect(stored.text == edited.text)
    }

    @Test("rows written in different orders give identical contents (determinism)")
    func orderIndependentContents() throws {
        let ids = (1...6).map { "doc\($0)" }
        var digests: [String] = []
        for order in [ids, ids.reversed(), [ids[3], ids[0], ids[5], ids[1], ids[4], ids[2]]] {
            let test = try TestStore(.disk)
            let run = try test.store.beginRun(command: "run")
            for id in order { try test.store.save(Fixtures.unit(id, run: run)) }
            try test.store.record(Reject(input: "bad.html", stage: "extract", reason: "empty", fix: "check"), run: run)
            try test.store.finishRun(run, status: .succeeded, counts: ["documents": 6], timings: ["extract": Double(order.count)])
            digests.append(try test.store.contentDigest())
        }
        #expect(Set(digests).count == 1)
    }
}
