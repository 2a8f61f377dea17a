import ClimateCore
import ClimateStore
import Foundation

/// Where a test store lives: the same test body runs against both (STYLE.md point 18).
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory, disk
    var description: String { rawValue }
}

/// Collects the SQL a store executes, so tests can assert on it.
final class SQLLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func append(_ sql: String) { lock.lock(); statements.append(sql); lock.unlock() }
    func clear() { lock.lock(); statements.removeAll(); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return statements }
    /// Statements that change data or schema.
    var writes: [String] {
        all.filter { sql in ["INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER"].contains { sql.uppercased().hasPrefix($0) } }
    }
}

/// A store plus its SQL log and (for disk) its temporary folder, removed on deinit.
final class TestStore {
    let store: CorpusStore
    let log = SQLLog()
    let folder: URL?

    init(_ kind: StoreKind) throws {
        let log = self.log
        let options = CorpusStore.Options(trace: { log.append($0) })
        switch kind {
        case .memory:
            folder = nil
            store = try CorpusStore.inMemory(options: options)
        case .disk:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            self.folder = folder
            store = try CorpusStore(path: folder.appendingPathComponent("corpus.sqlite").path, options: options)
        }
    }

    deinit { if let folder { try? FileManager.default.removeItem(at: folder) } }

    /// A temporary folder for tests that open stores themselves.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Small, fully specified records for store tests.
enum Fixtures {
    static let published = Date(timeIntervalSince1970: 1_691_539_200.25)

    static func outlet() -> OutletRecord {
        OutletRecord(id: StableID.make("example.com"), name: "Example News", domain: "example.com", country: "IT", language: "en")
    }

    static func document(_ id: String, run: Int64, body: String = "<p>Boat capsized off Lampedusa.</p>") throws -> DocumentRecord {
        let document = Document(
            id: id, kind: .htmlPage, source: "pages/\(id).html", url: "https://example.com/\(id)",
            title: "Title \(id)", published: published, publishedSource: .meta,
            fetched: Date(timeIntervalSince1970: 1_691_600_000.5), language: "en", html: body, encoding: "utf-8"
        )
        return try DocumentRecord(document: document, canonicalURL: "https://example.com/\(id)", outletID: outlet().id, run: run)
    }

    static func article(_ id: String, run: Int64, text: String = "Boat capsized off Lampedusa.") -> ArticleRecord {
        ArticleRecord(
            id: id, documentID: id, outletID: outlet().id, url: "https://example.com/\(id)",
            canonicalURL: "https://example.com/\(id)", title: "Title \(id)", text: text, published: published,
            publishedSource: "meta", language: "en", authors: ["A. Writer", "B. Editor"], method: "article-tag",
            tokenCount: 4, contentHash: SHA1.hex(Array(text.utf8)), minhash: Data([1, 2, 3]), firstRunID: run
        )
    }

    static func tagSet(_ articleID: String, version: Int, run: Int64, hits: Int = 2) -> CorpusStore.TagSet {
        let tag = TagRecord(
            articleID: articleID, lexicon: "migration-frames", lexiconVersion: version, lexiconHash: "hash-v\(version)",
            migrationRelevant: true, threat: version == 1, threatQuotedOnly: version == 1 ? false : nil, humanity: true,
            dominant: version == 1 ? "mixed" : "humanity", testimony: false, deaths: true,
            densityThreat: 1.5, densityHumanity: 2.25, taggedAtRun: run
        )
        let hitRows = (0..<hits).map { seq in
            HitRecord(articleID: articleID, lexicon: "migration-frames", lexiconVersion: version, seq: seq,
                      category: "humanity.victims", entry: "capsiz*", spanStart: 5 + seq, spanEnd: 13 + seq, sentence: 0)
        }
        let toll = TollRecord(articleID: articleID, lexicon: "migration-frames", lexiconVersion: version, seq: 0, value: 41,
                              hedge: "lower_bound", scope: "event", spanStart: 0, spanEnd: 11, evidenceStart: 0, evidenceEnd: 40)
        let testimony = TestimonyRecord(articleID: articleID, lexicon: "migration-frames", lexiconVersion: version, seq: 0,
                                        kind: "direct", quoted: true, spanStart: 20, spanEnd: 60, speakerStart: 10, speakerEnd: 18)
        return CorpusStore.TagSet(tag: tag, hits: hitRows, tolls: [toll], testimonies: [testimony])
    }

    static func unit(_ id: String, run: Int64) throws -> CorpusStore.WorkUnit {
        CorpusStore.WorkUnit(
            outlet: outlet(), document: try document(id, run: run), article: article(id, run: run),
            tags: [tagSet(id, version: 1, run: run)]
        )
    }
}
