/// What the session is: its title, region, date and who facilitates it.
public struct SessionDetails: Hashable, Sendable, Codable {
    public var title: String
    public var region: String
    /// The workshop date as the facilitator writes it, e.g. "2026-11-29".
    public var date: String
    public var facilitator: String

    public init(title: String, region: String = "", date: String = "", facilitator: String = "") {
        self.title = title
        self.region = region
        self.date = date
        self.facilitator = facilitator
    }
}
