/// What the room says when it looks back (wegwijzer 9).
public enum ReflectionKind: String, CaseIterable, Sendable, Codable {
    case wentWell = "ging-goed"
    case didNot = "ging-niet-goed"
    case learned = "geleerd"
}

/// One remark: what went well, what did not, or what the room learns.
public struct ReflectionItem: Hashable, Sendable, Codable, Identifiable {
    /// "e1", "e2" …
    public var id: String
    public var kind: ReflectionKind
    public var text: String

    public init(id: String = "", kind: ReflectionKind, text: String) {
        self.id = id
        self.kind = kind
        self.text = text
    }
}

/// The leadership a cooperation needs now (after the report, p. 60).
public enum LeadershipStyle: String, CaseIterable, Sendable, Codable {
    /// Parties are equal but distrust each other.
    case mediating = "bemiddelend"
    /// Many barriers: someone above the parties.
    case aboveTheParties = "boven-de-partijen"
    /// Distrust rules: a strong leader.
    case forceful = "krachtig"
}

public struct Leadership: Hashable, Sendable, Codable {
    public var style: LeadershipStyle
    public var reason: String

    public init(style: LeadershipStyle, reason: String) {
        self.style = style
        self.reason = reason
    }
}

extension ReflectionItem: CapturedItem {
    public static let idPrefix = "e"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.reflections }

    public func validated(in state: WorkshopState) throws(CommandError) -> ReflectionItem {
        let item = ReflectionItem(id: id, kind: kind, text: TextCleaning.singleLine(text))
        guard !item.text.isEmpty else { throw .emptyText }
        try Engine.check(item.text, "text", Engine.Limits.text)
        return item
    }
}
