extension Method {
    /// The axes of the quadrant model, as the chart labels them.
    public enum Axis {
        public static let left = LocalizedText(nl: "van binnen naar buiten", en: "inside out")
        public static let right = LocalizedText(nl: "van buiten naar binnen", en: "outside in")
        /// What the horizontal axis means, for a line under the chart.
        public static let meaning = LocalizedText(nl: "links stuurt vooral de overheid, rechts stuurt de samenleving mee",
                                                  en: "on the left government steers, on the right society steers too")
        public static let top = LocalizedText(nl: "resultaten", en: "results")
        public static let bottom = LocalizedText(nl: "waarden", en: "values")
    }

    public static func name(_ kind: RoundKind) -> LocalizedText {
        switch kind {
        case .current: LocalizedText(nl: "nu", en: "now")
        case .desired: LocalizedText(nl: "gewenst", en: "desired")
        }
    }

    /// What a round of `kind` asks the room.
    public static func question(_ kind: RoundKind) -> LocalizedText {
        switch kind {
        case .current: LocalizedText(nl: "Waar staat de samenwerking nu?", en: "Where does the cooperation stand now?")
        case .desired: LocalizedText(nl: "Waar moet de nadruk liggen voor deze opgave?", en: "Where should the emphasis lie for this challenge?")
        }
    }

    public static func name(_ style: VotingStyle) -> LocalizedText {
        switch style {
        case .single: LocalizedText(nl: "één keuze", en: "one choice")
        case .dots: LocalizedText(nl: "stippen verdelen", en: "dot voting")
        }
    }

    public static func name(_ level: AgreementLevel) -> LocalizedText {
        switch level {
        case .none: LocalizedText(nl: "nog geen stemmen", en: "no votes yet")
        case .strong: LocalizedText(nl: "grote overeenstemming", en: "strong agreement")
        case .some: LocalizedText(nl: "enige overeenstemming", en: "some agreement")
        case .divided: LocalizedText(nl: "verdeeld", en: "divided")
        }
    }

    /// Forms of accountability that fit a chosen emphasis (wegwijzer 6).
    public static func legitimacySuggestions(_ quadrant: Quadrant) -> [(fields: LocalizedAgreement, why: LocalizedText)] {
        switch quadrant {
        case .rechtmatig:
            return [
                (LocalizedAgreement(what: .init(nl: "Besluiten van de samenwerking", en: "Decisions of the cooperation"),
                                    towards: .init(nl: "de gemeenteraden", en: "the municipal councils"),
                                    form: .init(nl: "regionaal bestuur met mandaten en vaste regels", en: "regional board with mandates and fixed rules"),
                                    frequency: .init(nl: "per besluit", en: "per decision")),
                 .init(nl: "Rechtmatig: heldere bevoegdheden en procedures.", en: "Lawful: clear powers and procedures.")),
                (LocalizedAgreement(what: .init(nl: "Jaarverslag en rekening", en: "Annual report and accounts"),
                                    towards: .init(nl: "de gemeenteraden", en: "the municipal councils"),
                                    form: .init(nl: "formele verantwoording", en: "formal account"),
                                    frequency: .init(nl: "jaarlijks", en: "yearly")),
                 .init(nl: "Rechtmatig: vaste momenten van verantwoording.", en: "Lawful: fixed moments of accountability.")),
            ]
        case .presterend:
            return [
                (LocalizedAgreement(what: .init(nl: "Afgesproken resultaten en indicatoren", en: "Agreed results and indicators"),
                                    towards: .init(nl: "de gemeenteraden", en: "the municipal councils"),
                                    form: .init(nl: "vastgelegd in begroting of kadernota", en: "set in the budget or framework memo"),
                                    frequency: .init(nl: "jaarlijks", en: "yearly")),
                 .init(nl: "Presterend: stuur op meetbare resultaten.", en: "Performing: steer on measurable results.")),
                (LocalizedAgreement(what: .init(nl: "Voortgang op de resultaten", en: "Progress on the results"),
                                    towards: .init(nl: "raden en partners", en: "councils and partners"),
                                    form: .init(nl: "voortgangsrapportage", en: "progress report"),
                                    frequency: .init(nl: "per half jaar", en: "every six months")),
                 .init(nl: "Presterend: laat zien wat er geleverd is.", en: "Performing: show what was delivered.")),
            ]
        case .netwerkend:
            return [
                (LocalizedAgreement(what: .init(nl: "Wat de samenwerking doet en van plan is", en: "What the cooperation does and plans"),
                                    towards: .init(nl: "raadsleden en partners", en: "council members and partners"),
                                    form: .init(nl: "open regionale raadsavond of café", en: "open regional council evening or café"),
                                    frequency: .init(nl: "per kwartaal", en: "quarterly")),
                 .init(nl: "Netwerkend: afspraken over dialoog in plaats van regels.", en: "Networking: agreements on dialogue rather than rules.")),
                (LocalizedAgreement(what: .init(nl: "Eerste inzichten en dilemma's", en: "Early insights and dilemmas"),
                                    towards: .init(nl: "de achterbannen van alle partijen", en: "every party's constituency"),
                                    form: .init(nl: "vroeg delen en samen duiden", en: "share early and make sense together"),
                                    frequency: .init(nl: "bij elke nieuwe stap", en: "at every new step")),
                 .init(nl: "Netwerkend: neem raden en achterbannen vroeg mee.", en: "Networking: involve councils and constituencies early.")),
            ]
        case .responsief:
            return [
                (LocalizedAgreement(what: .init(nl: "Kaders vooraf, daarna ruimte", en: "Frameworks first, then room"),
                                    towards: .init(nl: "de gemeenteraden", en: "the municipal councils"),
                                    form: .init(nl: "raad stelt kaders bij de start en laat dan los", en: "council sets frameworks at the start, then lets go"),
                                    frequency: .init(nl: "bij de start en bij herijken", en: "at the start and when re-calibrating")),
                 .init(nl: "Responsief: ruimte voor initiatieven binnen vooraf gestelde kaders.", en: "Responsive: room for initiatives within frameworks set beforehand.")),
                (LocalizedAgreement(what: .init(nl: "Verhalen en opbrengsten van initiatieven", en: "Stories and results of initiatives"),
                                    towards: .init(nl: "raden en inwoners", en: "councils and residents"),
                                    form: .init(nl: "gesprek met initiatiefnemers", en: "conversation with initiators"),
                                    frequency: .init(nl: "twee keer per jaar", en: "twice a year")),
                 .init(nl: "Responsief: laat zien wat de samenleving zelf bereikt.", en: "Responsive: show what society achieves itself.")),
            ]
        }
    }
}

/// An accountability agreement with its texts in both languages, as a suggestion.
public struct LocalizedAgreement: Hashable, Sendable {
    public let what: LocalizedText
    public let towards: LocalizedText
    public let form: LocalizedText
    public let frequency: LocalizedText

    /// The agreement in `language`, ready to be added (the owner is left for the room).
    public func fields(_ language: Language) -> AgreementFields {
        AgreementFields(what: what(language), towards: towards(language), form: form(language), frequency: frequency(language))
    }
}
