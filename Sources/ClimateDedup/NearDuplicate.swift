/// The near-duplicate rule: when two texts count as copies of one story.
///
/// Two texts are near duplicates when both have at least ``minimumWords`` words and the
/// MinHash estimate of the Jaccard similarity of their word 3-shingle sets is at least
/// ``threshold`` (default 0.5). Candidate pairs come from locality-sensitive hashing: the 128
/// signature values are cut into ``bands`` bands of ``rowsPerBand`` rows, and texts sharing
/// any whole band are compared. With 32 × 4 a pair at Jaccard 0.5 becomes a candidate with
/// probability 0.87, at 0.6 0.99, at 0.7 > 0.999; a pair at 0.2 only 0.05 (and is then rejected by
/// the threshold). docs/STORE.md gives the measurements behind the defaults.
///
/// ## Topics
/// - ``standard``
/// - ``signature(of:)``
/// - ``isNearDuplicate(_:_:)``
/// - ``bandKeys(_:)``
public struct NearDuplicate: Sendable, Hashable {
    /// Minimum estimated Jaccard similarity of two shingle sets.
    public var threshold: Double
    /// Texts with fewer words get no signature and are never clustered with others.
    public var minimumWords: Int
    /// Words per shingle.
    public var shingleSize: Int
    /// LSH bands (`bands × rowsPerBand` must equal ``MinHashSignature/count``).
    public var bands: Int
    public var rowsPerBand: Int

    /// The documented defaults: Jaccard ≥ 0.5 over word 3-shingles, ≥ 25 words, 32 bands × 4 rows.
    public static let standard = NearDuplicate()

    public init(threshold: Double = 0.5, minimumWords: Int = 25, shingleSize: Int = 3, bands: Int = 32, rowsPerBand: Int = 4) {
        precondition(bands * rowsPerBand == MinHashSignature.count, "bands × rowsPerBand must be \(MinHashSignature.count)")
        self.threshold = threshold
        self.minimumWords = minimumWords
        self.shingleSize = shingleSize
        self.bands = bands
        self.rowsPerBand = rowsPerBand
    }

    /// The signature of `text`, or nil when it is too short to be compared.
    public func signature(of text: String) -> MinHashSignature? {
        let shingles = Shingles(text, size: shingleSize)
        guard shingles.wordCount >= minimumWords else { return nil }
        return MinHashSignature(shingles: shingles)
    }

    /// Whether two signatures are near duplicates under ``threshold``.
    public func isNearDuplicate(_ first: MinHashSignature, _ second: MinHashSignature) -> Bool {
        first.estimatedJaccard(second) >= threshold
    }

    /// One key per band: texts sharing a key are candidate pairs.
    public func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        (0..<bands).map { band in
            var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
            for row in 0..<rowsPerBand {
                hash = MinHashSignature.mix(hash ^ UInt64(signature.values[band * rowsPerBand + row]))
            }
            return hash
        }
    }
}
