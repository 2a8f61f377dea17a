/// Maps the charset labels found in HTTP headers and `<meta>` tags to one canonical encoding name.
///
/// Follows the WHATWG Encoding Standard where it matters for news pages: `iso-8859-1`, `latin1`,
/// `us-ascii`, `ascii` (and their aliases) mean windows-1252, a declared `utf-16` in a document
/// means UTF-8 (a page that could be read to find the label is ASCII-compatible), and unknown
/// labels are ignored. Canonical names are lower-case WHATWG names (`utf-8`, `windows-1252`,
/// `iso-8859-7`, `shift_jis`, ...).
public enum CharsetLabel {
    /// The canonical encoding for `label`, or nil when the label is empty or unknown (`none` → windows-1252).
    public static func canonical(_ label: String) -> String? {
        var key = label.lowercased()
        key = String(key.drop(while: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }))
        while let last = key.last, last == " " || last == "\t" || last == "\"" || last == "'" || last == ";" {
            key.removeLast()
        }
        guard !key.isEmpty else { return nil }
        if let name = aliases[key] { return name }
        if canonicalNames.contains(key) { return key }
        return nil
    }

    /// The name iconv knows `canonical` by (only for encodings transcoded through iconv).
    static func iconvName(_ canonical: String) -> String {
        switch canonical {
        case "x-mac-cyrillic": return "MAC-CYRILLIC"
        case "macintosh": return "MACINTOSH"
        case "gbk": return "GB18030"
        case "iso-8859-8-i": return "ISO-8859-8"
        default: return canonical.uppercased()
        }
    }

    /// Canonical names accepted as labels themselves.
    private static let canonicalNames: Set<String> = [
        "utf-8", "utf-16le", "utf-16be", "windows-1252", "windows-1250", "windows-1251", "windows-1253",
        "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "windows-874",
        "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8",
        "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16",
        "koi8-r", "koi8-u", "ibm866", "macintosh", "x-mac-cyrillic", "gbk", "gb18030", "big5", "euc-jp",
        "iso-2022-jp", "shift_jis", "euc-kr",
    ]

    /// WHATWG labels (a practical subset) → canonical name.
    private static let aliases: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) { for label in labels { table[label] = name } }
        add("utf-8", ["utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
                      "utf-16", "utf16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff"])
        add("utf-16le", ["utf-16le"])
        add("utf-16be", ["utf-16be", "unicodefffe"])
        add("windows-1252", ["ascii", "us-ascii", "ansi_x3.4-1968", "cp1252", "cp819", "csisolatin1",
                             "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
                             "iso_8859-1:1987", "l1", "latin1", "x-cp1252", "iso-ascii", "none"])
        add("windows-1250", ["cp1250", "x-cp1250"])
        add("windows-1251", ["cp1251", "x-cp1251"])
        add("windows-1253", ["cp1253", "x-cp1253"])
        add("windows-1254", ["cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9",
                             "latin5", "l5", "csisolatin5", "iso-ir-148"])
        add("windows-1255", ["cp1255", "x-cp1255"])
        add("windows-1256", ["cp1256", "x-cp1256"])
        add("windows-1257", ["cp1257", "x-cp1257"])
        add("windows-1258", ["cp1258", "x-cp1258"])
        add("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"])
        add("iso-8859-2", ["iso8859-2", "iso88592", "iso_8859-2", "latin2", "l2", "csisolatin2", "iso-ir-101"])
        add("iso-8859-3", ["iso8859-3", "iso88593", "iso_8859-3", "latin3", "l3", "csisolatin3"])
        add("iso-8859-4", ["iso8859-4", "iso88594", "iso_8859-4", "latin4", "l4", "csisolatin4"])
        add("iso-8859-5", ["iso8859-5", "iso88595", "iso_8859-5", "cyrillic", "csisolatincyrillic"])
        add("iso-8859-6", ["iso8859-6", "iso88596", "iso_8859-6", "arabic", "csisolatinarabic"])
        add("iso-8859-7", ["iso8859-7", "iso88597", "iso_8859-7", "greek", "greek8", "csisolatingreek",
                           "elot_928", "ecma-118", "sun_eu_greek", "iso-ir-126"])
        add("iso-8859-8", ["iso8859-8", "iso88598", "iso_8859-8", "hebrew", "visual", "csisolatinhebrew"])
        add("iso-8859-8-i", ["csiso88598i", "logical"])
        add("iso-8859-10", ["iso8859-10", "iso885910", "latin6", "l6", "csisolatin6"])
        add("iso-8859-13", ["iso8859-13", "iso885913"])
        add("iso-8859-14", ["iso8859-14", "iso885914"])
        add("iso-8859-15", ["iso8859-15", "iso885915", "iso_8859-15", "latin-9", "l9", "csisolatin9"])
        add("koi8-r", ["koi", "koi8", "koi8_r", "cskoi8r"])
        add("koi8-u", ["koi8-ru"])
        add("ibm866", ["866", "cp866", "csibm866"])
        add("macintosh", ["mac", "x-mac-roman", "csmacintosh"])
        add("gbk", ["gb2312", "chinese", "csgb2312", "x-gbk", "gb_2312", "gb_2312-80", "csiso58gb231280",
                    "iso-ir-58"])
        add("big5", ["big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("euc-jp", ["cseucpkdfmtjapanese", "x-euc-jp"])
        add("iso-2022-jp", ["csiso2022jp"])
        add("shift_jis", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis", "windows-31j", "x-sjis"])
        add("euc-kr", ["cseuckr", "csksc56011987", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                       "ksc5601", "ksc_5601", "windows-949"])
        return table
    }()
}
