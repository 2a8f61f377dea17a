import ClimatePipeline
import Foundation
import Testing

@Suite("HTTP fetching against a loopback server", .serialized)
struct HTTPFetcherTests {
    static func policy() -> FetchPolicy {
        var policy = FetchPolicy()
        policy.hostInterval = 0.2
        policy.backoff = 0.05
        policy.retries = 2
        policy.maxBytes = 1000
        policy.timeout = 5
        return policy
    }

    static func server() throws -> LoopbackServer {
        try LoopbackServer { request in
            switch request.path {
            case "/robots.txt": return .init(status: 200, body: Array("User-agent: *\nDisallow: /private\n".utf8))
            case "/feed.xml":
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(status: 200, headers: ["ETag": "\"v1\"", "Last-Modified": "Sun, 01 Nov 2026 10:00:00 GMT"],
                             body: Array("<rss/>".utf8))
            case "/big": return .init(status: 200, body: [UInt8](repeating: 65, count: 5000))
            case "/broken": return .init(status: 503)
            default: return .init(status: 200, body: Array("ok".utf8))
            }
        }
    }

    @Test("conditional GET: the stored validators give 304 Not Modified")
    func notModified() throws {
        let server = try Self.server()
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.policy())
        guard case let .fetched(body, etag, modified) = fetcher.fetch(server.url("/feed.xml")) else { Issue.record("not fetched"); return }
        #expect(body == Array("<rss/>".utf8))
        #expect(etag == "\"v1\"" && modified != nil)
        guard case .notModified = fetcher.fetch(server.url("/feed.xml"), validators: FetchValidators(etag: etag, lastModified: modified)) else {
            Issue.record("no 304"); return
        }
        #expect(server.requests.last?.headers["user-agent"]?.hasPrefix("mediaclimate/") == true)
    }

    @Test("requests to one host are spaced by the host interval")
    func rateLimit() throws {
        let server = try Self.server()
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.policy())
        for index in 0..<4 { _ = fetcher.fetch(server.url("/page\(index)")) }
        let times = server.requests.map(\.at)
        #expect(times.count == 5)  // robots.txt and four pages
        for (earlier, later) in zip(times, times.dropFirst()) { #expect(later.timeIntervalSince(earlier) >= 0.18) }
    }

    @Test("an oversize body is rejected; robots.txt disallow is respected; server errors are retried then reported")
    func refusals() throws {
        let server = try Self.server()
        defer { server.stop() }
        let fetcher = HTTPFetcher(policy: Self.policy())
        guard case let .failed(reason, _) = fetcher.fetch(server.url("/big")) else { Issue.record("oversize accepted"); return }
        #expect(reason.contains("larger than 1000 bytes"))
        guard case let .failed(robots, _) = fetcher.fetch(server.url("/private/story")) else { Issue.record("robots ignored"); return }
        #expect(robots.contains("robots.txt"))
        #expect(!server.requests.contains { $0.path.hasPrefix("/private") })
        guard case let .failed(failure, _) = fetcher.fetch(server.url("/broken")) else { Issue.record("503 accepted"); return }
        #expect(failure.contains("HTTP 503 after 3 attempts"))
        // Three attempts; on a loaded machine URLSession may lose one on a connection the server
        // had closed (a network error, retried like a 503), so at least two reach the server.
        let attempts = server.requests.filter { $0.path == "/broken" }.count
        #expect((2...3).contains(attempts))
    }
}
