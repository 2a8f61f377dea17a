#if canImport(Glibc)
import Glibc
#endif

/// Tuning of the C allocator for batch work on large documents.
public enum AllocatorTuning {
    /// Keeps freed memory in the process between documents.
    ///
    /// glibc otherwise trims the heap and maps each large buffer (a page's text, a libxml2 tree)
    /// anew: page faults and consolidation were ~8 % of an extraction run. Buffers up to 64 MiB
    /// come from the heap, which is trimmed only beyond 256 MiB of free memory. No effect on
    /// other C libraries.
    public static func keepFreedMemory() {
        #if canImport(Glibc)
        // `mallopt` is not exported by the Glibc module: look it up. Parameters from <malloc.h>:
        // M_TRIM_THRESHOLD = -1, M_TOP_PAD = -2, M_MMAP_THRESHOLD = -3.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-3, 64 << 20)
        _ = mallopt(-1, 256 << 20)
        _ = mallopt(-2, 16 << 20)
        #endif
    }
}
