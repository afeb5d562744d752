/// Identifies a participant within a session, e.g. "p3".
public struct ParticipantID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (a: ParticipantID, b: ParticipantID) -> Bool { a.rawValue < b.rawValue }
}

/// The editable fields of a participant.
public struct ParticipantFields: Hashable, Sendable, Codable {
    public var name: String
    public var organisation: String
    public var helix: HelixGroup
    public var role: String

    public init(name: String, organisation: String = "", helix: HelixGroup = .other, role: String = "") {
        self.name = name
        self.organisation = organisation
        self.helix = helix
        self.role = role
    }

    private enum Key: String, CodingKey { case name, organisation, helix, role }

    /// Only the name is required; scenario authors may leave the rest out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        name = try c.decode(String.self, forKey: .name)
        organisation = try c.decodeIfPresent(String.self, forKey: .organisation) ?? ""
        helix = try c.decodeIfPresent(HelixGroup.self, forKey: .helix) ?? .other
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? ""
    }
}

/// Someone in the room.
public struct Participant: Hashable, Sendable, Codable, Identifiable {
    public let id: ParticipantID
    public var fields: ParticipantFields

    public init(id: ParticipantID, fields: ParticipantFields) {
        self.id = id
        self.fields = fields
    }
}
