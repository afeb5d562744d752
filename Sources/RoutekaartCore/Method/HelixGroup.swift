/// The group a participant or actor belongs to in the (quadruple) helix view.
public enum HelixGroup: String, CaseIterable, Sendable, Codable {
    case government = "overheid"
    case business = "ondernemers"
    case education = "onderwijs"
    case citizens = "burgers"
    case civilSociety = "maatschappelijk"
    case other = "anders"
}
