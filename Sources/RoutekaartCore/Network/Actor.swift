/// What kind of party an actor is; the helix group follows from it.
public enum ActorKind: String, CaseIterable, Sendable, Codable {
    case municipality = "gemeente"
    case province = "provincie"
    case nationalGovernment = "rijk"
    case uwv
    case company = "bedrijf"
    case employersOrganisation = "werkgeversorganisatie"
    case employeesOrganisation = "werknemersorganisatie"
    case education = "onderwijs"
    case knowledgeInstitution = "kennisinstelling"
    case civilSociety = "maatschappelijk"
    case citizens = "burgers"
    case regionalPartnership = "regionale-samenwerking"
    case other = "anders"

    public var helix: HelixGroup {
        switch self {
        case .municipality, .province, .nationalGovernment, .uwv, .regionalPartnership: .government
        case .company, .employersOrganisation: .business
        case .education, .knowledgeInstitution: .education
        case .citizens: .citizens
        case .employeesOrganisation, .civilSociety: .civilSociety
        case .other: .other
        }
    }
}

/// A point on the board: the challenge is at (0, 0), ring k ends at radius 20·k.
public struct BoardPoint: Hashable, Sendable, Codable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let limit = 100
    /// Where a coordinate may lie: −`limit` … `limit`.
    public static let range = -limit...limit
    public static let ringWidth = 20

    public var distance: Double { (Double(x * x + y * y)).squareRoot() }

    /// The closeness ring (1 = closest … 5) that this point lies in.
    public var ring: Int { min(5, max(1, Int((distance / Double(Self.ringWidth)).rounded(.up)))) }

    /// The point moved to the middle of `ring`, keeping its direction (straight up when at the centre).
    public func onRing(_ ring: Int) -> BoardPoint {
        let r = Double(ring) * Double(Self.ringWidth) - Double(Self.ringWidth) / 2
        let d = distance
        guard d > 0 else { return BoardPoint(x: 0, y: -Int(r.rounded())) }
        return BoardPoint(x: Int((Double(x) / d * r).rounded()), y: Int((Double(y) / d * r).rounded()))
    }

    /// Kept within the board.
    public var clamped: BoardPoint {
        BoardPoint(x: min(Self.limit, max(-Self.limit, x)), y: min(Self.limit, max(-Self.limit, y)))
    }
}

/// The editable fields of an actor in the network.
public struct ActorFields: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ActorKind
    /// The municipality whose council or college runs this workshop.
    public var ownMunicipality: Bool
    /// Who sits at the table for this actor: free text, or a participant.
    public var person: String
    public var participant: ParticipantID?
    public var interests: String
    /// What the actor brings.
    public var strength: String
    /// 1 = closest to the challenge … 5 = furthest.
    public var closeness: Int
    public var couldOwn: Bool
    public var notes: String

    public init(name: String, kind: ActorKind = .other, ownMunicipality: Bool = false, person: String = "", participant: ParticipantID? = nil,
                interests: String = "", strength: String = "", closeness: Int = 3, couldOwn: Bool = false, notes: String = "") {
        self.name = name
        self.kind = kind
        self.ownMunicipality = ownMunicipality
        self.person = person
        self.participant = participant
        self.interests = interests
        self.strength = strength
        self.closeness = closeness
        self.couldOwn = couldOwn
        self.notes = notes
    }
}

/// A party in the network: an organisation or group, with its place on the board.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    /// "n1", "n2" …
    public var id: String
    public var fields: ActorFields
    public var position: BoardPoint
    /// Moved by hand: the automatic layout leaves it where it is.
    public var pinned: Bool

    public init(id: String = "", fields: ActorFields, position: BoardPoint = BoardPoint(x: 0, y: 0), pinned: Bool = false) {
        self.id = id
        self.fields = fields
        self.position = position
        self.pinned = pinned
    }
}

public enum RelationStrength: String, CaseIterable, Sendable, Codable {
    case strong = "sterk"
    case weak = "zwak"
}
public enum RelationQuality: String, CaseIterable, Sendable, Codable {
    case trust = "vertrouwen"
    case neutral = "neutraal"
    case tension = "spanning"
}

public struct RelationFields: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var strength: RelationStrength
    public var quality: RelationQuality
    public var formal: Bool
    public var note: String

    public init(from: String, to: String, strength: RelationStrength = .strong, quality: RelationQuality = .neutral, formal: Bool = false, note: String = "") {
        self.from = from
        self.to = to
        self.strength = strength
        self.quality = quality
        self.formal = formal
        self.note = note
    }
}

/// A relation between two actors.
public struct Relation: Hashable, Sendable, Codable, Identifiable {
    /// "l1", "l2" …
    public var id: String
    public var fields: RelationFields

    public init(id: String = "", fields: RelationFields) {
        self.id = id
        self.fields = fields
    }
}

extension Actor: CapturedItem {
    public static let idPrefix = "n"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.actors }

    public func validated(in state: WorkshopState) throws(CommandError) -> Actor {
        var clean = fields
        clean.name = TextCleaning.singleLine(fields.name)
        clean.person = TextCleaning.singleLine(fields.person)
        clean.interests = TextCleaning.singleLine(fields.interests)
        clean.strength = TextCleaning.singleLine(fields.strength)
        clean.notes = TextCleaning.singleLine(fields.notes)
        guard !clean.name.isEmpty else { throw .emptyName }
        try Engine.check(clean.name, "name", Engine.Limits.name)
        for (text, name) in [(clean.person, "person"), (clean.interests, "interests"), (clean.strength, "strength"), (clean.notes, "notes")] {
            try Engine.check(text, name, Engine.Limits.field)
        }
        guard Engine.Limits.closeness.contains(clean.closeness) else { throw .closenessOutOfRange(clean.closeness) }
        if let p = clean.participant, state.participant(p) == nil { throw .unknownParticipant(p) }
        var actor = self
        actor.fields = clean
        return actor
    }

    /// A new actor goes on its ring, at a place that depends on how many came before.
    public func placed(asNumber number: Int) -> Actor {
        Actor(id: id, fields: fields, position: NetworkLayout.initialPosition(index: number - 1, closeness: fields.closeness))
    }

    /// An edit changes what is known of the actor, not where it stands, unless its ring changed.
    public func replacing(_ current: Actor) -> Actor {
        var actor = current
        if fields.closeness != current.fields.closeness { actor.position = current.position.onRing(fields.closeness) }
        actor.fields = fields
        return actor
    }

    public static func removeDependents(of id: String, from state: inout WorkshopState) {
        state.relations.removeAll { $0.fields.from == id || $0.fields.to == id }
    }
}

extension Relation: CapturedItem {
    public static let idPrefix = "l"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.relations }

    public func validated(in state: WorkshopState) throws(CommandError) -> Relation {
        guard state.actor(fields.from) != nil else { throw .unknownItem(fields.from) }
        guard state.actor(fields.to) != nil else { throw .unknownItem(fields.to) }
        guard fields.from != fields.to else { throw .relationToItself }
        var clean = fields
        clean.note = TextCleaning.singleLine(fields.note)
        try Engine.check(clean.note, "note", Engine.Limits.field)
        return Relation(id: id, fields: clean)
    }

    public func fits(_ state: WorkshopState) -> Bool {
        state.actor(fields.from) != nil && state.actor(fields.to) != nil
    }
}
