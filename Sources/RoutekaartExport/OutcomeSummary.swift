import RoutekaartCore

extension Outcome {
    /// "De uitkomst in het kort": what the room decided, in a few sentences, for whoever
    /// was not there. Only what was captured appears; a part with nothing captured is nil or empty.
    public struct Summary: Encodable, Sendable {
        public struct AgendaPoint: Encodable, Sendable {
            public var text: String
            public var dots: Int
        }
        public struct Action: Encodable, Sendable { public var who, what, byWhen: String }

        public var challenge: String?
        /// The three agenda points with the most dots.
        public var agenda: [AgendaPoint]
        /// Actors, relations, the strongest bridge and who is missing, in one sentence.
        public var network: String?
        /// Where the room sees the cooperation now, where it wants to go, and the chosen emphasis.
        public var steering: String?
        /// The strongest and the weakest element, and where the room was divided.
        public var weefsel: String?
        public var accountabilityAgreements: Int
        public var actions: [Action]

        /// Nothing was captured that the summary tells.
        public var isEmpty: Bool {
            challenge == nil && agenda.isEmpty && network == nil && steering == nil && weefsel == nil
                && accountabilityAgreements == 0 && actions.isEmpty
        }
    }

    /// The summary of this outcome, in `lang`.
    func summarised(_ lang: Language) -> Summary {
        Summary(challenge: challenge.statement.isEmpty ? nil : challenge.statement,
                agenda: challenge.agenda.filter { $0.dots > 0 }.prefix(3).map { Summary.AgendaPoint(text: $0.text, dots: $0.dots) },
                network: networkSentence(lang), steering: steeringSentence(lang), weefsel: weefselSentence(lang),
                accountabilityAgreements: legitimacy.agreements.count,
                actions: commitments.map { Summary.Action(who: $0.who, what: $0.what, byWhen: $0.byWhen) })
    }

    private func networkSentence(_ lang: Language) -> String? {
        guard !network.actors.isEmpty else { return nil }
        var parts = [SummaryText.actors(network.actors.count, lang) + ", " + SummaryText.relations(network.relations.count, lang)]
        let bridges = Set(network.analysis.bridges)
        if let strongest = network.actors.filter({ bridges.contains($0.name) }).max(by: { ($0.betweenness, $1.name) < ($1.betweenness, $0.name) }) {
            parts.append(SummaryText.strongestBridge(lang, strongest.name))
        }
        if !network.analysis.missingHelix.isEmpty {
            parts.append(SummaryText.notAtTheTable(lang, network.analysis.missingHelix.map { ReportText.helix($0, lang).lowercased() }.joined(separator: ", ")))
        }
        return parts.joined(separator: "; ") + "."
    }

    private func steeringSentence(_ lang: Language) -> String? {
        let now = quadrant.rounds.last { $0.kind == RoundKind.current.rawValue && !$0.hidden && $0.ballots > 0 }
        let desired = quadrant.rounds.last { $0.kind == RoundKind.desired.rawValue && !$0.hidden && $0.ballots > 0 }
        func name(_ raw: String) -> String { Self.lowercasedFirst(ReportText.quadrant(raw, lang)) }
        func share(_ round: QuadrantOutcome.Round) -> (names: String, percent: Int) {
            (round.leaders.map(name).joined(separator: SummaryText.and(lang)), round.leaders.first.flatMap { round.percentages[$0] } ?? 0)
        }
        var sentence = ""
        if let now {
            let (names, percent) = share(now)
            sentence = SummaryText.seesNow(lang, names, Format.percent(percent, lang))
        }
        if let desired {
            let (names, percent) = share(desired)
            if let now, let leader = desired.leaders.first {
                let change = percent - (now.percentages[leader] ?? 0)
                sentence += SummaryText.wantsTowardsWithChange(lang, names, Format.percent(percent, lang), Format.signed(change))
            } else {
                sentence += (now == nil ? SummaryText.wantsTowardsAlone : SummaryText.wantsTowards)(lang, names, Format.percent(percent, lang))
            }
        }
        if let emphasis = quadrant.emphasis {
            let chosen = SummaryText.chosenEmphasis(lang, name(emphasis)) + ((quadrant.rationale ?? "").isEmpty ? "" : " — " + (quadrant.rationale ?? ""))
            sentence += sentence.isEmpty ? Self.uppercasedFirst(chosen) : "; " + chosen
        }
        return sentence.isEmpty ? nil : sentence + (sentence.hasSuffix(".") ? "" : ".")
    }

    private func weefselSentence(_ lang: Language) -> String? {
        guard let round = weefsel.rounds.last(where: { !$0.hidden }) else { return nil }
        let scored = round.elements.filter { $0.mean != nil }
        guard let strongest = scored.max(by: { ($0.mean ?? 0, $1.name) < ($1.mean ?? 0, $0.name) }),
              let weakest = scored.min(by: { ($0.mean ?? 0, $0.name) < ($1.mean ?? 0, $1.name) }) else { return nil }
        var parts = [SummaryText.strongest(lang, Self.lowercasedFirst(strongest.name), Format.mean(strongest.mean ?? 0, lang))]
        if weakest.id != strongest.id {
            parts.append(SummaryText.weakest(lang, Self.lowercasedFirst(weakest.name), Format.mean(weakest.mean ?? 0, lang)))
        }
        let divided = (round.elements + round.indicators).filter(\.divided).map { Self.lowercasedFirst($0.name) }
        if !divided.isEmpty { parts.append(SummaryText.divided(lang, divided.joined(separator: ", "))) }
        return Self.uppercasedFirst(parts.joined(separator: "; ")) + "."
    }

    static func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
    static func uppercasedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

/// The sentences of the summary, in Dutch and English.
enum SummaryText {
    static let heading = LocalizedText(nl: "De uitkomst in het kort", en: "Outcome at a glance")
    static let challenge = LocalizedText(nl: "Opgave", en: "Challenge")
    static let agenda = LocalizedText(nl: "Agenda", en: "Agenda")
    static let network = LocalizedText(nl: "Netwerk", en: "Network")
    static let steering = LocalizedText(nl: "Sturing", en: "Steering")
    static let weefsel = LocalizedText(nl: "Weefsel", en: "Weefsel")
    static let accountability = LocalizedText(nl: "Verantwoording", en: "Accountability")
    static let actions = LocalizedText(nl: "Acties", en: "Actions")
    static let nothingYet = LocalizedText(nl: "Nog niets vastgelegd.", en: "Nothing captured yet.")
    static let dots = CountedText(one: LocalizedText(nl: "stip", en: "dot"), other: LocalizedText(nl: "stippen", en: "dots"))
    static let actors = CountedText(one: LocalizedText(nl: "actor", en: "actor"), other: LocalizedText(nl: "actoren", en: "actors"))
    static let relations = CountedText(one: LocalizedText(nl: "relatie", en: "relation"), other: LocalizedText(nl: "relaties", en: "relations"))
    static let agreements = CountedText(one: LocalizedText(nl: "afspraak over verantwoording", en: "accountability agreement"),
                                        other: LocalizedText(nl: "afspraken over verantwoording", en: "accountability agreements"))
    static let strongestBridge = LocalizedText(nl: "sterkste brug: %1", en: "strongest bridge: %1")
    static let notAtTheTable = LocalizedText(nl: "niet aan tafel: %1", en: "not at the table: %1")
    static let and = LocalizedText(nl: " en ", en: " and ")
    static let seesNow = LocalizedText(nl: "De groep ziet de samenwerking nu vooral als %1 (%2)", en: "The group sees the cooperation now mainly as %1 (%2)")
    static let wantsTowards = LocalizedText(nl: " en wil naar %1 (%2)", en: " and wants to move towards %1 (%2)")
    static let wantsTowardsAlone = LocalizedText(nl: "De groep wil naar %1 (%2)", en: "The group wants to move towards %1 (%2)")
    static let wantsTowardsWithChange = LocalizedText(nl: " en wil naar %1 (%2, %3 punten)", en: " and wants to move towards %1 (%2, %3 points)")
    static let chosenEmphasis = LocalizedText(nl: "gekozen nadruk: %1", en: "chosen emphasis: %1")
    static let strongest = LocalizedText(nl: "sterkste element: %1 (%2)", en: "strongest element: %1 (%2)")
    static let weakest = LocalizedText(nl: "zwakste: %1 (%2)", en: "weakest: %1 (%2)")
    static let divided = LocalizedText(nl: "de zaal was verdeeld over %1", en: "the room was divided on %1")
    static let who = LocalizedText(nl: "Wie", en: "Who")
    static let what = LocalizedText(nl: "Wat", en: "What")
    static let byWhen = LocalizedText(nl: "Wanneer", en: "By when")
}
