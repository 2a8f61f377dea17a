/// The facts the matching loops read per pattern, pattern token and entry, in flat memory.
///
/// A plain value over raw memory (``FlatList``), so reading it in a hot loop retains nothing; the
/// matcher that owns it frees it once (``free()``). Pattern `p` has `length[p]` tokens, the first at
/// `tokenStart[p]` in the per-token lists: an exact token is matched by its key (`tokenKey`), a
/// glob token (`globLength` > 0) by its pattern bytes `globBytes[globStart ..< +globLength]`.
struct FlatPatterns: @unchecked Sendable {  // immutable raw memory, freed by the owner
    /// Per pattern: its entry, token count and first token.
    let entry: FlatList<Int32>
    let length: FlatList<Int32>
    let tokenStart: FlatList<Int32>
    /// Per pattern token: the key of an exact token (0 for a glob), and where a glob's bytes are.
    let tokenKey: FlatList<UInt64>
    let globStart: FlatList<Int32>
    let globLength: FlatList<Int32>
    let globBytes: FlatList<UInt8>
    /// Per entry: whether it is an `ignore.*` entry, and its phrase gap.
    let isIgnore: FlatList<Bool>
    let gap: FlatList<Int32>

    init(patterns: [(entry: Int, tokens: [PatternToken])], isIgnore: [Bool], gaps: [Int32]) {
        var tokenStart: [Int32] = [], keys: [UInt64] = [], globStart: [Int32] = [], globLength: [Int32] = [], bytes: [UInt8] = []
        for pattern in patterns {
            tokenStart.append(Int32(keys.count))
            for token in pattern.tokens {
                switch token {
                case .exact(let word):
                    keys.append(TokenKey.hash(word))
                    globStart.append(0)
                    globLength.append(0)
                case .glob(let glob):
                    keys.append(0)
                    globStart.append(Int32(bytes.count))
                    globLength.append(Int32(glob.utf8.count))
                    bytes += glob.utf8
                }
            }
        }
        entry = FlatList(patterns.map { Int32($0.entry) })
        length = FlatList(patterns.map { Int32($0.tokens.count) })
        self.tokenStart = FlatList(tokenStart)
        tokenKey = FlatList(keys)
        self.globStart = FlatList(globStart)
        self.globLength = FlatList(globLength)
        globBytes = FlatList(bytes)
        self.isIgnore = FlatList(isIgnore)
        gap = FlatList(gaps)
    }

    /// Whether pattern token `t` (an index into the per-token lists) matches folded token `bytes`
    /// whose key is `key`.
    @inline(__always)
    func token(_ t: Int, matches key: UInt64, bytes: () -> UnsafeBufferPointer<UInt8>) -> Bool {
        let globBytesCount = Int(globLength.items[t])
        if globBytesCount == 0 { return tokenKey.items[t] == key }
        let pattern = UnsafeBufferPointer(start: globBytes.items + Int(globStart.items[t]), count: globBytesCount)
        return GlobPattern.matches(pattern: pattern, token: bytes())
    }

    /// Frees the memory (once).
    func free() {
        for list in [entry, length, tokenStart, globStart, globLength, gap] { list.free() }
        tokenKey.free()
        globBytes.free()
        isIgnore.free()
    }
}
