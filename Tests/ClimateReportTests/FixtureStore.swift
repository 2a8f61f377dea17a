import ClimateCore
import ClimateIndices
import ClimateReport
import ClimateStore
import Foundation
import GRDB

/// A small, fully determined store for golden tests: 3 outlets, 2 languages, 56 weeks ending
/// 2024-W20, a rise of the threat share 20 weeks before the report week, tolls, testimonies,
/// one duplicate cluster, rejects, an undated article and a non-article page.
final class FixtureStore {
    let folder: URL
    let path: String
    let milestonesPath: String
    static let reportWeek = ISOWeek(year: 2024, month: 5, day: 13)
    static let weeks = 56

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("store.sqlite").path
        milestonesPath = folder.appendingPathComponent("milestones.csv").path
        try Data(Self.milestones.utf8).write(to: URL(fileURLWithPath: milestonesPath))
        let store = try CorpusStore(path: path)
        try store.write { db in try Self.fill(db) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let milestones = """
    id,date,date_precision,country,route_pathway,kind,description,source_url,verified,verification_note
    T01,2023-12-20,day,EU,,policy decision,"Pact agreement, provisional",https://example.org/pact,yes,
    T02,2024-05-14,day,NL,,election,Election with a <tag> & an ampersand,,partial,announced only
    T03,2022-01-10,day,IT,,other,Outside the timeline,,no,
    T04,2024-06-03,day,ES,,media shock,Upcoming event,,yes,

    """

    static func fill(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO runs (id, started, finished, command, tool_version, inputs, counts, timings, status) VALUES
            (1, '2023-04-01 10:00:00.000', '2023-04-01 10:05:00.000', 'run', '0.1.0', '[]', '{}', '{}', 'succeeded'),
            (2, '2024-05-15 10:00:00.000', '2024-05-15 10:05:00.000', 'run', '0.1.0', '[]', '{}', '{}', 'succeeded');
            INSERT INTO outlets (id, name, domain, country, language) VALUES
            ('o1', 'Il Faro', 'ilfaro.example', 'IT', 'it'),
            ('o2', 'Daily Ledger', 'ledger.example', 'GB', 'en'),
            ('o3', 'Wire Post', 'wirepost.example', 'GB', 'en');
            INSERT INTO rejects (input, stage, reason, fix, first_run_id, last_run_id) VALUES
            ('feeds/broken.xml', 'ingest', 'not XML', 'fix the feed', 1, 2),
            ('pages/empty.html', 'extract', 'no body text', 'check the page', 2, 2),
            ('pages/old.html', 'extract', 'no body text', 'check the page', 1, 1);
            INSERT INTO clusters (id, representative_article_id, size) VALUES ('a-dup-0', 'a-dup-0', 2);
            """)
        let first = ISOWeek(daysSinceEpoch: reportWeek.mondayDay - 7 * (weeks - 1))
        for w in 0..<weeks {
            let week = ISOWeek(daysSinceEpoch: first.mondayDay + 7 * w)
            for k in 0..<3 {
                let count = 5 + (w * 7 + k * 3) % 4
                for j in 0..<count {
                    try insertArticle(db, week: week, w: w, k: k, j: j)
                }
            }
        }
        // A copy of o2's first article of the report week published by o3 (same cluster, later).
        let w = weeks - 1
        try insertArticle(db, week: reportWeek, w: w, k: 1, j: 0, id: "a-dup-0", cluster: "a-dup-0")
        try insertArticle(db, week: reportWeek, w: w, k: 2, j: 0, id: "a-dup-1", cluster: "a-dup-0", hour: 12)
        try db.execute(sql: """
            INSERT INTO documents (id, kind, source, content_hash, raw, raw_size, first_run_id) VALUES
            ('d-undated', 'html_page', 'pages/undated.html', 'h', X'00', 1, 1), ('d-index', 'html_page', 'pages/index.html', 'h', X'00', 1, 1);
            INSERT INTO articles (id, document_id, outlet_id, text, published, authors, is_article, method, content_hash, first_run_id)
            VALUES ('a-undated', 'd-undated', 'o1', 'No date.', NULL, '[]', 1, 'article-tag', 'h1', 1),
                   ('a-index', 'd-index', 'o1', 'Section page.', '2024-05-14 09:00:00.000', '[]', 0, 'index', 'h2', 1);
            """)
    }

    /// Inserts one article with its document, tag row and evidence.
    static func insertArticle(_ db: Database, week: ISOWeek, w: Int, k: Int, j: Int, id explicit: String? = nil,
                              cluster: String? = nil, hour: Int = 8) throws {
        let id = explicit ?? String(format: "a%02d-%d-%d", w, k, j)
        let outlet = "o\(k + 1)", language = k == 0 ? "it" : "en"
        let migration = (w + j + k) % 3 != 0 || explicit != nil
        let threat = migration && (w < 36 ? j % 3 == 0 : j % 3 != 2)
        let humanity = migration && (j + w) % 2 == 0
        let testimony = migration && j == 1 && w % 5 == 0
        let deaths = migration && j == 0 && w % 7 == 3
        let toll = 10 + w
        let text = "À Lampedusa officials warned of an invasion at the border in week \(w). Volunteers welcomed the families. "
            + "\"We fled the war,\" said Amal, a mother of two. At least \(toll) people died.\n\nMore text follows here."
        let tokens = 300 + 10 * j
        let threatHits = threat ? 1 + j % 3 : 0, humanityHits = humanity ? 1 + (j + 1) % 3 : 0
        let published = ReportStore_dayString(week.mondayDay + j % 7) + String(format: " %02d:%02d:00.000", hour, j)
        try db.execute(sql: """
            INSERT INTO documents (id, url, outlet_id, kind, source, content_hash, raw, raw_size, first_run_id)
            VALUES (?, ?, ?, 'html_page', ?, ?, X'00', 1, 1)
            """, arguments: ["d-" + id, "https://\(outlet).example/\(id)", outlet, "pages/\(id).html", "c-" + id])
        try db.execute(sql: """
            INSERT INTO articles (id, document_id, outlet_id, url, canonical_url, title, text, published, published_source, language,
                                  authors, is_article, method, token_count, content_hash, cluster_id, first_run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'meta', ?, '[]', 1, 'article-tag', ?, ?, ?, 1)
            """, arguments: [id, "d-" + id, outlet, "https://\(outlet).example/\(id)", "https://\(outlet).example/\(id)",
                             "Story \(id)", text, published, language, tokens, "c-" + id, cluster])
        try db.execute(sql: """
            INSERT INTO tags (article_id, lexicon, lexicon_version, lexicon_hash, migration_relevant, threat, threat_quoted_only, humanity,
                              dominant, testimony, testimony_kind, deaths, density_threat, density_humanity, tagged_at_run)
            VALUES (?, 'migration-frames', 2, 'abc123def4567890', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """, arguments: [id, migration, threat, threat ? false : nil, humanity,
                             threat && humanity ? "mixed" : threat ? "threat" : humanity ? "humanity" : "neutral",
                             testimony, testimony ? "direct" : nil, deaths,
                             1000 * Double(threatHits) / Double(tokens), 1000 * Double(humanityHits) / Double(tokens)])
        var seq = 0
        func hit(_ category: String, _ entry: String, _ word: String, negated: Bool = false) throws {
            let (start, end) = span(text, word)
            try db.execute(sql: """
                INSERT INTO hits (article_id, lexicon, lexicon_version, seq, category, entry, span_start, span_end, sentence, negated, in_quote, context_held)
                VALUES (?, 'migration-frames', 2, ?, ?, ?, ?, ?, 0, ?, 0, 1)
                """, arguments: [id, seq, category, entry, start, end, negated])
            seq += 1
        }
        if threat {
            try hit("threat.invasion", "border", "border", negated: true)
            try hit("threat.invasion", "invasion", "invasion")
        }
        if humanity { try hit("humanity.solidarity", "welcom*", "welcomed") }
        if deaths {
            let (start, end) = span(text, "At least \(toll)")
            let (sentenceStart, sentenceEnd) = span(text, "At least \(toll) people died.")
            try db.execute(sql: """
                INSERT INTO tolls (article_id, lexicon, lexicon_version, seq, value, hedge, scope, span_start, span_end, evidence_start, evidence_end)
                VALUES (?, 'migration-frames', 2, 0, ?, 'lower_bound', 'event', ?, ?, ?, ?)
                """, arguments: [id, toll, start, end, sentenceStart, sentenceEnd])
        }
        if testimony {
            let (start, end) = span(text, "\"We fled the war,\" said Amal")
            let (speakerStart, speakerEnd) = span(text, "Amal")
            try db.execute(sql: """
                INSERT INTO testimonies (article_id, lexicon, lexicon_version, seq, kind, quoted, span_start, span_end, speaker_start, speaker_end)
                VALUES (?, 'migration-frames', 2, 0, 'direct', 1, ?, ?, ?, ?)
                """, arguments: [id, start, end, speakerStart, speakerEnd])
        }
    }

    /// UTF-8 byte span of the first occurrence of `word`.
    static func span(_ text: String, _ word: String) -> (Int, Int) {
        guard let range = text.range(of: word) else { return (0, 0) }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return (start, start + word.utf8.count)
    }
}

/// `YYYY-MM-DD` of a day number.
func ReportStore_dayString(_ day: Int) -> String {
    String(UTCFormat.string(Date(timeIntervalSince1970: Double(day) * 86_400)).prefix(10))
}
