/// Stable, content-derived identifiers.
///
/// Ids are the first 16 hex digits (64 bits) of the SHA-1 of the key's UTF-8 bytes: the same key
/// always gives the same id, on every machine and run.
public enum StableID {
    /// The id of `key`.
    public static func make(_ key: String) -> String {
        var hasher = SHA1()
        var key = key
        key.withUTF8 { hasher.update(buffer: UnsafeRawBufferPointer($0)) }
        let digest = hasher.finalize()
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 16) { out in
            digits.withUTF8Buffer { hex in
                for i in 0..<8 {
                    out[2 * i] = hex[Int(digest[i] >> 4)]
                    out[2 * i + 1] = hex[Int(digest[i] & 0xF)]
                }
            }
            return 16
        }
    }
}
