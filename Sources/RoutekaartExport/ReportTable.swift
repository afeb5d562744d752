import RoutekaartCore

/// A table of a report: the same columns in the Markdown and the HTML report, each of
/// which writes it in its own syntax.
struct ReportTable {
    var header: [String]
    var rows: [[String]]
}

extension ReportTable {
    /// Who took part: name, organisation, helix group and role; once anonymised only the code and the helix group.
    static func participants(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        if o.session.anonymised {
            return ReportTable(header: [t("Code", "Code"), t("Helixgroep", "Helix group")], rows: o.participants.map { [$0.name, ReportText.helix($0.helix, lang)] })
        }
        return ReportTable(header: [t("Naam", "Name"), t("Organisatie", "Organisation"), t("Helixgroep", "Helix group"), t("Rol", "Role")],
                           rows: o.participants.map { [$0.name, $0.organisation, ReportText.helix($0.helix, lang), $0.role] })
    }

    /// The ten wegwijzers with their status and the time spent at each.
    static func route(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: ["#", t("Wegwijzer", "Signpost"), t("Status", "Status"), t("Tijd", "Time")],
                           rows: o.wegwijzers.map { ["\($0.number)", $0.title, ReportText.status($0.status, lang), ReportText.minutes($0.minutesSpent)] })
    }

    static func facts(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Indicator", "Indicator"), t("Waarde", "Value"), t("Gebied", "Area"), t("Bron", "Source"), t("Datum", "Date"), t("Wat we dachten", "What we assumed")],
                           rows: o.facts.map { [$0.indicator, ReportText.factValue($0, lang), $0.area, $0.source, WorkshopDate.shown($0.date, lang) + ($0.old ? " ⚠" : ""), $0.assumed] })
    }

    static func interests(_ o: Outcome, _ lang: Language) -> ReportTable {
        ReportTable(header: [ReportText.t("Partij", "Party", lang), ReportText.t("Belang", "Interest", lang)], rows: o.challenge.interests.map { [$0.party, $0.interest] })
    }

    static func agenda(_ o: Outcome, _ lang: Language) -> ReportTable {
        ReportTable(header: ["#", ReportText.t("Agendapunt", "Agenda point", lang), ReportText.t("Stippen", "Dots", lang)],
                    rows: o.challenge.agenda.map { ["\($0.rank)", $0.text, "\($0.dots)"] })
    }

    static func domains(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Domein", "Domain"), t("Portefeuille", "Portfolio"), t("Afdeling", "Department"), t("Regionaal netwerk", "Regional network")],
                           rows: o.domains.items.map { [$0.name, $0.portfolio, $0.department, $0.network] })
    }

    static func domainLinks(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Domein", "Domain"), t("Domein", "Domain"), t("Verbinding", "Link")],
                           rows: o.domains.links.map { [$0.a, $0.b, DomainLinkStrength(rawValue: $0.strength).map { Method.name($0)(lang) } ?? $0.strength] })
    }

    static func actors(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Actor", "Actor"), t("Soort", "Kind"), "Ring", t("Relaties", "Relations"), t("Aan tafel", "At the table"), t("Belangen", "Interests"),
                                    t("Kracht", "Strength"), t("Notities", "Notes")],
                           rows: o.network.actors.map { [($0.ownMunicipality ? "★ " : "") + $0.name, ReportText.kind($0.kind, lang), "\($0.ring)", "\($0.relations)",
                                                         $0.participant ?? $0.person, $0.interests, $0.strength, $0.notes] })
    }

    static func relations(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Van", "From"), t("Naar", "To"), t("Sterkte", "Strength"), t("Kwaliteit", "Quality"), t("Formeel", "Formal"), t("Toelichting", "Note")],
                           rows: o.network.relations.map { [$0.fromName, $0.toName, $0.strength, $0.quality, $0.formal ? t("ja", "yes") : t("nee", "no"), $0.note] })
    }

    static func agreements(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Wat", "What"), t("Richting wie", "Towards whom"), t("Vorm", "Form"), t("Hoe vaak", "How often"), t("Eigenaar", "Owner")],
                           rows: o.legitimacy.agreements.map { [$0.what, $0.towards, $0.form, $0.frequency, $0.owner] })
    }

    /// A scoring round's statistics: the three elements first, then each indicator.
    static func scores(_ round: Outcome.WeefselOutcome.Round, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Indicator", "Indicator"), t("Gemiddeld", "Mean"), t("Spreiding", "Spread"), "n", t("Weet niet", "Don't know"), ReportText.divided(lang)],
                           rows: (round.elements + round.indicators).map { s in
                               [s.name, s.mean.map { Format.mean($0, lang) } ?? "—", s.spread.map { Format.mean($0, lang) } ?? "—", "\(s.scores)", "\(s.unknown)",
                                s.divided ? t("≠ verdeeld", "≠ divided") : ""]
                           })
    }

    static func commitments(_ o: Outcome, _ lang: Language) -> ReportTable {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        return ReportTable(header: [t("Wie", "Who"), t("Wat", "What"), t("Wanneer", "By when"), t("Eigen voorbeeld", "Own example")],
                           rows: o.commitments.map { [$0.who, $0.what, WorkshopDate.shown($0.byWhen, lang), $0.ownExample ? "★" : ""] })
    }
}
