import CLibXML2

/// One-time libxml2 set-up shared by every parser in this module.
///
/// `xmlInitParser()` must run once before any threads parse, and libxml2's default error
/// printer is replaced by a silent handler (errors are collected per document instead).
public enum LibXML2 {
    private static let initialised: Bool = {
        xmlInitParser()
        mc_silenceLibxml2()
        return true
    }()

    /// Initialises libxml2 once; cheap to call again.
    public static func ensureInitialised() { _ = initialised }

    /// The libxml2 version linked at build time, e.g. `2.9.14`.
    public static var version: String { LIBXML_DOTTED_VERSION }
}
