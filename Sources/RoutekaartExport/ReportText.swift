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

    static func minutes(_ m: Double) -> String {
        m < 0.05 ? "—" : Format.oneDecimal(m) + " min"
    }
}
