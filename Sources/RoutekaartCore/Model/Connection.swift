/// What the room names at wegwijzer 8: differences, what connects, messages home.
public enum ConnectionKind: String, CaseIterable, Sendable, Codable {
    case verschilTaal = "verschil-taal"
    case verschilTempo = "verschil-tempo"
    case verschilBelangen = "verschil-belangen"
    case verschilWaarden = "verschil-waarden"
    /// Shared values, a shared story.
    case verbindt
    /// The message for one constituency (`audience`).
    case boodschap
}

/// One thing named: a difference, something that connects, or a message for a constituency.
public struct ConnectionItem: Hashable, Sendable, Codable, Identifiable {
    /// "v1", "v2" …
    public let id: String
    public var kind: ConnectionKind
    public var text: String
    /// For a message: the constituency it is for.
    public var audience: String

    public init(id: String, kind: ConnectionKind, text: String, audience: String = "") {
        self.id = id
        self.kind = kind
        self.text = text
        self.audience = audience
    }
}
