import Foundation

/// What one fetch gave: new bytes, "not modified", or a reason it failed.
public enum FetchResult: Sendable {
    /// 200: the body and the validators to send next time.
    case fetched(body: [UInt8], etag: String?, lastModified: String?)
    /// 304: the stored copy is current.
    case notModified
    /// Refused or failed, with the reason and the fix (becomes a `fetch` reject).
    case failed(reason: String, fix: String)
}

/// Validators from an earlier fetch, for a conditional GET.
public struct FetchValidators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}
