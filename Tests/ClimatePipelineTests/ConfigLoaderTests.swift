import ClimatePipeline
import Foundation
import Testing

@Suite("mediaclimate.yml: defaults, paths, errors with file:line")
struct ConfigLoaderTests {
    @Test("defaults: version 1, embedded store under the config's folder, paths relative to the config")
    func defaults() throws {
        let config = try ConfigLoader.parse("inputs:\n  pages: [pages/]\n  feed_urls: [https://example.org/feed.xml]\n",
                                            file: "x.yml", folder: "/data/project")
        #expect(config.version == 1)
        #expect(config.store == "/data/project/.mediaclimate/store.sqlite")
        #expect(config.inputs.pages == ["/data/project/pages/"])
        #expect(config.inputs.feedURLs == ["https://example.org/feed.xml"])
        #expect(config.lexicons == ["migration-frames@v1"])
    }

    @Test("errors name the line, the problem and the fix", arguments: [
        ("version: 1\nstore: a.sqlite\ninptus:\n  pages: [p]\n", 3, "unknown key 'inptus'"),
        ("version: 2\n", 1, "newer than this mediaclimate reads"),
        ("outlets:\n  - id: a\n    country: Britain\n", 3, "not an ISO 3166-1"),
        ("lexicons: [migration-frames]\n", 1, "not a reference"),
        ("inputs:\n  feed_urls:\n    - ftp://x/feed\n", 3, "is not http(s)"),
        ("inputs: [a, b\n", 2, "YAML syntax"),
    ])
    func errors(text: String, line: Int, problem: String) {
        do {
            _ = try ConfigLoader.parse(text, file: "m.yml", folder: "/tmp")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.line == line, "\(error.errorDescription ?? "")")
            #expect(error.problem.contains(problem))
            #expect(error.errorDescription?.hasPrefix("m.yml:\(line): ") == true)
            #expect(!error.fix.isEmpty)
        }
    }

    @Test("the demo corpus's config is valid")
    func demo() throws {
        let path = PipelineFixture.packageRoot.appendingPathComponent("corpora/demo/mediaclimate.yml").path
        guard FileManager.default.fileExists(atPath: path) else { print("SKIPPED: demo corpus absent"); return }
        let config = try ConfigLoader.load(path: path)
        #expect(config.outlets.count == 6)
        #expect(config.inputs.dumps.count == 1)
        #expect(config.report.weekStart == "monday")
        #expect(config.hash?.count == 40)
    }
}
