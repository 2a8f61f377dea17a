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

    let needles: UnsafeMutablePointer<Needle>
    let bytes: UnsafeMutablePointer<UInt8>
    let ids: UnsafeMutablePointer<Int32>
    let count: Int

    init(_ source: [(needle: [UInt8], entries: [Int32])]) {
        var needleList: [Needle] = [], byteList: [UInt8] = [], idList: [Int32] = []
        for (needle, entries) in source {
            needleList.append(Needle(start: Int32(byteList.count), length: Int32(needle.count),
                                     idStart: Int32(idList.count), idCount: Int32(entries.count)))
            byteList += needle
            idList += entries
        }
        needles = .allocate(capacity: max(1, needleList.count))
        needles.initialize(from: needleList, count: needleList.count)
        bytes = .allocate(capacity: max(1, byteList.count))
        bytes.initialize(from: byteList, count: byteList.count)
        ids = .allocate(capacity: max(1, idList.count))
        ids.initialize(from: idList, count: idList.count)
        count = needleList.count
    }

    /// Frees the memory.
    func free() {
        needles.deallocate()
        bytes.deallocate()
        ids.deallocate()
    }
}
