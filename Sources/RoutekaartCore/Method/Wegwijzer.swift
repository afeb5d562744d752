/// One of the ten signposts of the method: a step with guidance and questions for the room.
public struct Wegwijzer: Hashable, Sendable, Identifiable {
    /// 1 … 10.
    public let number: Int
    public let title: LocalizedText
    /// The route point (`RoutePoint.id`) it is grouped under.
    public let routePoint: String
    public let guidance: LocalizedText
    /// Two to four guiding questions for the room.
    public let questions: [LocalizedText]

    public var id: Int { number }

    /// The digit key that opens it from anywhere: 1–9, and 0 for 10.
    public var shortcut: Character {
        number == 10 ? "0" : Character(String(number))
    }
}
