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

    /// What the room will recognise the item by: its name, its text, its parties.
    static func label(_ item: Item, in state: WorkshopState, _ language: Language) -> String {
        switch item.value {
        case let c as Constituency: c.fields.name
        case let a as AccountabilityAgreement: a.fields.what
        case let a as Actor: a.fields.name
        case let r as Relation: (state.actor(r.fields.from)?.fields.name ?? r.fields.from) + " — " + (state.actor(r.fields.to)?.fields.name ?? r.fields.to)
        case let d as Domain: d.fields.name
        case let b as PartyInterest: b.party + ": " + b.interest
        case let g as AgendaTopic: g.text
        case let f as Fact: f.fields.indicator
        case let v as ConnectionItem: Method.name(v.kind)(language) + ": " + v.text
        case let e as ReflectionItem: Method.name(e.kind)(language) + ": " + e.text
        case let t as Commitment: t.fields.what
        default: item.id
        }
    }
}
