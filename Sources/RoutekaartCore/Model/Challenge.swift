/// What one party brings to the table at wegwijzer 2: its own interest in the challenge.
public struct PartyInterest: Hashable, Sendable, Codable, Identifiable {
    /// "b1", "b2" …
    public var id: String
    /// The party, e.g. "UWV Regio" or "ROC".
    public var party: String
    public var interest: String

    public init(id: String = "", party: String, interest: String) {
        self.id = id
        self.party = party
        self.interest = interest
    }
}

/// One point on the attractive agenda (wegwijzer 2), with the dots the room gave it.
/// Not to be confused with the workshop's own timed agenda (`AgendaSlot`).
public struct AgendaTopic: Hashable, Sendable, Codable, Identifiable {
    /// "g1", "g2" …
    public var id: String
    public var text: String
    /// Dots stuck on this point in the dot vote, 0 … `AgendaTopic.maxDots`.
    public var dots: Int

    public static let maxDots = 999

    public init(id: String = "", text: String, dots: Int = 0) {
        self.id = id
        self.text = text
        self.dots = dots
    }

    /// The points by dots, most first; equal dots keep the order they were entered in.
    public static func ranked(_ topics: [AgendaTopic]) -> [AgendaTopic] {
        topics.enumerated().sorted { a, b in
            a.element.dots != b.element.dots ? a.element.dots > b.element.dots : a.offset < b.offset
        }.map(\.element)
    }

    /// The ranked points with their rank; equal dots share a rank (1, 2, 2, 4).
    public static func ranking(_ topics: [AgendaTopic]) -> [(rank: Int, topic: AgendaTopic)] {
        let ranked = ranked(topics)
        return ranked.enumerated().map { i, t in (ranked.firstIndex { $0.dots == t.dots }! + 1, t) }
    }
}

extension PartyInterest: CapturedItem {
    public static let idPrefix = "b"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.interests }

    public func validated(in state: WorkshopState) throws(CommandError) -> PartyInterest {
        let item = PartyInterest(id: id, party: TextCleaning.singleLine(party), interest: TextCleaning.singleLine(interest))
        guard !item.party.isEmpty else { throw .emptyName }
        try Engine.check(item.party, "party", Engine.Limits.name)
        try Engine.check(item.interest, "interest", Engine.Limits.text)
        return item
    }
}

extension AgendaTopic: CapturedItem {
    public static let idPrefix = "g"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.agendaTopics }

    public func validated(in state: WorkshopState) throws(CommandError) -> AgendaTopic {
        let item = AgendaTopic(id: id, text: TextCleaning.singleLine(text), dots: dots)
        guard !item.text.isEmpty else { throw .emptyText }
        try Engine.check(item.text, "text", Engine.Limits.text)
        guard (0...AgendaTopic.maxDots).contains(dots) else { throw .topicDotsOutOfRange(dots) }
        return item
    }
}
