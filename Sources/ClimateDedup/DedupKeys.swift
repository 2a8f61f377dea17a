import ClimateCore

/// The dedup keys of one article text, computed once when the article is stored.
///
/// `contentHash` finds exact copies; `signature` (nil for texts under
/// ``NearDuplicate/minimumWords`` words) finds near copies. The store keeps both (the
/// signature as ``MinHashSignature/bytes``) so clustering never needs the text again.
///
/// ## Topics
/// - ``init(text:rule:)``
/// - ``articleID(canonicalURL:contentHash:)``
public struct DedupKeys: Sendable, Hashable {
    public var contentHash: String
    public var signature: MinHashSignature?

    /// The stable article id: `StableID` of the canonical URL, or of the content hash when the
    /// article has no URL (docs/ARCHITECTURE.md, "Article id").
    public static func articleID(canonicalURL: String?, contentHash: String) -> String {
        if let canonicalURL, !canonicalURL.isEmpty { return StableID.make(canonicalURL) }
        return StableID.make("content:" + contentHash)
    }

    /// The keys of `text` under `rule`.
    public init(text: String, rule: NearDuplicate = .standard) {
        contentHash = ContentHash.of(text)
        signature = rule.signature(of: text)
    }
}
