import ClimateCore
import Foundation

/// The limits of live fetching (feed URLs and the pages they link to).
public struct FetchPolicy: Sendable {
    /// Sent with every request.
    public var userAgent = "mediaclimate/\(ToolVersion.current) (+https://github.com/mediaclimate; research crawler)"
    /// Seconds before a request is abandoned.
    public var timeout: Double = 20
    /// Bodies longer than this are rejected.
    public var maxBytes = 8 * 1024 * 1024
    /// Attempts after the first for network errors, 429 and 5xx answers.
    public var retries = 2
    /// Seconds before the first retry; doubled at each further one.
    public var backoff: Double = 1
    /// Minimum seconds between two requests to one host.
    public var hostInterval: Double = 1
    /// Redirects followed before giving up.
    public var maxRedirects = 5
    /// Honour robots.txt (`User-agent: *` and `mediaclimate` groups, `Disallow` prefixes).
    public var robots = true

    public init() {}
}
