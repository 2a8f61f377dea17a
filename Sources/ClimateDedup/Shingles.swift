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
        let words = FoldedWords(text)
        wordCount = words.count
        var hashes = Set<UInt64>()
        if words.count >= size, size > 0 {
            hashes.reserveCapacity(words.count - size + 1)
            words.bytes.withUnsafeBufferPointer { bytes in
                for start in 0...(words.count - size) {
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for index in start..<(start + size) {
                        if index > start { hash = Self.fnvStep(hash, 0x20) }
                        for offset in words.range(index) { hash = Self.fnvStep(hash, bytes[offset]) }
                    }
                    hashes.insert(hash)
                }
            }
        }
        self.hashes = hashes
    }

    /// The case-folded words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        let words = FoldedWords(text)
        return (0..<words.count).map { String(decoding: words.bytes[words.range($0)], as: UTF8.self) }
    }

    /// The words of a text as one buffer of case-folded UTF-8 and the end offset of each word.
    ///
    /// A word is a maximal run of scalars that are alphabetic or have a numeric type; ASCII is
    /// classified and folded byte by byte, other scalars through their Unicode properties.
    struct FoldedWords {
        var bytes: [UInt8] = []
        var ends: [Int] = []

        var count: Int { ends.count }

        func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

        init(_ text: String) {
            var text = text
            text.withUTF8 { input in
                bytes.reserveCapacity(input.count)
                var inWord = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    if byte < 0x80 {
                        index += 1
                        let lower = byte | 0x20
                        if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                            bytes.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
                            inWord = true
                        } else if inWord {
                            ends.append(bytes.count)
                            inWord = false
                        }
                        continue
                    }
                    let (scalar, next) = UTF8Scalars.decode(input, at: index)
                    index = next
                    let properties = scalar.properties
                    if properties.isAlphabetic || properties.numericType != nil {
                        UTF8Scalars.appendLowercased(scalar, to: &bytes)
                        inWord = true
                    } else if inWord {
                        ends.append(bytes.count)
                        inWord = false
                    }
                }
                if inWord { ends.append(bytes.count) }
            }
        }
    }

    @inline(__always)
    static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
