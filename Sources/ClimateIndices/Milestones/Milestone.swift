/// One dated event from a milestones CSV (`corpora/milestones.csv`; columns in
/// `../shared/data/milestones/README.md`).
public struct Milestone: Sendable, Hashable {
    /// The event kinds the CSV may use.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case election
        case governmentFormed = "government formed"
        case policyDecision = "policy decision"
        case pilotApproval = "pilot approval"
        case mouSigned = "MoU signed"
        case firstArrivals = "first arrivals"
        case mediaShock = "media shock"
        case other
    }

    /// Whether a stored page confirms the date.
    public enum Verified: String, Sendable, Hashable, CaseIterable {
        case yes, partial, no
    }

    /// How exact the date is.
    public enum Precision: String, Sendable, Hashable, CaseIterable {
        case day, month, year
    }

    public var id: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// Days since 1970-01-01 of `date`.
    public var day: Int
    public var precision: Precision
    public var country: String
    public var routePathway: String
    public var kind: Kind
    public var description: String
    public var sourceURL: String
    public var verified: Verified
    public var verificationNote: String
    /// 1-based line of the row in its file.
    public var line: Int

    public init(id: String, date: String, day: Int, precision: Precision, country: String, routePathway: String, kind: Kind,
                description: String, sourceURL: String, verified: Verified, verificationNote: String, line: Int) {
        self.id = id; self.date = date; self.day = day; self.precision = precision; self.country = country
        self.routePathway = routePathway; self.kind = kind; self.description = description; self.sourceURL = sourceURL
        self.verified = verified; self.verificationNote = verificationNote; self.line = line
    }
}
