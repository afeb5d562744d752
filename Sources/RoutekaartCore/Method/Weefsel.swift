/// The three elements that make or break a cooperation.
public enum WeefselElement: String, CaseIterable, Sendable, Codable {
    case structuur
    case personen
    case weefsel
}

/// One indicator the room scores from 1 to 5.
public struct WeefselIndicator: Hashable, Sendable, Identifiable {
    /// A stable key, e.g. "structuur.regels".
    public let id: String
    public let element: WeefselElement
    public let name: LocalizedText
}
