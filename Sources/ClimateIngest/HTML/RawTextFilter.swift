/// Drops the content of `<script>` and `<style>` elements from HTML bytes before libxml2 parses
/// them, keeping JSON-LD scripts whole.
///
/// On news pages 55 % of the bytes are inline scripts and styles, which libxml2's HTML parser
/// reads character by character into text nodes that no stage uses. The filter mirrors how the
/// parser (recover mode) delimits that content: after the start tag's `>` up to the first `</script`
/// or `</style` (ASCII case-insensitive), with the start tag found by a scan that skips comments,
/// declarations and quoted attribute values. The elements themselves stay, empty, so the tree
/// has the same elements; only their unused text node is gone. When the markup is ambiguous (an
/// unterminated comment or quote), the rest of the page is copied unchanged: the filter may
/// leave content in, never take markup out.
public enum RawTextFilter {
    /// `bytes` without the content of non-JSON-LD scripts and of styles; nil when there is none
    /// to drop (parse the original then).
    public static func filtered(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard bytes.count > 0 else { return nil }
        var output: [UInt8] = []
        var copied = 0  // bytes[..<copied] are in `output` (or deliberately dropped)
        var index = 0
        let count = bytes.count
        while let open = ByteScan.next(0x3C, in: bytes, from: index) {
            index = open
            guard index + 1 < count else { break }
            let next = bytes[index + 1]
            if next == 0x21 || next == 0x3F {  // "<!" or "<?"
                guard let end = skipDeclaration(bytes, from: index) else { break }
                index = end
                continue
            }
            guard isLetter(next) || next == 0x2F else { index += 1; continue }
            let tagStart = index
            guard let tagEnd = skipTag(bytes, from: tagStart + 1) else { break }
            index = tagEnd
            guard let name = rawTextName(bytes, from: tagStart + 1), bytes[tagEnd - 2] != 0x2F else { continue }  // "<script/>" is empty
            if name == .script, containsJSONLD(bytes, from: tagStart, to: tagEnd) { continue }
            let close = findClose(bytes, name: name, from: tagEnd) ?? count
            if close > tagEnd {
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<tagEnd]))
                copied = close
            }
            index = close
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return output
    }

    enum RawText { case script, style }

    /// The raw-text element a start tag opens (`bytes[from]` is the first byte of its name).
    private static func rawTextName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> RawText? {
        func matches(_ word: StaticString) -> Bool {
            let after = start + word.utf8CodeUnitCount
            guard after < bytes.count, ByteScan.hasWord(word, in: bytes, at: start) else { return false }
            return bytes[after] == 0x3E || bytes[after] == 0x2F || isSpace(bytes[after])
        }
        if matches("script") { return .script }
        if matches("style") { return .style }
        return nil
    }

    /// The index just after the `>` of the tag whose name starts at `from`, skipping quoted
    /// attribute values; nil when the tag or a quote never ends.
    private static func skipTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3E { return index + 1 }
            if byte == 0x3D {  // '=': a quoted value may follow
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == 0x22 || quote == 0x27 {
                    index += 1
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    guard index < bytes.count else { return nil }
                }
            }
            index += 1
        }
        return nil
    }

    /// The index after a comment (`<!-- … -->`) or another `<!…>` / `<?…>`; nil when unterminated.
    private static func skipDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        if start + 3 < bytes.count, bytes[start + 1] == 0x21, bytes[start + 2] == 0x2D, bytes[start + 3] == 0x2D {
            var index = start + 4
            while index + 2 < bytes.count {
                if bytes[index] == 0x2D, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x3E { return index + 3 }
                index += 1
            }
            return nil
        }
        var index = start + 2
        while index < bytes.count, bytes[index] != 0x3E { index += 1 }
        return index < bytes.count ? index + 1 : nil
    }

    /// Where `</script` or `</style` (any case) starts at or after `from`.
    private static func findClose(_ bytes: UnsafeBufferPointer<UInt8>, name: RawText, from start: Int) -> Int? {
        let word: StaticString = name == .script ? "script" : "style"
        var index = start
        while let open = ByteScan.next(0x3C, in: bytes, from: index), open + 1 + word.utf8CodeUnitCount < bytes.count {
            if bytes[open + 1] == 0x2F, ByteScan.hasWord(word, in: bytes, at: open + 2) { return open }
            index = open + 1
        }
        return nil
    }

    /// Whether the start tag in `bytes[from..<to]` may declare a JSON-LD type: it holds `ld+json`
    /// (any case) or a character reference (`type="application&#x2F;ld&#x2B;json"` is JSON-LD too).
    private static func containsJSONLD(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if let ampersand = ByteScan.next(0x26, in: bytes, from: start), ampersand < end { return true }
        let length = StaticString("ld+json").utf8CodeUnitCount
        var index = start
        while index + length <= end {
            if ByteScan.hasWord("ld+json", in: bytes, at: index) { return true }
            index += 1
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
}
