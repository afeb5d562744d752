/// A commitment made in the room (wegwijzer 10): who does what, by when. Together they
/// are the workshop's action list.
public struct Commitment: Hashable, Sendable, Codable, Identifiable {
    /// "t1", "t2" …
    public var id: String
    public var fields: CommitmentFields

    public init(id: String = "", fields: CommitmentFields) {
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

extension Commitment: CapturedItem {
    public static let idPrefix = "t"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.commitments }

    public func validated(in state: WorkshopState) throws(CommandError) -> Commitment {
        let clean = CommitmentFields(who: TextCleaning.singleLine(fields.who), what: TextCleaning.singleLine(fields.what),
                                     byWhen: TextCleaning.singleLine(fields.byWhen), ownExample: fields.ownExample)
        guard !clean.what.isEmpty else { throw .emptyText }
        for (text, name) in [(clean.who, "who"), (clean.what, "what"), (clean.byWhen, "byWhen")] {
            try Engine.check(text, name, Engine.Limits.field)
        }
        return Commitment(id: id, fields: clean)
    }
}
