import GRDB

/// A news outlet (publisher), as named in the config or derived from a URL's host.
public struct OutletRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "outlets"

    /// Stable id: `StableID.make` of the domain, or of the name when there is no domain.
    public var id: String
    public var name: String
    /// Registrable host without `www.` (`elpais.com`), when known.
    public var domain: String?
    /// ISO 3166-1 alpha-2 country code, upper case.
    public var country: String?
    /// Main language (ISO 639-1, lower case).
    public var language: String?

    public init(id: String, name: String, domain: String? = nil, country: String? = nil, language: String? = nil) {
        self.id = id
        self.name = name
        self.domain = domain
        self.country = country
        self.language = language
    }
}
