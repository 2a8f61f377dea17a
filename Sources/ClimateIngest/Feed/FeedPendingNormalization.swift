/// An HTML value whose `FeedHTMLNormalizer` pass was left for later (another thread).
///
/// Only values that cannot reach their field's cap once normalised are deferred, so deferring
/// never changes which fields `FeedCollector.enforce` truncates.
struct FeedPendingNormalization: Sendable, Equatable {
    /// The `xml:base` in force for the value.
    var base: String
    /// True for `text/html` (false for XHTML).
    var isHTML: Bool

    /// True when the normalised form of `value` is surely shorter than `limit` bytes.
    ///
    /// Normalising rewrites tags only: names are lower-cased (at most 1.5× longer), attribute
    /// values escaped (at most 6×) after URI attributes are resolved against `base` (at most
    /// `base` plus a few bytes longer), and a tag may gain a ` /` or an `xmlns` attribute (under
    /// 64 bytes). Every tag and attribute takes at least two bytes of `value`, so
    /// `count × (3 × base + 200)` bounds the result from above.
    static func surelyUnder(_ limit: Int, value: String, base: String) -> Bool {
        let count = value.utf8.count
        let factor = 3 * base.utf8.count + 200
        return count < limit / factor
    }
}

extension FeedText {
    /// Applies a deferred normalisation, if any.
    mutating func normalizePending() {
        guard let pending = pendingNormalization else { return }
        value = FeedHTMLNormalizer.normalize(value, base: pending.base, isHTML: pending.isHTML)
        pendingNormalization = nil
    }
}

extension FeedEntry {
    /// Applies every deferred normalisation of the entry's text constructs.
    mutating func normalizePending() {
        titleDetail?.normalizePending()
        summaryDetail?.normalizePending()
        rightsDetail?.normalizePending()
        for index in content.indices { content[index].normalizePending() }
    }
}
