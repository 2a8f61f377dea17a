import ClimateDedup
import Foundation
import Testing

@Suite("Near duplicates and clusters")
struct NearDuplicateTests {
    let rule = NearDuplicate.standard

    private func signature(_ text: String) throws -> MinHashSignature {
        try #require(rule.signature(of: text))
    }

    @Test("wire copies with other headers and footers are near duplicates; another story on the same event is not")
    func thresholdSeparatesCopiesFromSameEventStories() throws {
        let copies = try [WireStoryFixtures.outletA, WireStoryFixtures.outletB, WireStoryFixtures.outletC].map(signature)
        let other = try signature(WireStoryFixtures.otherAgency)
        let unrelated = try signature(WireStoryFixtures.unrelated)
        for first in copies.indices {
            for second in copies.indices where second > first {
                let similarity = copies[first].estimatedJaccard(copies[second])
                print("copy \(first)–\(second): estimated Jaccard \(similarity)")
                #expect(similarity >= 0.7, "copies must clear the 0.5 threshold with a margin")
                #expect(rule.isNearDuplicate(copies[first], copies[second]))
            }
            let sameEvent = copies[first].estimatedJaccard(other)
            print("copy \(first)–other agency: estimated Jaccard \(sameEvent)")
            #expect(sameEvent <= 0.2, "same-event stories must stay far below the threshold")
            #expect(!rule.isNearDuplicate(copies[first], other))
            #expect(!rule.isNearDuplicate(copies[first], unrelated))
        }
    }

    @Test("a copy cut to its first four of five paragraphs still matches; one cut to two does not (documented limit)")
    func truncatedCopies() throws {
        let paragraphs = WireStoryFixtures.wireBody.components(separatedBy: "\n\n")
        let full = try signature(WireStoryFixtures.outletA)
        let four = try signature(paragraphs.prefix(4).joined(separator: "\n\n"))
        let two = try signature(paragraphs.prefix(2).joined(separator: "\n\n"))
        #expect(rule.isNearDuplicate(full, four))
        #expect(!rule.isNearDuplicate(full, two))
    }

    @Test("the estimate tracks the exact Jaccard similarity of the shingle sets")
    func estimateTracksExactJaccard() throws {
        let a = Shingles(WireStoryFixtures.outletA), b = Shingles(WireStoryFixtures.outletB)
        let exact = Double(a.hashes.intersection(b.hashes).count) / Double(a.hashes.union(b.hashes).count)
        let estimate = try #require(MinHashSignature(shingles: a)).estimatedJaccard(try #require(MinHashSignature(shingles: b)))
        print("outlet A–B: exact Jaccard \(exact), estimate \(estimate)")
        #expect(abs(exact - estimate) < 0.15)
    }

    @Test("three outlets form one cluster; the other agency and the unrelated story stay alone")
    func threeOutletsOneCluster() throws {
        let clusters = Clusterer().clusters(items())
        let byMember = Dictionary(uniqueKeysWithValues: clusters.flatMap { cluster in cluster.members.map { ($0, cluster) } })
        #expect(clusters.count == 3)
        let wire = try #require(byMember["c-outlet"])
        #expect(wire.members == ["a-outlet", "b-outlet", "c-outlet"])
        #expect(wire.id == "a-outlet", "the cluster id is the smallest member id")
        #expect(wire.representative == "b-outlet", "the representative is the earliest published")
        #expect(byMember["d-reuters"]?.members == ["d-reuters"])
        #expect(byMember["e-council"]?.members == ["e-council"])
    }

    @Test("clusters do not depend on input order")
    func orderIndependent() {
        let items = items()
        let reference = Clusterer().clusters(items)
        var generator = SplitMix(seed: 7)
        for _ in 0..<20 {
            #expect(Clusterer().clusters(items.shuffled(using: &generator)) == reference)
        }
        #expect(Clusterer().clusters(items + items) == reference, "repeated ids are merged")
    }

    @Test("exact copies cluster; texts shorter than the minimum never do")
    func exactAndShort() {
        let short = "Boat capsizes off Lampedusa, dozens feared dead."
        #expect(rule.signature(of: short) == nil)
        let items = [
            Clusterer.Item(id: "x", contentHash: ContentHash.of(short), signature: nil),
            Clusterer.Item(id: "y", contentHash: ContentHash.of(short), signature: nil),
        ]
        #expect(Clusterer().clusters(items).count == 2)
        let long = WireStoryFixtures.wireBody
        let copies = [long, long.uppercased()].enumerated().map { index, text in
            Clusterer.Item(id: "id\(index)", contentHash: ContentHash.of(text), signature: rule.signature(of: text))
        }
        #expect(Clusterer().clusters(copies).map(\.members) == [["id0", "id1"]])
    }

    @Test("dedup keys bundle the content hash and the signature")
    func dedupKeys() {
        let keys = DedupKeys(text: WireStoryFixtures.outletA)
        #expect(keys.contentHash == ContentHash.of(WireStoryFixtures.outletA))
        #expect(keys.signature == rule.signature(of: WireStoryFixtures.outletA))
        #expect(DedupKeys(text: "Too short to compare.").signature == nil)
        let byURL = DedupKeys.articleID(canonicalURL: "https://example.com/a", contentHash: keys.contentHash)
        #expect(byURL.count == 16 && byURL == DedupKeys.articleID(canonicalURL: "https://example.com/a", contentHash: "other"))
        #expect(DedupKeys.articleID(canonicalURL: nil, contentHash: keys.contentHash) != byURL)
        #expect(DedupKeys.articleID(canonicalURL: "", contentHash: "h") == DedupKeys.articleID(canonicalURL: nil, contentHash: "h"))
    }

    @Test("signature bytes round-trip and carry a format version")
    func signatureBytes() throws {
        let signature = try self.signature(WireStoryFixtures.outletA)
        let bytes = signature.bytes
        #expect(bytes.count == 513 && bytes[0] == MinHashSignature.formatVersion)
        #expect(MinHashSignature(bytes: bytes) == signature)
        #expect(MinHashSignature(bytes: [2] + bytes.dropFirst()) == nil)
        #expect(MinHashSignature(bytes: bytes.dropLast()) == nil)
    }

    @Test("words fold case per Unicode scalar and split on punctuation")
    func words() {
        #expect(Shingles.words("ŁÓDŹ: 41 dead—\"Sea-Watch\" said") == ["łódź", "41", "dead", "sea", "watch", "said"])
        #expect(Shingles("one two", size: 3).hashes.isEmpty)
        #expect(Shingles("one two three four", size: 3).hashes.count == 2)
    }

    private func items() -> [Clusterer.Item] {
        let day: TimeInterval = 86_400
        let texts: [(String, String, TimeInterval?)] = [
            ("c-outlet", WireStoryFixtures.outletC, 3 * day),
            ("a-outlet", WireStoryFixtures.outletA, 2 * day),
            ("b-outlet", WireStoryFixtures.outletB, 1 * day),
            ("d-reuters", WireStoryFixtures.otherAgency, 0),
            ("e-council", WireStoryFixtures.unrelated, nil),
        ]
        return texts.map { id, text, offset in
            Clusterer.Item(id: id, contentHash: ContentHash.of(text), signature: rule.signature(of: text),
                           published: offset.map { Date(timeIntervalSince1970: 1_691_539_200 + $0) })
        }
    }
}

/// A seeded generator, so shuffles are reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
