import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A polite HTTP client for feed URLs and article pages, on URLSession (FoundationNetworking).
///
/// Per request: robots.txt of the host is read once and honoured; requests to one host are spaced
/// by ``FetchPolicy/hostInterval`` (one request at a time per fetcher, so at most one per host in
/// flight); conditional GET with the stored validators (304 → ``FetchResult/notModified``); a
/// timeout; bodies over ``FetchPolicy/maxBytes`` (declared or received) are rejected; network
/// errors, 429 and 5xx are retried ``FetchPolicy/retries`` times with doubling backoff, then
/// reported; at most ``FetchPolicy/maxRedirects`` redirects are followed.
public final class HTTPFetcher: @unchecked Sendable {
    public let policy: FetchPolicy
    private let session: URLSession
    private let lock = NSLock()
    private var lastRequest: [String: Date] = [:]
    private var robots: [String: RobotsRules] = [:]
    /// When each request was sent, by URL (for tests of the rate limit).
    public private(set) var requestLog: [(url: String, at: Date)] = []

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = policy.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: RedirectLimiter(limit: policy.maxRedirects), delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// GETs `url`, conditionally when `validators` are given.
    public func fetch(_ url: String, validators: FetchValidators = FetchValidators()) -> FetchResult {
        guard let parsed = URL(string: url), let host = parsed.host, ["http", "https"].contains(parsed.scheme?.lowercased() ?? "") else {
            return .failed(reason: "not an http(s) URL", fix: "write the full URL, e.g. https://example.org/feed.xml")
        }
        if policy.robots, !rules(for: parsed).allows(Self.pathAndQuery(parsed)) {
            return .failed(reason: "robots.txt of \(host) disallows this URL for mediaclimate", fix: "ask the site for access, or remove the URL")
        }
        var request = URLRequest(url: parsed, timeoutInterval: policy.timeout)
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = validators.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }
        var delay = policy.backoff
        var last = FetchResult.failed(reason: "not fetched", fix: "retry later")
        for attempt in 0...policy.retries {
            if attempt > 0 { Thread.sleep(forTimeInterval: delay); delay *= 2 }
            let (data, response, error) = perform(request, host: host)
            if let error {
                last = .failed(reason: "network error: \(error.localizedDescription)", fix: "check the URL and the connection; the next run retries")
                continue
            }
            guard let http = response as? HTTPURLResponse else { continue }
            switch http.statusCode {
            case 304:
                return .notModified
            case 200..<300:
                let declared = Int(http.value(forHTTPHeaderField: "Content-Length") ?? "") ?? 0
                guard declared <= policy.maxBytes, (data?.count ?? 0) <= policy.maxBytes else {
                    return .failed(reason: "body larger than \(policy.maxBytes) bytes", fix: "raise the limit (max_document_mb) if the page is genuine")
                }
                return .fetched(body: [UInt8](data ?? Data()), etag: http.value(forHTTPHeaderField: "ETag"),
                                lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
            case 300..<400:
                return .failed(reason: "more than \(policy.maxRedirects) redirects (HTTP \(http.statusCode))", fix: "use the final URL")
            case 429, 500..<600:
                last = .failed(reason: "HTTP \(http.statusCode) after \(policy.retries + 1) attempts", fix: "the server is failing; the next run retries")
            default:
                return .failed(reason: "HTTP \(http.statusCode)", fix: "check the URL")
            }
        }
        return last
    }

    /// Sends one request after the host's interval, and waits for the answer.
    private func perform(_ request: URLRequest, host: String) -> (Data?, URLResponse?, (any Error)?) {
        lock.lock()
        if let previous = lastRequest[host] {
            let wait = policy.hostInterval - Date().timeIntervalSince(previous)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
        lastRequest[host] = Date()
        requestLog.append((request.url?.absoluteString ?? "", Date()))
        lock.unlock()
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.set(data, response, error)
            done.signal()
        }.resume()
        done.wait()
        return box.get()
    }

    private func rules(for url: URL) -> RobotsRules {
        let key = "\(url.scheme ?? "https")://\(url.host ?? "")\(url.port.map { ":\($0)" } ?? "")"
        lock.lock()
        if let cached = robots[key] { lock.unlock(); return cached }
        lock.unlock()
        var rules = RobotsRules(text: "")
        if let robotsURL = URL(string: key + "/robots.txt") {
            var request = URLRequest(url: robotsURL, timeoutInterval: policy.timeout)
            request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
            let (data, response, _) = perform(request, host: url.host ?? "")
            if let http = response as? HTTPURLResponse, http.statusCode == 200, let data {
                rules = RobotsRules(text: String(decoding: data.prefix(512 * 1024), as: UTF8.self))
            }
        }
        lock.lock()
        robots[key] = rules
        lock.unlock()
        return rules
    }

    static func pathAndQuery(_ url: URL) -> String {
        let path = url.path.isEmpty ? "/" : url.path
        return url.query.map { "\(path)?\($0)" } ?? path
    }
}

/// Holds a response across the completion handler's thread.
private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, URLResponse?, (any Error)?) = (nil, nil, nil)
    func set(_ data: Data?, _ response: URLResponse?, _ error: (any Error)?) { lock.lock(); value = (data, response, error); lock.unlock() }
    func get() -> (Data?, URLResponse?, (any Error)?) { lock.lock(); defer { lock.unlock() }; return value }
}

/// Follows at most `limit` redirects per task.
private final class RedirectLimiter: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var counts: [Int: Int] = [:]

    init(limit: Int) { self.limit = limit }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        lock.lock()
        counts[task.taskIdentifier, default: 0] += 1
        let count = counts[task.taskIdentifier] ?? 0
        lock.unlock()
        completionHandler(count <= limit ? request : nil)
    }
}
