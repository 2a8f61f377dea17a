#if canImport(Glibc)
import Glibc
#endif

/// OpenSSL's one-shot `SHA1`, loaded at run time when the system has libcrypto 3 (Debian
/// `libssl3`): it uses the CPU's SHA extensions and hashes a 176 KB page ~4× faster than
/// `SHA1`'s portable rounds. Same digests; `SHA1.hex` falls back to its own code without it.
struct SystemSHA1: @unchecked Sendable {
    private typealias Digest = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?
    private let digest: Digest

    /// The library, or nil when it cannot be loaded (or `MEDIACLIMATE_NO_LIBCRYPTO` is set, to
    /// compare with the portable code).
    static let shared: SystemSHA1? = {
        #if canImport(Glibc)
        guard getenv("MEDIACLIMATE_NO_LIBCRYPTO") == nil, let handle = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL),
              let symbol = dlsym(handle, "SHA1") else { return nil }
        return SystemSHA1(digest: unsafeBitCast(symbol, to: Digest.self))
        #else
        return nil
        #endif
    }()

    /// Inputs from this size on are worth the call (below it the portable code is as fast).
    static let minimumBytes = 4096

    /// The 20-byte digest of `bytes`.
    func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 20) { out, count in
            _ = digest(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, out.baseAddress)
            count = 20
        }
    }
}
