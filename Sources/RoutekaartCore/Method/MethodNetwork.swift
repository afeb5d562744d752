extension Method {
    public static func name(_ kind: ActorKind) -> LocalizedText {
        switch kind {
        case .gemeente: .init(nl: "gemeente", en: "municipality")
        case .provincie: .init(nl: "provincie", en: "province")
        case .rijk: .init(nl: "Rijk", en: "national government")
        case .uwv: .init(nl: "UWV", en: "UWV (employment agency)")
        case .bedrijf: .init(nl: "bedrijf", en: "business")
        case .werkgeversorganisatie: .init(nl: "werkgeversorganisatie", en: "employers' organisation")
        case .werknemersorganisatie: .init(nl: "werknemersorganisatie", en: "employees' organisation")
        case .onderwijs: .init(nl: "onderwijs", en: "education")
        case .kennisinstelling: .init(nl: "kennisinstelling", en: "knowledge institute")
        case .maatschappelijk: .init(nl: "maatschappelijke organisatie", en: "civil society organisation")
        case .burgers: .init(nl: "burgers", en: "citizens")
        case .regionaleSamenwerking: .init(nl: "regionale samenwerking", en: "regional cooperation")
        case .anders: .init(nl: "anders", en: "other")
        }
    }

    /// Two letters on a token that tell kinds apart without colour.
    public static func badge(_ kind: ActorKind) -> String {
        switch kind {
        case .gemeente: "Gm"
        case .provincie: "Pv"
        case .rijk: "Rk"
        case .uwv: "Uw"
        case .bedrijf: "Bd"
        case .werkgeversorganisatie: "Wg"
        case .werknemersorganisatie: "Wn"
        case .onderwijs: "On"
        case .kennisinstelling: "Ki"
        case .maatschappelijk: "Mo"
        case .burgers: "Bu"
        case .regionaleSamenwerking: "Rs"
        case .anders: "An"
        }
    }

    public static func name(_ strength: RelationStrength) -> LocalizedText {
        switch strength {
        case .sterk: .init(nl: "sterk", en: "strong")
        case .zwak: .init(nl: "zwak", en: "weak")
        }
    }

    public static func name(_ quality: RelationQuality) -> LocalizedText {
        switch quality {
        case .vertrouwen: .init(nl: "vertrouwen", en: "trust")
        case .neutraal: .init(nl: "neutraal", en: "neutral")
        case .spanning: .init(nl: "spanning", en: "tension")
        }
    }

    /// The mark in the middle of a relation line: + trust, = neutral, ! tension.
    public static func mark(_ quality: RelationQuality) -> Character {
        switch quality {
        case .vertrouwen: "+"
        case .neutraal: "="
        case .spanning: "!"
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
        case .bemiddelend: .init(nl: "bemiddelend", en: "mediating")
        case .bovenDePartijen: .init(nl: "boven de partijen", en: "above the parties")
        case .krachtig: .init(nl: "krachtig", en: "strong")
        }
    }

    /// When a leadership style fits, in a few words.
    public static func when(_ style: LeadershipStyle) -> LocalizedText {
        switch style {
        case .bemiddelend: .init(nl: "partijen zijn gelijkwaardig maar wantrouwig", en: "parties are equal but distrustful")
        case .bovenDePartijen: .init(nl: "er zijn veel drempels", en: "there are many barriers")
        case .krachtig: .init(nl: "wantrouwen overheerst", en: "distrust prevails")
        }
    }
}

extension Method {
    public static func name(_ kind: ConnectionKind) -> LocalizedText {
        switch kind {
        case .verschilTaal: .init(nl: "Verschil in taal", en: "Difference in language")
        case .verschilTempo: .init(nl: "Verschil in tempo", en: "Difference in pace")
        case .verschilBelangen: .init(nl: "Verschil in belangen", en: "Difference in interests")
        case .verschilWaarden: .init(nl: "Verschil in waarden", en: "Difference in values")
        case .verbindt: .init(nl: "Wat ons verbindt", en: "What connects us")
        case .boodschap: .init(nl: "Boodschap voor de achterban", en: "Message for the constituency")
        }
    }
}

extension Method {
    public static func name(_ kind: DomainKind) -> LocalizedText {
        switch kind {
        case .ez: .init(nl: "Economische Zaken (EZ)", en: "Economic affairs (EZ)")
        case .szw: .init(nl: "Werk en Inkomen (SZW)", en: "Work and income (SZW)")
        case .onderwijs: .init(nl: "Onderwijs", en: "Education")
        case .zorg: .init(nl: "Zorg", en: "Care")
        case .wonen: .init(nl: "Wonen", en: "Housing")
        case .mobiliteit: .init(nl: "Mobiliteit", en: "Mobility")
        case .anders: .init(nl: "Anders", en: "Other")
        }
    }

    /// A short column label for the matrix.
    public static func short(_ kind: DomainKind) -> String {
        switch kind {
        case .ez: "EZ"
        case .szw: "SZW"
        case .onderwijs: "OND"
        case .zorg: "ZRG"
        case .wonen: "WON"
        case .mobiliteit: "MOB"
        case .anders: "ANL"
        }
    }

    public static func name(_ strength: DomainLinkStrength) -> LocalizedText {
        switch strength {
        case .sterk: .init(nl: "sterk", en: "strong")
        case .zwak: .init(nl: "zwak", en: "weak")
        case .ontbreekt: .init(nl: "ontbreekt", en: "missing")
        }
    }

    /// The mark of a link in the matrix: ━ strong, ┄ weak, ✗ missing.
    public static func mark(_ strength: DomainLinkStrength) -> String {
        switch strength {
        case .sterk: "━"
        case .zwak: "┄"
        case .ontbreekt: "✗"
        }
    }
}
