/// What a UTF-8 lead byte announces (Unicode Table 3-7, well-formed byte sequences).
enum UTF8Lead {
    /// The length of the sequence a byte ≥ 0x80 starts and the allowed range of its second byte
    /// (the others are 0x80–0xBF); nil for a byte that never starts a sequence.
    @inline(__always)
    static func sequence(_ lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return nil
        }
    }
}
