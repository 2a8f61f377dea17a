import CLibXML2
import ClimateIngest
#if canImport(Glibc)
import Glibc
#endif

/// A per-thread bump allocator that libxml2 uses while one page is parsed and copied.
///
/// libxml2 allocates every node, attribute and string separately; with glibc malloc, allocation
/// and the final `xmlFreeDoc` walk were about a quarter of the parse. Inside `withArena`, libxml2's
/// allocations on this thread are carved from large chunks and released all at once when the
/// session ends; outside a session (and for memory allocated before it) the real allocator is
/// used. Chunks are kept for the thread's next page up to `retainedBytes`. The state is plain
/// memory behind a thread-specific pointer: the allocation callbacks do no reference counting.
enum ParseArena {
    /// Chunk memory kept for reuse between pages, per thread.
    static let retainedBytes = 64 << 20
    static let firstChunk = 1 << 20
    static let maximumChunks = 64

    struct State {
        var active = false
        var current = 0
        var offset = 0
        var count = 0
        var bases: UnsafeMutablePointer<UnsafeMutableRawPointer?>
        var sizes: UnsafeMutablePointer<Int>
    }

    /// The thread-specific slot of each thread's `State` (its destructor returns the chunks).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            let state = raw.assumingMemoryBound(to: State.self)
            for i in 0..<state.pointee.count { free(state.pointee.bases[i]) }
            state.pointee.bases.deallocate()
            state.pointee.sizes.deallocate()
            state.deallocate()
        }
        return key
    }()

    private static let installed: Bool = {
        // libxml2 must finish its global, lazily made state with the real allocator first: an
        // encoding handler or table created inside a session would be released with it.
        LibXML2.ensureInitialised()
        _ = HTMLDocument(text: "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>x&amp;y</p></body></html>")
        _ = key
        xmlMemSetup(arenaFree, arenaMalloc, arenaRealloc, arenaStrdup)
        return true
    }()

    /// Routes libxml2's memory functions through the arena (once per process).
    static func install() { _ = installed }

    /// Runs `body` with this thread's libxml2 allocations in the arena, then releases them all.
    /// Nothing allocated by libxml2 inside `body` may be used or freed after it returns.
    static func withArena<T>(_ body: () throws -> T) rethrows -> T {
        install()
        let state = threadState()
        state.pointee.active = true
        defer {
            xmlResetLastError()
            state.pointee.active = false
            state.pointee.current = 0
            state.pointee.offset = 0
            var kept = 0
            var count = 0
            for i in 0..<state.pointee.count {
                let size = state.pointee.sizes[i]
                if kept + size <= retainedBytes {
                    state.pointee.bases[count] = state.pointee.bases[i]
                    state.pointee.sizes[count] = size
                    kept += size
                    count += 1
                } else {
                    free(state.pointee.bases[i])
                }
            }
            state.pointee.count = count
        }
        return try body()
    }

    private static func threadState() -> UnsafeMutablePointer<State> {
        if let raw = pthread_getspecific(key) { return raw.assumingMemoryBound(to: State.self) }
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(bases: .allocate(capacity: maximumChunks), sizes: .allocate(capacity: maximumChunks)))
        pthread_setspecific(key, state)
        return state
    }

    /// This thread's state, if it has one.
    static func state() -> UnsafeMutablePointer<State>? {
        pthread_getspecific(key).map { $0.assumingMemoryBound(to: State.self) }
    }

    /// 16-byte header before each block: its size (for realloc).
    static let header = 16

    static func allocate(_ size: Int, in state: UnsafeMutablePointer<State>) -> UnsafeMutableRawPointer? {
        let needed = (size + header + 15) & ~15
        while true {
            let current = state.pointee.current
            if current < state.pointee.count {
                if state.pointee.offset + needed <= state.pointee.sizes[current], let base = state.pointee.bases[current] {
                    let block = base + state.pointee.offset
                    state.pointee.offset += needed
                    block.storeBytes(of: size, as: Int.self)
                    return block + header
                }
                state.pointee.current += 1
                state.pointee.offset = 0
                continue
            }
            // Out of chunks: past the chunk table, fall back to the real allocator.
            guard state.pointee.count < maximumChunks else { return nil }
            let last = state.pointee.count > 0 ? state.pointee.sizes[state.pointee.count - 1] : firstChunk / 2
            let chunkSize = max(min(last * 2, 64 << 20), needed)
            guard let base = malloc(chunkSize) else { return nil }
            state.pointee.bases[state.pointee.count] = base
            state.pointee.sizes[state.pointee.count] = chunkSize
            state.pointee.count += 1
        }
    }

    static func owns(_ pointer: UnsafeMutableRawPointer, in state: UnsafeMutablePointer<State>) -> Bool {
        var i = min(state.pointee.current, state.pointee.count - 1)
        while i >= 0 {
            if let base = state.pointee.bases[i], pointer >= base, pointer < base + state.pointee.sizes[i] { return true }
            i -= 1
        }
        // Retained chunks after `current` (a late free after the session).
        i = state.pointee.current + 1
        while i < state.pointee.count {
            if let base = state.pointee.bases[i], pointer >= base, pointer < base + state.pointee.sizes[i] { return true }
            i += 1
        }
        return false
    }
}

private let arenaMalloc: @convention(c) (Int) -> UnsafeMutableRawPointer? = { size in
    if let state = ParseArena.state(), state.pointee.active, let block = ParseArena.allocate(size, in: state) {
        return block
    }
    return malloc(size)
}

private let arenaFree: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
    guard let pointer else { return }
    if let state = ParseArena.state(), state.pointee.count > 0, ParseArena.owns(pointer, in: state) { return }
    free(pointer)
}

private let arenaRealloc: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = { pointer, size in
    guard let pointer else { return arenaMalloc(size) }
    if let state = ParseArena.state(), state.pointee.count > 0, ParseArena.owns(pointer, in: state) {
        guard let fresh = arenaMalloc(size) else { return nil }
        let old = (pointer - ParseArena.header).load(as: Int.self)
        fresh.copyMemory(from: pointer, byteCount: min(old, size))
        return fresh
    }
    return realloc(pointer, size)
}

private let arenaStrdup: @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? = { text in
    guard let text else { return nil }
    let length = strlen(text) + 1
    guard let copy = arenaMalloc(length) else { return nil }
    copy.copyMemory(from: text, byteCount: length)
    return copy.assumingMemoryBound(to: CChar.self)
}
