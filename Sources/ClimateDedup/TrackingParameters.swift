/// The query parameters that identify a click or a campaign rather than a resource.
///
/// Matching is on the lower-cased parameter name: an exact name from ``names`` or a name
/// starting with one of ``prefixes``. The standard list covers analytics and ad platforms
/// (Google, Meta, Microsoft, Mailchimp, HubSpot, Adobe, AT Internet as used by the BBC,
/// Twitter/X, Instagram, Yandex) and the share parameters common on news sites.
///
/// ## Topics
/// - ``standard``
/// - ``isTracking(_:)``
public struct TrackingParameters: Sendable, Hashable {
    /// Exact (lower-case) parameter names.
    public var names: Set<String>
    /// Lower-case name prefixes (`utm_` covers `utm_source`, `utm_medium`, ...).
    public var prefixes: [String]

    public init(names: Set<String>, prefixes: [String]) {
        self.names = names
        self.prefixes = prefixes
    }

    /// The documented default list (docs/STORE.md, "URL canonicalisation").
    public static let standard = TrackingParameters(
        names: [
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "igsh",
            "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "smid", "smtyp", "ito", "xtor", "s_cid",
            "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "_ga", "_gl",
            "_hsenc", "_hsmi", "mkt_tok", "spm", "ref_src", "ref_url", "share", "taid",
            "at_medium", "at_campaign", "__twitter_impression",
        ],
        prefixes: ["utm_", "at_", "pk_", "mtm_", "hsa_", "oly_"]
    )

    /// Whether the lower-cased parameter `name` is a tracking parameter.
    public func isTracking(_ name: String) -> Bool {
        names.contains(name) || prefixes.contains { name.hasPrefix($0) }
    }
}
