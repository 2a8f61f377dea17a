/// Word shingles of a text, hashed: the set MinHash works on.
///
/// Words are maximal runs of letters and digits (Unicode properties; case folded per scalar
/// with the Unicode lower-case mapping), so punctuation, quotes and white space never matter.
/// A shingle is `size` consecutive words; each is hashed with 64-bit FNV-1a over the words'
/// UTF-8 bytes joined by a space.
///
/// ## Topics
/// - ``init(_:size:)``
/// - ``hashes``
/// - ``wordCount``
public struct Shingles: Sendable, Hashable {
    /// The distinct shingle hashes.
    public let hashes: Set<UInt64>
    /// How many words the text has.
    public let wordCount: Int

    /// The shingles of `text`, `size` words each (a text shorter than `size` words has none).
    public init(_ text: String, size: Int = 3) {
        let words = Self.words(text)
        wordCount = words.count
        var hashes = Set<UInt64>()
        if words.count >= size, size > 0 {
            hashes.reserveCapacity(words.count - size + 1)
            for start in 0...(words.count - size) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for index in start..<(start + size) {
                    if index > start { hash = Self.fnvStep(hash, 0x20) }
                    for byte in words[index].utf8 { hash = Self.fnvStep(hash, byte) }
                }
                hashes.insert(hash)
            }
        }
        self.hashes = hashes
    }

    /// Case-folded words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.changesWhenLowercased {
                    current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                } else {
                    current.append(scalar)
                }
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    @inline(__always)
    static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
