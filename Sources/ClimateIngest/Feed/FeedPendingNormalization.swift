/// An HTML value whose trimming, character repairs (`FeedConstructs.repairCharacters`) and
/// `FeedHTMLNormalizer` pass were left for later (another thread).
///
/// Only values that cannot reach their field's cap once processed are deferred, so deferring
/// never changes which fields `FeedCollector.enforce` truncates.
struct FeedPendingNormalization: Sendable, Equatable {
    /// The `xml:base` in force for the value.
    var base: String
    /// True for `text/html` (false for XHTML).
    var isHTML: Bool
    /// Whether the feed's source encoding was UTF-8 (for the character repairs).
    var sourceIsUTF8: Bool

    /// True when the processed form of `value` is surely shorter than `limit` bytes.
    ///
    /// Trimming only shortens; the character repairs make it at most 1.5× longer (a C1 control,
    /// two bytes, becomes a windows-1252 character of up to three). Normalising rewrites tags only:
    /// names are lower-cased (at most 1.5× longer), attribute values escaped (at most 6×) after URI
    /// attributes are resolved against `base` (at most `base` plus a few bytes longer), and a tag
    /// may gain a ` /` or an `xmlns` attribute (under 64 bytes); every tag and attribute takes at
    /// least two bytes. So the result is under `count × 1.5 × (3 × base + 88)`, which
    /// `count × (5 × base + 300)` bounds from above.
    static func surelyUnder(_ limit: Int, value: String, base: String) -> Bool {
        let count = value.utf8.count
        let factor = 5 * base.utf8.count + 300
        return count < limit / factor
    }
}

extension FeedText {
    /// Applies a deferred trimming, repair and normalisation, if any.
    mutating func normalizePending() {
        guard let pending = pendingNormalization else { return }
        let repaired = FeedConstructs.repairCharacters(value.trimmedSpace, sourceIsUTF8: pending.sourceIsUTF8)
        value = FeedHTMLNormalizer.normalize(repaired, base: pending.base, isHTML: pending.isHTML)
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
