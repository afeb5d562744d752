/// One of the five orientation points of the route map (I–V).
public struct RoutePoint: Hashable, Sendable, Identifiable {
    /// Roman numeral, "I" … "V".
    public let id: String
    public let title: LocalizedText
    public let summary: LocalizedText
}
