/// Decides the character encoding of an HTML page and decodes it to a valid Swift `String`.
///
/// libxml2 2.9.14 gets several cases wrong (a BOM with a conflicting `<meta>`, windows-1252 bytes
/// without a label, UTF-8 bytes labelled windows-1252), so the encoding is decided here first and
/// the parser is then given UTF-8. The order follows browsers, with one deliberate change (valid
/// UTF-8 beats a declared label, since mislabelled UTF-8 is the common case on the web):
///
/// 1. byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
/// 2. bytes that are valid UTF-8 and contain non-ASCII;
/// 3. the HTTP `Content-Type` charset, when given;
/// 4. `<meta charset>` / `<meta http-equiv="Content-Type">` within the first 4 KB, then an
///    XML declaration's `encoding`;
/// 5. mostly-valid UTF-8 (a few broken bytes in otherwise UTF-8 text);
/// 6. windows-1252 (pure ASCII is reported as utf-8).
///
/// `iso-8859-1`, `latin1`, `us-ascii`, `ascii` and `none` mean windows-1252 (WHATWG).
/// Undecodable bytes become U+FFFD.
public enum HTMLDecoder {
    /// Decodes `bytes`; `contentType` is the HTTP `Content-Type` header value, if known.
    public static func decode(_ bytes: [UInt8], contentType: String? = nil) -> DecodedHTML {
        if let (encoding, length) = CharsetSniffer.bom(bytes) {
            return finish(bytes[length...], encoding: encoding, decidedBy: .byteOrderMark, label: nil)
        }
        let check = UTF8Check(bytes[...])
        if check.isValid && !check.isASCII {
            return DecodedHTML(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8",
                               decidedBy: .validUTF8, declaredLabel: nil, replacements: 0)
        }
        if let contentType, let label = CharsetSniffer.charsetParameter(ofContentType: contentType),
           let encoding = CharsetLabel.canonical(label) {
            return finish(bytes[...], encoding: encoding, decidedBy: .contentType, label: label)
        }
        // A label read from the bytes themselves cannot mean UTF-16 (WHATWG: it means UTF-8).
        if let label = CharsetSniffer.metaCharset(bytes), let encoding = CharsetLabel.canonical(label) {
            return finish(bytes[...], encoding: asciiCompatible(encoding), decidedBy: .metaCharset, label: label)
        }
        if let label = CharsetSniffer.xmlDeclarationEncoding(bytes), let encoding = CharsetLabel.canonical(label) {
            return finish(bytes[...], encoding: asciiCompatible(encoding), decidedBy: .xmlDeclaration, label: label)
        }
        if check.isASCII {
            return DecodedHTML(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8",
                               decidedBy: .asciiOnly, declaredLabel: nil, replacements: 0)
        }
        if check.multiByte >= 4 && check.invalid * 4 <= check.multiByte {
            return finish(bytes[...], encoding: "utf-8", decidedBy: .mostlyUTF8, label: nil)
        }
        return finish(bytes[...], encoding: "windows-1252", decidedBy: .defaultEncoding, label: nil)
    }

    private static func asciiCompatible(_ encoding: String) -> String {
        encoding.hasPrefix("utf-16") ? "utf-8" : encoding
    }

    /// Decodes with the chosen encoding, falling back to windows-1252 when it is unavailable.
    private static func finish(_ bytes: ArraySlice<UInt8>, encoding: String, decidedBy: DecodedHTML.Decision,
                               label: String?) -> DecodedHTML {
        if let result = Transcoder.decode(bytes, encoding: encoding) {
            return DecodedHTML(text: result.text, encoding: encoding, decidedBy: decidedBy, declaredLabel: label,
                               replacements: result.replacements)
        }
        return DecodedHTML(text: Transcoder.windows1252(bytes), encoding: "windows-1252",
                           decidedBy: .unsupportedLabel, declaredLabel: label, replacements: 0)
    }
}

/// An HTML page decoded to text, with the encoding used and how it was chosen.
public struct DecodedHTML: Sendable, Hashable {
    /// How the encoding was decided.
    public enum Decision: String, Sendable, Hashable, CaseIterable {
        case byteOrderMark = "bom"
        case validUTF8 = "valid-utf8"
        case contentType = "content-type"
        case metaCharset = "meta"
        case xmlDeclaration = "xml-declaration"
        case asciiOnly = "ascii"
        case mostlyUTF8 = "mostly-utf8"
        case defaultEncoding = "default"
        /// A label named an encoding this system cannot decode; windows-1252 was used instead.
        case unsupportedLabel = "unsupported-label"
    }

    /// The page text (always valid Unicode; undecodable bytes are U+FFFD).
    public var text: String
    /// Canonical WHATWG name of the encoding used (`utf-8`, `windows-1252`, `iso-8859-7`, ...).
    public var encoding: String
    public var decidedBy: Decision
    /// The raw charset label that decided it (content-type, meta or XML declaration), if any.
    public var declaredLabel: String?
    /// How many bytes or sequences could not be decoded and became U+FFFD.
    public var replacements: Int

    public init(text: String, encoding: String, decidedBy: Decision, declaredLabel: String?, replacements: Int) {
        self.text = text
        self.encoding = encoding
        self.decidedBy = decidedBy
        self.declaredLabel = declaredLabel
        self.replacements = replacements
    }
}
