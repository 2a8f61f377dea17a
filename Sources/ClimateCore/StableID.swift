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
        return String(SHA1.hexString(hasher.finalize()).prefix(16))
    }
}
