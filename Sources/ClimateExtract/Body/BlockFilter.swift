/// Block-level clean-up after collection: headline, stray div text, link lines, repeats.
///
/// * The headline goes (the page's first `<h1>`, also when repeated as another heading): it is
///   the `title` field, not body text. Other `<h1>`s stay.
/// * In a paragraph-rich container (at least `paragraphRich` characters of `<p>` text, and at
///   least `paragraphShare` of its text), text
///   that sits directly in divs/spans and is shorter than `strayLength` goes: captions, bylines,
///   "advertisement" labels.
/// * Short blocks that are mostly link text go, and short copyright lines (`©`).
/// * A block whose exact text was already kept goes (pages that repeat the body).
/// * Headings and short label lines left at the end go ("Related coverage", "Sources:"): they
///   introduce the next, already removed, block.
enum BlockFilter {
    static let paragraphRich = 750
    static let strayLength = 100
    /// Share of the container's text that must be `<p>` text for it to count as paragraph-rich.
    static let paragraphShare = 0.5

    static func filter(_ blocks: [Block], paragraphText: Int, headline: String? = nil) -> [Block] {
        let total = blocks.reduce(0) { $0 + $1.length }
        let rich = paragraphText >= paragraphRich && Double(paragraphText) >= paragraphShare * Double(total)
        var seen: Set<UInt64> = []
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        for block in blocks {
            if block.tag == .h1, headline == nil || block.text == headline { continue }
            if block.length < 300 && containsCopyrightSign(block.text) { continue }
            if block.tag.isHeading, let headline, block.text == headline { continue }
            if rich && !block.tag.isTextBlock && block.length < strayLength { continue }
            if block.length < 100 && block.linkDensity > 0.5 { continue }
            if block.length > 1, !seen.insert(fingerprint(block.text)).inserted { continue }
            kept.append(block)
        }
        var remaining = kept.reduce(0) { $0 + $1.length }
        while kept.count > 1, let last = kept.last, last.tag.isHeading || BlockCollector.isLabel(last),
            remaining - last.length >= 200 {
            remaining -= last.length
            kept.removeLast()
        }
        return kept
    }

    /// Whether `text` contains `©` (UTF-8 C2 A9), scanned as bytes.
    static func containsCopyrightSign(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0xA9 && previous == 0xC2 { return true }
            previous = byte
        }
        return false
    }

    /// FNV-1a hash of the UTF-8 bytes (exact repeats only; no Unicode normalisation).
    static func fingerprint(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }

    /// The blocks as text: paragraphs separated by one blank line.
    static func join(_ blocks: [Block]) -> String {
        var out = ""
        out.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        for block in blocks {
            if !out.isEmpty { out += "\n\n" }
            out += block.text
        }
        return out
    }
}
