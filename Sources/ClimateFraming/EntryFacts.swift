import ClimateText

/// What the framing rules need to know about each entry of a lexicon, resolved once per lexicon.
///
/// The rules test hits by category (`threat.water`), family (`threat`) and category prefix
/// (`actor.`). Comparing category strings per hit dominated the framing layer, so each entry's
/// category is resolved here to a small code, indexed by ``LexiconHit/entry``. The codes are
/// computed with the same string tests the rules were written with (`hasPrefix`, the family
/// before the first dot), so every decision is unchanged.
struct EntryFacts: Sendable {
    /// The categories the rules name one by one (`other` for every other category).
    enum Category: UInt8, Sendable {
        case other
        case threatWater, threatVermin, threatCrisisBurden
        case deathEvent, deathTerm, deathBody, deathMissing, deathNotMigration
        case nontollRescued, nontollAge
        case actorMigrantNeutral, actorMigrantSympathetic, actorMigrantHostile
        case ignoreInstitution, ignoreReception
        case testimonyWitnessNoun, testimonyPerson, testimonyRelayNoun, testimonyOfficial, testimonySpeechVerb, testimonyFirstPerson
        case humanityChildrenFamily, humanitySuffering, humanityRightsDignity, humanitySolidarity
        case quantityVague
        case hedgeLowerBound, hedgeApproximate, hedgeUpperBound
        case scopeCumulative, scopePeriod

        static let byName: [String: Category] = [
            "threat.water": .threatWater, "threat.vermin": .threatVermin, "threat.crisis_burden": .threatCrisisBurden,
            "death.event": .deathEvent, "death.term": .deathTerm, "death.body": .deathBody, "death.missing": .deathMissing,
            "death.not_migration": .deathNotMigration, "nontoll.rescued": .nontollRescued, "nontoll.age": .nontollAge,
            "actor.migrant.neutral": .actorMigrantNeutral, "actor.migrant.sympathetic": .actorMigrantSympathetic,
            "actor.migrant.hostile": .actorMigrantHostile, "ignore.institution": .ignoreInstitution,
            "ignore.reception": .ignoreReception, "testimony.witness_noun": .testimonyWitnessNoun,
            "testimony.person": .testimonyPerson, "testimony.relay_noun": .testimonyRelayNoun,
            "testimony.official": .testimonyOfficial, "testimony.speech_verb": .testimonySpeechVerb,
            "testimony.first_person": .testimonyFirstPerson, "humanity.children_family": .humanityChildrenFamily,
            "humanity.suffering": .humanitySuffering, "humanity.rights_dignity": .humanityRightsDignity,
            "humanity.solidarity": .humanitySolidarity, "quantity.vague": .quantityVague,
            "hedge.lower_bound": .hedgeLowerBound, "hedge.approximate": .hedgeApproximate,
            "hedge.upper_bound": .hedgeUpperBound, "scope.cumulative": .scopeCumulative, "scope.period": .scopePeriod,
        ]
    }

    /// The family (the category before its first dot) when the rules test it.
    enum Family: UInt8, Sendable { case other, threat, humanity, route, death, topic }

    /// The facts of one entry.
    struct Fact: Sendable {
        var category: Category
        var family: Family
        /// The category starts with `actor.`, `nontoll.`, `hedge.`, `scope.`.
        var isActor: Bool
        var isNontoll: Bool
        var isHedge: Bool
        var isScope: Bool
        /// The entry needs migration context (`context: migration`).
        var needsContext: Bool
        var weight: Double
        /// Index of the category in ``EntryFacts/categoryNames``.
        var categoryIndex: Int32 = 0
    }

    private let facts: [Fact]
    /// The lexicon's distinct categories, in order of first use.
    let categoryNames: [String]

    init(lexicon: Lexicon) {
        var names: [String] = [], indexOf: [String: Int32] = [:]
        for entry in lexicon.entries where indexOf[entry.category] == nil {
            indexOf[entry.category] = Int32(names.count)
            names.append(entry.category)
        }
        categoryNames = names
        facts = lexicon.entries.map { entry in
            let c = entry.category
            let family = c.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(c[..<$0]) } ?? c
            let familyCode: Family = switch family {
            case "threat": .threat
            case "humanity": .humanity
            case "route": .route
            case "death": .death
            case "topic": .topic
            default: .other
            }
            return Fact(category: Category.byName[c] ?? .other, family: familyCode, isActor: c.hasPrefix("actor."),
                        isNontoll: c.hasPrefix("nontoll."), isHedge: c.hasPrefix("hedge."), isScope: c.hasPrefix("scope."),
                        needsContext: entry.context == .migration, weight: entry.weight, categoryIndex: indexOf[c] ?? 0)
        }
    }

    /// The facts of the entry a hit matched.
    @inline(__always)
    subscript(_ hit: LexiconHit) -> Fact { facts[hit.entry] }

    /// The facts of an entry.
    @inline(__always)
    subscript(_ entry: Int) -> Fact { facts[entry] }
}
