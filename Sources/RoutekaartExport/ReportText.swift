import RoutekaartCore

/// Headings and labels of the reports, in Dutch and English.
enum ReportText {
    static func t(_ nl: String, _ en: String, _ lang: Language) -> String { LocalizedText(nl: nl, en: en)(lang) }

    static func status(_ raw: String, _ lang: Language) -> String {
        WegwijzerStatus(rawValue: raw).map { Method.name($0)(lang) } ?? raw
    }

    static func helix(_ raw: String, _ lang: Language) -> String {
        HelixGroup(rawValue: raw).map { Method.name($0)(lang) } ?? raw
    }

    static func kind(_ raw: String, _ lang: Language) -> String {
        ActorKind(rawValue: raw).map { Method.name($0)(lang) } ?? raw
    }

    static func quadrant(_ raw: String, _ lang: Language) -> String {
        Quadrant(rawValue: raw).map { Method.info($0).name(lang) } ?? raw
    }

    static func roundKind(_ raw: String, _ lang: Language) -> String {
        RoundKind(rawValue: raw).map { Method.name($0)(lang) } ?? raw
    }

    /// Whole minutes: "6 min"; under half a minute "< 1 min"; nothing spent "—".
    static func minutes(_ m: Double) -> String {
        if m < 0.01 { return "—" }
        return m < 0.5 ? "< 1 min" : "\(Int(m.rounded())) min"
    }

    static let fromScenario = LocalizedText(nl: "voorbeeld uit het scenario — nog invullen", en: "example from the scenario — still to fill in")
    static let weefselScale = LocalizedText(nl: "Schaal: 1 = zwak … 5 = sterk; 'weet niet' telt apart en niet mee in het gemiddelde.",
                                            en: "Scale: 1 = weak … 5 = strong; 'don't know' is counted apart and not in the mean.")
    static let divided = LocalizedText(nl: "Verdeeld", en: "Divided")

    /// A fact's value cell: an example from a scenario says so.
    static func factValue(_ f: Outcome.FactOutcome, _ lang: Language) -> String {
        let value = f.value + (f.unit.isEmpty ? "" : " " + f.unit)
        guard f.example else { return value }
        return (value.isEmpty ? "" : value + " — ") + fromScenario(lang)
    }
}
