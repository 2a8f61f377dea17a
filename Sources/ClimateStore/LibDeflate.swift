#if canImport(Glibc)
import Glibc
#endif

/// libdeflate's zlib-format compressor, loaded at run time when the system has it (Debian
/// `libdeflate0`): at level 1 it is twice as fast as zlib's on HTML (0.7 vs 1.5 ms per 185 KB
/// page) and compresses better (5.0× vs 4.7×). Its output is an ordinary RFC 1950 stream that
/// zlib reads. Without the library, `Deflate` uses zlib.
struct LibDeflate: @unchecked Sendable {
    private typealias Alloc = @convention(c) (Int32) -> OpaquePointer?
    private typealias Free = @convention(c) (OpaquePointer?) -> Void
    private typealias Bound = @convention(c) (OpaquePointer?, Int) -> Int
    private typealias Compress = @convention(c) (OpaquePointer?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?, Int) -> Int

    private let alloc: Alloc
    private let free: Free
    private let bound: Bound
    private let compressZlib: Compress

    /// The library, or nil when it cannot be loaded (or the environment sets
    /// `MEDIACLIMATE_NO_LIBDEFLATE`, to compare with zlib).
    static let shared: LibDeflate? = {
        #if canImport(Glibc)
        guard getenv("MEDIACLIMATE_NO_LIBDEFLATE") == nil, let handle = dlopen("libdeflate.so.0", RTLD_NOW | RTLD_LOCAL),
              let alloc = dlsym(handle, "libdeflate_alloc_compressor"), let free = dlsym(handle, "libdeflate_free_compressor"),
              let bound = dlsym(handle, "libdeflate_zlib_compress_bound"), let compress = dlsym(handle, "libdeflate_zlib_compress")
        else { return nil }
        return LibDeflate(alloc: unsafeBitCast(alloc, to: Alloc.self), free: unsafeBitCast(free, to: Free.self),
                          bound: unsafeBitCast(bound, to: Bound.self), compressZlib: unsafeBitCast(compress, to: Compress.self))
        #else
        return nil
        #endif
    }()

    /// `bytes` as a zlib stream at `level`; nil when the compressor cannot be made or fails.
    func compress(_ bytes: UnsafeRawBufferPointer, level: Int32) -> [UInt8]? {
        guard let compressor = alloc(level) else { return nil }
        defer { free(compressor) }
        let capacity = bound(compressor, bytes.count)
        var written = 0
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            written = compressZlib(compressor, bytes.baseAddress, bytes.count, buffer.baseAddress, capacity)
            count = written
        }
        return written > 0 ? out : nil
    }
}
