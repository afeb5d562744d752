/// The group a participant or actor belongs to in the (quadruple) helix view.
public enum HelixGroup: String, CaseIterable, Sendable, Codable {
    case overheid
    case ondernemers
    case onderwijs
    case burgers
    case maatschappelijk
    case anders
}
