/// A policy domain the challenge touches (wegwijzer 3).
public enum DomainKind: String, CaseIterable, Sendable, Codable {
    case economicAffairs = "ez"
    case socialAffairs = "szw"
    case education = "onderwijs"
    case care = "zorg"
    case housing = "wonen"
    case mobility = "mobiliteit"
    case other = "anders"

    /// The three domains every labour-market challenge touches.
    public static let core: [DomainKind] = [.economicAffairs, .socialAffairs, .education]
}

public struct DomainFields: Hashable, Sendable, Codable {
    public var kind: DomainKind
    public var name: String
    /// Who holds it: portfolio holder, department, regional network.
    public var portfolio: String
    public var department: String
    public var network: String

    public init(kind: DomainKind, name: String, portfolio: String = "", department: String = "", network: String = "") {
        self.kind = kind
        self.name = name
        self.portfolio = portfolio
        self.department = department
        self.network = network
    }
}

public struct Domain: Hashable, Sendable, Codable, Identifiable {
    /// "d1", "d2" …
    public var id: String
    public var fields: DomainFields

    public init(id: String = "", fields: DomainFields) {
        self.id = id
        self.fields = fields
    }
}

/// How two domains are linked.
public enum DomainLinkStrength: String, CaseIterable, Sendable, Codable {
    case strong = "sterk"
    case weak = "zwak"
    case missing = "ontbreekt"
}

extension Domain: CapturedItem {
    public static let idPrefix = "d"
    public static var list: WritableKeyPath<WorkshopState, [Self]> { \.domains }

    public func validated(in state: WorkshopState) throws(CommandError) -> Domain {
        var clean = fields
        for path in [\DomainFields.name, \.portfolio, \.department, \.network] {
            clean[keyPath: path] = TextCleaning.singleLine(fields[keyPath: path])
            try Engine.check(clean[keyPath: path], "domain", Engine.Limits.field)
        }
        guard !clean.name.isEmpty else { throw .emptyName }
        return Domain(id: id, fields: clean)
    }

    public static func removeDependents(of id: String, from state: inout WorkshopState) {
        state.domainLinks = state.domainLinks.filter { !$0.key.split(separator: "|").contains(Substring(id)) }
    }
}
