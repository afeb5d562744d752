/// A constituency (achterban) that a party answers to, e.g. a council.
public struct Constituency: Hashable, Sendable, Codable, Identifiable {
    /// "c1", "c2" …
    public var id: String
    public var fields: ConstituencyFields

    public init(id: String = "", fields: ConstituencyFields) {
        self.id = id
        self.fields = fields
    }
}

public struct ConstituencyFields: Hashable, Sendable, Codable {
    public var name: String
    public var note: String

    public init(name: String, note: String = "") {
        self.name = name
        self.note = note
    }
}

/// An agreement on accountability: what, towards whom, in which form, how often, who owns it.
public struct AccountabilityAgreement: Hashable, Sendable, Codable, Identifiable {
    /// "a1", "a2" …
    public var id: String
    public var fields: AgreementFields

    public init(id: String = "", fields: AgreementFields) {
        self.id = id
        self.fields = fields
    }
}

public struct AgreementFields: Hashable, Sendable, Codable {
    public var what: String
    public var towards: String
    public var form: String
    public var frequency: String
    public var owner: String

    public init(what: String, towards: String = "", form: String = "", frequency: String = "", owner: String = "") {
        self.what = what
        self.towards = towards
        self.form = form
        self.frequency = frequency
        self.owner = owner
    }
}

extension Constituency: CapturedItem {
    public static let idPrefix = "c"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.constituencies }

    public func validated(in state: WorkshopState) throws(CommandError) -> Constituency {
        let clean = ConstituencyFields(name: TextCleaning.singleLine(fields.name), note: TextCleaning.singleLine(fields.note))
        guard !clean.name.isEmpty else { throw .emptyName }
        try Engine.check(clean.name, "name", Engine.Limits.name)
        try Engine.check(clean.note, "note", Engine.Limits.field)
        return Constituency(id: id, fields: clean)
    }
}

extension AccountabilityAgreement: CapturedItem {
    public static let idPrefix = "a"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.agreements }

    public func validated(in state: WorkshopState) throws(CommandError) -> AccountabilityAgreement {
        let clean = AgreementFields(
            what: TextCleaning.singleLine(fields.what), towards: TextCleaning.singleLine(fields.towards),
            form: TextCleaning.singleLine(fields.form), frequency: TextCleaning.singleLine(fields.frequency),
            owner: TextCleaning.singleLine(fields.owner))
        guard !clean.what.isEmpty else { throw .emptyText }
        for (text, name) in [(clean.what, "what"), (clean.towards, "towards"), (clean.form, "form"),
                             (clean.frequency, "frequency"), (clean.owner, "owner")] {
            try Engine.check(text, name, Engine.Limits.field)
        }
        return AccountabilityAgreement(id: id, fields: clean)
    }
}
