/// A commitment made in the room (wegwijzer 10): who does what, by when. Together they
/// are the workshop's action list.
public struct Commitment: Hashable, Sendable, Codable, Identifiable {
    /// "t1", "t2" …
    public let id: String
    public var fields: CommitmentFields

    public init(id: String, fields: CommitmentFields) {
        self.id = id
        self.fields = fields
    }
}

public struct CommitmentFields: Hashable, Sendable, Codable {
    public var who: String
    public var what: String
    public var byWhen: String
    /// An example the own municipality sets ("geef het voorbeeld").
    public var ownExample: Bool

    public init(who: String, what: String, byWhen: String = "", ownExample: Bool = false) {
        self.who = who
        self.what = what
        self.byWhen = byWhen
        self.ownExample = ownExample
    }
}
