extension Method {
    public static func name(_ kind: ActorKind) -> LocalizedText {
        switch kind {
        case .municipality: .init(nl: "gemeente", en: "municipality")
        case .province: .init(nl: "provincie", en: "province")
        case .nationalGovernment: .init(nl: "Rijk", en: "national government")
        case .uwv: .init(nl: "UWV", en: "UWV (employment agency)")
        case .company: .init(nl: "bedrijf", en: "business")
        case .employersOrganisation: .init(nl: "werkgeversorganisatie", en: "employers' organisation")
        case .employeesOrganisation: .init(nl: "werknemersorganisatie", en: "employees' organisation")
        case .education: .init(nl: "onderwijs", en: "education")
        case .knowledgeInstitution: .init(nl: "kennisinstelling", en: "knowledge institute")
        case .civilSociety: .init(nl: "maatschappelijke organisatie", en: "civil society organisation")
        case .citizens: .init(nl: "burgers", en: "citizens")
        case .regionalPartnership: .init(nl: "regionale samenwerking", en: "regional cooperation")
        case .other: .init(nl: "anders", en: "other")
        }
    }

    /// Two letters on a token that tell kinds apart without colour.
    public static func badge(_ kind: ActorKind) -> String {
        switch kind {
        case .municipality: "Gm"
        case .province: "Pv"
        case .nationalGovernment: "Rk"
        case .uwv: "Uw"
        case .company: "Bd"
        case .employersOrganisation: "Wg"
        case .employeesOrganisation: "Wn"
        case .education: "On"
        case .knowledgeInstitution: "Ki"
        case .civilSociety: "Mo"
        case .citizens: "Bu"
        case .regionalPartnership: "Rs"
        case .other: "An"
        }
    }

    public static func name(_ strength: RelationStrength) -> LocalizedText {
        switch strength {
        case .strong: .init(nl: "sterk", en: "strong")
        case .weak: .init(nl: "zwak", en: "weak")
        }
    }

    public static func name(_ quality: RelationQuality) -> LocalizedText {
        switch quality {
        case .trust: .init(nl: "vertrouwen", en: "trust")
        case .neutral: .init(nl: "neutraal", en: "neutral")
        case .tension: .init(nl: "spanning", en: "tension")
        }
    }

    /// The mark in the middle of a relation line: + trust, = neutral, ! tension.
    public static func mark(_ quality: RelationQuality) -> Character {
        switch quality {
        case .trust: "+"
        case .neutral: "="
        case .tension: "!"
        }
    }
}

extension Method {
    public static func name(_ kind: ReflectionKind) -> LocalizedText {
        switch kind {
        case .wentWell: .init(nl: "Ging goed", en: "Went well")
        case .didNot: .init(nl: "Ging niet goed", en: "Did not go well")
        case .learned: .init(nl: "Wat we leren", en: "What we learn")
        }
    }

    public static func name(_ style: LeadershipStyle) -> LocalizedText {
        switch style {
        case .mediating: .init(nl: "bemiddelend", en: "mediating")
        case .aboveTheParties: .init(nl: "boven de partijen", en: "above the parties")
        case .forceful: .init(nl: "krachtig", en: "strong")
        }
    }

    /// When a leadership style fits, in a few words.
    public static func when(_ style: LeadershipStyle) -> LocalizedText {
        switch style {
        case .mediating: .init(nl: "partijen zijn gelijkwaardig maar wantrouwig", en: "parties are equal but distrustful")
        case .aboveTheParties: .init(nl: "er zijn veel drempels", en: "there are many barriers")
        case .forceful: .init(nl: "wantrouwen overheerst", en: "distrust prevails")
        }
    }
}

extension Method {
    public static func name(_ kind: ConnectionKind) -> LocalizedText {
        switch kind {
        case .languageDifference: .init(nl: "Verschil in taal", en: "Difference in language")
        case .paceDifference: .init(nl: "Verschil in tempo", en: "Difference in pace")
        case .interestsDifference: .init(nl: "Verschil in belangen", en: "Difference in interests")
        case .valuesDifference: .init(nl: "Verschil in waarden", en: "Difference in values")
        case .whatConnects: .init(nl: "Wat ons verbindt", en: "What connects us")
        case .message: .init(nl: "Boodschap voor de achterban", en: "Message for the constituency")
        }
    }
}

extension Method {
    public static func name(_ kind: DomainKind) -> LocalizedText {
        switch kind {
        case .economicAffairs: .init(nl: "Economische Zaken (EZ)", en: "Economic affairs (EZ)")
        case .socialAffairs: .init(nl: "Werk en Inkomen (SZW)", en: "Work and income (SZW)")
        case .education: .init(nl: "Onderwijs", en: "Education")
        case .care: .init(nl: "Zorg", en: "Care")
        case .housing: .init(nl: "Wonen", en: "Housing")
        case .mobility: .init(nl: "Mobiliteit", en: "Mobility")
        case .other: .init(nl: "Anders", en: "Other")
        }
    }

    /// A short column label for the matrix.
    public static func short(_ kind: DomainKind) -> String {
        switch kind {
        case .economicAffairs: "EZ"
        case .socialAffairs: "SZW"
        case .education: "OND"
        case .care: "ZRG"
        case .housing: "WON"
        case .mobility: "MOB"
        case .other: "ANL"
        }
    }

    public static func name(_ strength: DomainLinkStrength) -> LocalizedText {
        switch strength {
        case .strong: .init(nl: "sterk", en: "strong")
        case .weak: .init(nl: "zwak", en: "weak")
        case .missing: .init(nl: "ontbreekt", en: "missing")
        }
    }

    /// The mark of a link in the matrix: ━ strong, ┄ weak, ✗ missing.
    public static func mark(_ strength: DomainLinkStrength) -> String {
        switch strength {
        case .strong: "━"
        case .weak: "┄"
        case .missing: "✗"
        }
    }
}
