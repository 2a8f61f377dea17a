/// A list in raw memory that its owner frees (``free()``, once): a plain value, so reading it in a
/// hot loop retains nothing.
struct FlatList<Element> {
    let items: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        items = .allocate(capacity: max(1, elements.count))
        items.initialize(from: elements, count: elements.count)
        count = elements.count
    }

    /// Frees the memory (the elements are plain values: nothing to deinitialize).
    func free() { items.deallocate() }
}

/// Byte needles (infix strings or glob patterns), each with the pattern ids it stands for, in raw
/// memory that its owner frees (``free()``, once): needle `k` is `bytes[needles[k].start ..< +length]`,
/// its ids `ids[idStart ..< +idCount]`.
struct FlatNeedles {
    /// Where one needle and its ids sit.
    struct Needle {
        var start: Int32
        var length: Int32
        var idStart: Int32
        var idCount: Int32
    }

    let needles: FlatList<Needle>
    let bytes: FlatList<UInt8>
    let ids: FlatList<Int32>
    var count: Int { needles.count }

    init(_ source: [(needle: [UInt8], entries: [Int32])]) {
        var needleList: [Needle] = [], byteList: [UInt8] = [], idList: [Int32] = []
        for (needle, entries) in source {
            needleList.append(Needle(start: Int32(byteList.count), length: Int32(needle.count),
                                     idStart: Int32(idList.count), idCount: Int32(entries.count)))
            byteList += needle
            idList += entries
        }
        needles = FlatList(needleList)
        bytes = FlatList(byteList)
        ids = FlatList(idList)
    }

    /// Frees the memory.
    func free() {
        needles.free()
        bytes.free()
        ids.free()
    }
}
