import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Remembers the `FeedVocabulary` key of each (element name, namespace) met in one document, so the
/// name, namespace URI and prefix are not turned into Strings and looked up again for every element.
///
/// Entries are found by the libxml2 pointers of the name and namespace and confirmed by comparing
/// the name, URI and prefix bytes, so a pointer reused for a different value after libxml2 freed a
/// subtree can never return a wrong key. Confined to one parse.
final class FeedKeyCache {
    private struct Entry {
        let nameAddress: UInt
        let namespaceAddress: UInt
        let name: [CChar]
        let href: [CChar]?
        let prefix: [CChar]?
        let key: String?
    }

    /// Few distinct elements occur in a feed: a short list scanned linearly beats hashing.
    private var entries: [Entry] = []
    private static let capacity = 64

    /// The key of `node` (see `FeedVocabulary.key`).
    func key(_ node: FeedXMLNode) -> String? {
        guard let name = node.pointer.pointee.name else { return FeedVocabulary.key(node) }
        let ns = node.pointer.pointee.ns
        let href = ns?.pointee.href
        let prefix = ns?.pointee.prefix
        let nameAddress = UInt(bitPattern: name)
        let namespaceAddress = UInt(bitPattern: ns)
        for entry in entries where entry.nameAddress == nameAddress && entry.namespaceAddress == namespaceAddress {
            if Self.same(entry.name, name), Self.same(entry.href, href), Self.same(entry.prefix, prefix) {
                return entry.key
            }
        }
        let key = FeedVocabulary.key(node)
        if entries.count < Self.capacity {
            entries.append(Entry(nameAddress: nameAddress, namespaceAddress: namespaceAddress, name: Self.copy(name),
                                 href: href.map(Self.copy), prefix: prefix.map(Self.copy), key: key))
        }
        return key
    }

    private static func copy(_ text: UnsafePointer<xmlChar>) -> [CChar] {
        let raw = UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)
        return Array(UnsafeBufferPointer(start: raw, count: strlen(raw) + 1))
    }

    private static func same(_ stored: [CChar]?, _ text: UnsafePointer<xmlChar>?) -> Bool {
        guard let stored, let text else { return stored == nil && text == nil }
        return stored.withUnsafeBufferPointer { buffer in
            strcmp(buffer.baseAddress!, UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)) == 0
        }
    }
}
