import ClimatePipeline
import ClimateStore
import Foundation

/// A temporary corpus, lexicon root (migration-frames v1 and a v2 copy) and config for runner tests.
struct PipelineFixture {
    let folder: URL
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    var configPath: String { folder.appendingPathComponent("mediaclimate.yml").path }
    var storePath: String { folder.appendingPathComponent(".mediaclimate/store.sqlite").path }

    static let stories = [
        "Rescuers said 40 migrants drowned when their boat capsized off Lampedusa. \"We lost everything,\" said Amina, a mother of two who survived the crossing. Aid groups called for safe routes and dignity for asylum seekers.",
        "The minister warned of an invasion of illegal migrants and said the border must be closed to stop the flood of arrivals. Critics said the language dehumanises refugees.",
        "The council approved a new budget for road repairs and school buildings on Tuesday. The mayor said work would start in spring.",
        "Volunteers welcomed refugee families at the station, offering food, shelter and legal advice to asylum seekers who had travelled for weeks.",
        "Police detained a smuggling gang that charged migrants thousands of euros for places on overcrowded dinghies across the Channel, officials said.",
        "The football club won the derby 2-0 in front of a sold-out crowd; the coach praised his defence after the match.",
    ]

    /// A fixture with `copies` copies of the stories (distinct URLs), a bad line and a Polish record.
    init(copies: Int = 1, lexicons: [String] = ["migration-frames@v1"]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-pipeline-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        let source = Self.packageRoot.appendingPathComponent("lexicons/migration-frames/v1/en.yml")
        let english = try String(contentsOf: source, encoding: .utf8)
        for version in [1, 2] {
            let target = folder.appendingPathComponent("lexicons/migration-frames/v\(version)")
            try manager.createDirectory(at: target, withIntermediateDirectories: true)
            try english.replacingOccurrences(of: "\nversion: 1\n", with: "\nversion: \(version)\n")
                .write(to: target.appendingPathComponent("en.yml"), atomically: true, encoding: .utf8)
        }
        var lines: [String] = []
        for copy in 0..<copies {
            for (index, story) in Self.stories.enumerated() {
                lines.append(#"{"url": "https://news.example/\#(copy)/story-\#(index)", "title": "Story \#(index)", "#
                    + #""published": "2024-03-0\#(index + 1)T10:00:00Z", "language": "en", "text": "\#(story.replacingOccurrences(of: "\"", with: "\\\""))"}"#)
            }
        }
        lines.insert(#"{"url": "https://news.example/broken", "text": "unterminated"#, at: 2)
        lines.append(#"{"url": "https://news.example/pl", "language": "pl", "text": "Rada miasta zatwierdziła nowy budżet na remonty dróg i szkół we wtorek. Prace ruszą wiosną, powiedział burmistrz."}"#)
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("corpus/news.jsonl"), atomically: true, encoding: .utf8)
        let config = """
        version: 1
        inputs:
          dumps: [corpus/]
        outlets:
          - id: news
            name: News Example
            domain: news.example
            country: GB
            language: en
        lexicons: [\(lexicons.joined(separator: ", "))]
        lexicon_root: lexicons

        """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    func config() throws -> PipelineConfig { try ConfigLoader.load(path: configPath) }

    func run(jobs: Int = 1) throws -> RunSummary {
        try PipelineRunner.run(config: try config(), options: RunOptions(jobs: jobs, batchPerJob: 2))
    }

    func store() throws -> CorpusStore { try CorpusStore(path: storePath) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
