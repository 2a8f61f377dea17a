import ClimatePipeline
import ClimateStore
import Foundation
import Testing

@Suite("run over feed URLs (loopback server)", .serialized)
struct FeedURLRunTests {
    static func page(_ title: String, _ story: String) -> [UInt8] {
        Array("<html lang=\"en\"><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(story)</p><p>\(story)</p></article></body></html>".utf8)
    }

    @Test("feed and linked pages are stored; the next run gets 304s and does no stage work")
    func pollTwice() throws {
        let stories = PipelineFixture.stories
        let server = try LoopbackServer { request in
            switch request.path {
            case "/robots.txt": return .init(status: 404)
            case "/feed.xml":
                if request.headers["if-none-match"] == "\"f1\"" { return .init(status: 304) }
                let base = "http://127.0.0.1:\(request.headers["host"]?.split(separator: ":").last ?? "80")"
                let items = (0..<2).map { "<item><title>Story \($0)</title><link>\(base)/story-\($0)</link><description>Teaser \($0)</description></item>" }
                return .init(status: 200, headers: ["ETag": "\"f1\"", "Content-Type": "application/rss+xml"],
                             body: Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>\(base)/</link>\(items.joined())</channel></rss>".utf8))
            case "/story-0": return .init(status: 200, headers: ["ETag": "\"p0\""], body: Self.page("Story 0", stories[0]))
            case "/story-1": return .init(status: 200, body: Self.page("Story 1", stories[1]))
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let fixture = try PipelineFixture()
        defer { fixture.remove() }
        var config = try fixture.config()
        config.inputs = PipelineConfig.Inputs()
        config.inputs.feedURLs = [server.url("/feed.xml")]
        var options = RunOptions(jobs: 2)
        options.fetchPolicy.hostInterval = 0.01
        let first = try PipelineRunner.run(config: config, options: options)
        #expect(first.rejects.isEmpty, "\(first.rejects)")
        let counts = try fixture.store().rowCounts()
        #expect(counts["documents"] == 2 && counts["articles"] == 2)  // the pages supersede their entries (same URL)
        #expect(counts["tags"] == 2)
        let second = try PipelineRunner.run(config: config, options: options)
        #expect(second.processed == 0 && second.documents == 0)
        #expect(server.requests.filter { $0.path == "/feed.xml" }.count == 2)
        var after = try fixture.store().rowCounts()
        after["runs"] = counts["runs"]
        #expect(after == counts)
    }
}
