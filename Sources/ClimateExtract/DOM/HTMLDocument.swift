import CLibXML2
import ClimateIngest

/// Owns one libxml2 HTML document parsed from already-decoded text; frees it on deinit.
///
/// The content of scripts (other than JSON-LD) and styles is dropped first (`RawTextFilter`).
/// Parsing uses `htmlReadMemory` with RECOVER | NONET | NOERROR | NOWARNING | COMPACT and an
/// explicit "UTF-8" encoding, because the text was decoded by us (libxml2's own charset sniffing
/// gets BOM-versus-meta conflicts and unlabelled windows-1252 wrong). Not Sendable: confine an
/// instance to one task and return values, not the document.
final class HTMLDocument {
    let pointer: htmlDocPtr
    /// Whether the document lives in a `ParseArena` session (released with it, not freed here).
    private let inArena: Bool

    /// Parses `text`; nil when libxml2 returns no document at all. Pass `inArena: true` only
    /// inside `ParseArena.withArena`, and drop the document before the session ends.
    init?(text: String, inArena: Bool = false) {
        self.inArena = inArena
        LibXML2.ensureInitialised()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        var text = text
        let document: htmlDocPtr? = text.withUTF8 { buffer in
            guard buffer.baseAddress != nil, buffer.count < Int(Int32.max) else { return nil }
            // Script and style content is never read: libxml2 gets the page without it.
            guard let filtered = RawTextFilter.filtered(buffer) else { return Self.parse(buffer, options) }
            return filtered.withUnsafeBufferPointer { Self.parse($0, options) }
        }
        guard let document else { return nil }
        pointer = document
    }

    deinit { if !inArena { xmlFreeDoc(pointer) } }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ options: Int32) -> htmlDocPtr? {
        guard let base = buffer.baseAddress else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
            htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", options)
        }
    }

    /// The root element (`<html>`), if any.
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}
