import Foundation
import Synchronization

/// A ready starting point for a session: a region, a draft challenge, a suggested agenda,
/// typical actors and relations, example facts and the roles to invite.
public struct Scenario: Hashable, Sendable {
    public static let formatID = "routekaart-scenario"
    public static let schemaVersion = 1

    public struct Focus: Codable, Hashable, Sendable {
        public var nl: String
        public var en: String
    }

    /// A timebox on the suggested agenda.
    public struct AgendaItem: Codable, Hashable, Sendable {
        public var wegwijzer: Int
        public var minutes: Int
    }

    /// A typical actor; `key` names it within the scenario for the relations.
    public struct ActorTemplate: Codable, Hashable, Sendable {
        public var key: String
        public var name: String
        public var kind: ActorKind
        public var closeness: Int
        public var interests: String
        public var ownMunicipality: Bool

        private enum Key: String, CodingKey { case key, name, kind, closeness, interests, ownMunicipality }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            key = try c.decode(String.self, forKey: .key)
            name = try c.decode(String.self, forKey: .name)
            kind = try c.decode(ActorKind.self, forKey: .kind)
            closeness = try c.decodeIfPresent(Int.self, forKey: .closeness) ?? 3
            interests = try c.decodeIfPresent(String.self, forKey: .interests) ?? ""
            ownMunicipality = try c.decodeIfPresent(Bool.self, forKey: .ownMunicipality) ?? false
        }
    }

    public struct RelationTemplate: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var strength: RelationStrength
        public var quality: RelationQuality
    }

    /// A fact the room should look up: always an example with the source of real figures.
    public struct FactTemplate: Codable, Hashable, Sendable {
        public var indicator: String
        public var area: String
        public var source: String
        public var example: Bool
    }

    public var format: String
    public var schemaVersion: Int
    public var name: String
    public var region: String
    /// "economische samenwerking", "arbeidsmarktregio" or both.
    public var kind: String
    public var focus: Focus
    public var title: String
    public var challenge: String
    public var agenda: [AgendaItem]
    /// Roles to invite, e.g. "wethouder Economie".
    public var roles: [String]
    public var participants: [ParticipantFields]
    public var actors: [ActorTemplate]
    public var relations: [RelationTemplate]
    public var facts: [FactTemplate]

    /// Reads and checks a scenario; errors name the field that is wrong, e.g. "actors.2.closeness".
    public static func decode(_ data: Data) throws(ScenarioError) -> Scenario {
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: data)
        } catch {
            throw ScenarioError(detail: SessionFile.describe(error))
        }
        try scenario.check()
        return scenario
    }

    func check() throws(ScenarioError) {
        func fail(_ path: String, _ problem: String) -> ScenarioError { ScenarioError(detail: path + ": " + problem) }
        guard format == Self.formatID else { throw fail("format", "must be \"\(Self.formatID)\"") }
        guard schemaVersion <= Self.schemaVersion else { throw fail("schemaVersion", "\(schemaVersion) is newer than \(Self.schemaVersion)") }
        guard !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), name.allSatisfy(\.isASCII) else {
            throw fail("name", "use lowercase letters, digits and hyphens, e.g. \"regio-zwolle\"")
        }
        guard !TextCleaning.singleLine(title).isEmpty else { throw fail("title", "is empty") }
        for (i, p) in participants.enumerated() where TextCleaning.singleLine(p.name).isEmpty {
            throw fail("participants.\(i).name", "is empty")
        }
        for (i, item) in agenda.enumerated() {
            guard Method.wegwijzer(item.wegwijzer) != nil else { throw fail("agenda.\(i).wegwijzer", "must be 1 to 10, not \(item.wegwijzer)") }
            guard (1...240).contains(item.minutes) else { throw fail("agenda.\(i).minutes", "must be 1 to 240, not \(item.minutes)") }
        }
        var keys = Set<String>()
        for (i, a) in actors.enumerated() {
            guard !a.key.isEmpty else { throw fail("actors.\(i).key", "is empty") }
            guard keys.insert(a.key).inserted else { throw fail("actors.\(i).key", "\"\(a.key)\" is used twice") }
            guard !TextCleaning.singleLine(a.name).isEmpty else { throw fail("actors.\(i).name", "is empty") }
            guard (1...5).contains(a.closeness) else { throw fail("actors.\(i).closeness", "must be 1 (close) to 5 (far), not \(a.closeness)") }
        }
        for (i, r) in relations.enumerated() {
            guard keys.contains(r.from) else { throw fail("relations.\(i).from", "no actor with key \"\(r.from)\"") }
            guard keys.contains(r.to) else { throw fail("relations.\(i).to", "no actor with key \"\(r.to)\"") }
            guard r.from != r.to else { throw fail("relations.\(i).to", "a relation needs two different actors") }
        }
        for (i, f) in facts.enumerated() {
            guard !f.indicator.isEmpty else { throw fail("facts.\(i).indicator", "is empty") }
            guard !f.source.isEmpty else { throw fail("facts.\(i).source", "say where the real figures can be found") }
            guard FactArea(rawValue: f.area) != nil else { throw fail("facts.\(i).area", "must be gemeente, arbeidsmarktregio, provincie or land") }
            guard f.example else { throw fail("facts.\(i).example", "facts in a scenario are examples; set \"example\": true") }
        }
    }

    /// The commands that start a session from this scenario.
    public func startCommands(title: String? = nil, region: String? = nil, facilitator: String? = nil, date: String) -> [WorkshopCommand] {
        var commands: [WorkshopCommand] = [
            .startSession(SessionDetails(title: title ?? self.title, region: region ?? self.region, date: date, facilitator: facilitator ?? ""),
                          scenario: name),
        ]
        commands += participants.map { .addParticipant($0) }
        if !agenda.isEmpty {
            commands.append(.setAgenda(agenda.map { AgendaSlot(wegwijzer: $0.wegwijzer, minutes: $0.minutes) }))
        }
        commands += facts.map { f in
            .add(Fact(fields: FactFields(indicator: f.indicator, area: FactArea(rawValue: f.area) ?? .labourMarketRegion, source: f.source, example: true)))
        }
        if !challenge.isEmpty {
            commands.append(.editNotes(wegwijzer: 2, text: challenge))
        }
        let ids = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.key, "n\($0 + 1)") })
        commands += actors.map { a in
            .add(Actor(fields: ActorFields(name: a.name, kind: a.kind, ownMunicipality: a.ownMunicipality, interests: a.interests, closeness: a.closeness)))
        }
        commands += relations.map { r in
            .add(Relation(fields: RelationFields(from: ids[r.from]!, to: ids[r.to]!, strength: r.strength, quality: r.quality)))
        }
        if !actors.isEmpty { commands.append(.layOutNetwork) }
        return commands
    }

    /// A scenario built into the program, by name; each is decoded once (the participants
    /// screen asks for the roles to invite on every frame).
    public static func builtIn(_ name: String) -> Scenario? {
        if let known = decoded.withLock({ $0[name] }) { return known }
        guard let bytes = BuiltInScenarios.files[name], let scenario = try? decode(Data(bytes)) else { return nil }
        decoded.withLock { $0[name] = scenario }
        return scenario
    }

    private static let decoded = Mutex<[String: Scenario]>([:])

    public static var builtInNames: [String] { BuiltInScenarios.files.keys.sorted() }
}

extension Scenario: Codable {
    private enum Key: String, CodingKey {
        case format, schemaVersion, name, region, kind, focus, title, challenge, agenda, roles, participants, actors, relations, facts
    }

    /// Only format, version, name, region, focus and title are required.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        format = try c.decode(String.self, forKey: .format)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        name = try c.decode(String.self, forKey: .name)
        region = try c.decode(String.self, forKey: .region)
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? ""
        focus = try c.decode(Focus.self, forKey: .focus)
        title = try c.decode(String.self, forKey: .title)
        challenge = try c.decodeIfPresent(String.self, forKey: .challenge) ?? ""
        agenda = try c.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? []
        roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
        participants = try c.decodeIfPresent([ParticipantFields].self, forKey: .participants) ?? []
        actors = try c.decodeIfPresent([ActorTemplate].self, forKey: .actors) ?? []
        relations = try c.decodeIfPresent([RelationTemplate].self, forKey: .relations) ?? []
        facts = try c.decodeIfPresent([FactTemplate].self, forKey: .facts) ?? []
    }
}

/// A scenario file that cannot be used, with the field that is wrong.
public struct ScenarioError: Error, Equatable, Sendable {
    public let detail: String
}
