/// What the room names at wegwijzer 8: differences, what connects, messages home.
public enum ConnectionKind: String, CaseIterable, Sendable, Codable {
    case languageDifference = "verschil-taal"
    case paceDifference = "verschil-tempo"
    case interestsDifference = "verschil-belangen"
    case valuesDifference = "verschil-waarden"
    /// Shared values, a shared story.
    case whatConnects = "verbindt"
    /// The message for one constituency (`audience`).
    case message = "boodschap"
}

/// One thing named: a difference, something that connects, or a message for a constituency.
public struct ConnectionItem: Hashable, Sendable, Codable, Identifiable {
    /// "v1", "v2" …
    public var id: String
    public var kind: ConnectionKind
    public var text: String
    /// For a message: the constituency it is for.
    public var audience: String

    public init(id: String = "", kind: ConnectionKind, text: String, audience: String = "") {
        self.id = id
        self.kind = kind
        self.text = text
        self.audience = audience
    }
}

extension ConnectionItem: CapturedItem {
    public static let idPrefix = "v"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.connections }

    public func validated(in state: WorkshopState) throws(CommandError) -> ConnectionItem {
        let item = ConnectionItem(id: id, kind: kind, text: TextCleaning.singleLine(text), audience: TextCleaning.singleLine(audience))
        guard !item.text.isEmpty else { throw .emptyText }
        try Engine.check(item.text, "text", Engine.Limits.text)
        try Engine.check(item.audience, "audience", Engine.Limits.field)
        return item
    }
}
