/// A constituency (achterban) that a party answers to, e.g. a council.
public struct Constituency: Hashable, Sendable, Codable, Identifiable {
    /// "c1", "c2" …
    public let id: String
    public var fields: ConstituencyFields

    public init(id: String, fields: ConstituencyFields) {
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
    public let id: String
    public var fields: AgreementFields

    public init(id: String, fields: AgreementFields) {
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
