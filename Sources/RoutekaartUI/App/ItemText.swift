import RoutekaartCore

/// The words for each kind of captured item, and the short line that names one item.
enum ItemText {
    static func noun(_ kind: ItemKind) -> LocalizedText {
        switch kind {
        case .constituency: UIText.t("achterban", "constituency")
        case .agreement: UIText.t("afspraak", "agreement")
        case .actor: UIText.t("actor", "actor")
        case .relation: UIText.t("relatie", "relation")
        case .domain: UIText.t("domein", "domain")
        case .interest: UIText.t("belang", "interest")
        case .agendaTopic: UIText.t("agendapunt", "agenda point")
        case .fact: UIText.t("feit", "fact")
        case .connection, .reflection: UIText.t("opmerking", "remark")
        case .commitment: UIText.t("toezegging", "commitment")
        }
    }

    /// What the room will recognise the item by: its name, its text, its party.
    static func name(_ item: Item, in state: WorkshopState) -> String {
        switch item.value {
        case let c as Constituency: c.fields.name
        case let a as AccountabilityAgreement: a.fields.what
        case let a as Actor: a.fields.name
        case let r as Relation: [r.fields.from, r.fields.to].map { state.actor($0)?.fields.name ?? $0 }.joined(separator: " — ")
        case let d as Domain: d.fields.name
        case let b as PartyInterest: b.party
        case let g as AgendaTopic: g.text
        case let f as Fact: f.fields.indicator
        case let v as ConnectionItem: v.text
        case let e as ReflectionItem: e.text
        case let t as Commitment: t.fields.what
        default: item.id
        }
    }

    /// The name of the item `id` of `kind` in `state`, or the id when it is gone.
    static func name(_ kind: ItemKind, _ id: String, in state: WorkshopState) -> String {
        func find<I: CapturedItem>(_: I.Type) -> Item? { state[keyPath: I.list].first { $0.id == id }.map(Item.init) }
        return find(kind.type).map { name($0, in: state) } ?? id
    }
}
