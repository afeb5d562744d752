import RoutekaartCore

/// A session that touches every screen: participants, notes, navigation with time spent,
/// the network, two voting rounds (one blind) and an anonymous one, the emphasis with its
/// answers, accountability, a scoring round with notes and the flag.
enum Fixture {
    static let start = Timestamp(iso8601: "2026-11-29T13:00:00.000Z")!

    /// `text` fills every free-text field, so hostile strings can be planted everywhere.
    static func commands(text: String? = nil) -> [WorkshopCommand] {
        func x(_ normal: String) -> String { text ?? normal }
        var c: [WorkshopCommand] = [
            .startSession(SessionDetails(title: x("Werkplaats Zwolle"), region: x("Regio Zwolle"), date: x("2026-11-29"), facilitator: x("Els Visser")), scenario: "demo"),
            .addParticipant(ParticipantFields(name: x("Anouk de Vries"), organisation: x("Gemeente Zwolle"), helix: .government, role: x("wethouder"))),
            .addParticipant(ParticipantFields(name: x("Noël Jansen"), organisation: x("ROC"), helix: .education, role: x("directeur"))),
            .addParticipant(ParticipantFields(name: x("Chloë Bakker"), organisation: x("Techniek IJsseldelta"), helix: .business, role: x("eigenaar"))),
            .openWegwijzer(1),
            .editNotes(wegwijzer: 1, text: x("Werkloosheid 3,1 % (UWV)\nVacatures in de techniek: veel")),
            .add(Fact(fields: FactFields(indicator: x("Werkloosheid"), value: x("3,1"), unit: "%", area: .labourMarketRegion, source: x("UWV"), date: "2025-06", assumed: x("rond de 5 %")))),
            .add(Fact(fields: FactFields(indicator: x("Vacatures in de techniek"), area: .province, source: x("UWV, factsheets"), example: true))),
            .setStatus(wegwijzer: 1, status: .done),
            .openWegwijzer(2),
            .add(PartyInterest(party: x("UWV Regio"), interest: x("mensen uit de uitkering naar werk"))),
            .add(PartyInterest(party: x("Windesheim"), interest: x("stageplaatsen"))),
            .stateChallenge(x("Vraag en aanbod vinden elkaar in de regio")),
            .add(AgendaTopic(text: x("Leerbanen in de zorg"), dots: 3)),
            .add(AgendaTopic(text: x("Eén loket voor werkgevers"), dots: 5)),
            .add(AgendaTopic(text: x("Scholing voor zij-instromers"), dots: 3)),
            .openWegwijzer(3),
            .add(Domain(fields: DomainFields(kind: .economicAffairs, name: x("Economische Zaken"), portfolio: x("wethouder Economie"), department: x("Economie"), network: x("Regio Zwolle")))),
            .add(Domain(fields: DomainFields(kind: .socialAffairs, name: x("Werk en Inkomen"), portfolio: x("wethouder Werk")))),
            .add(Domain(fields: DomainFields(kind: .education, name: x("Onderwijs")))),
            .setDomainLink("d1", "d2", .strong),
            .setDomainLink("d1", "d3", .missing),
            .openWegwijzer(4),
            .add(Actor(fields: ActorFields(name: x("Gemeente Zwolle"), kind: .municipality, ownMunicipality: true, person: x("Anouk de Vries"), participant: ParticipantID("p1"),
                                  interests: x("werk voor iedereen"), strength: x("netwerk"), closeness: 1, couldOwn: true, notes: x("trekker")))),
            .add(Actor(fields: ActorFields(name: x("ROC Deltion"), kind: .education, person: x("Noël"), closeness: 2))),
            .add(Actor(fields: ActorFields(name: x("Techniek IJsseldelta"), kind: .company, closeness: 2))),
            .add(Actor(fields: ActorFields(name: x("UWV Regio"), kind: .uwv, closeness: 3))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n2", strength: .strong, quality: .trust, formal: true, note: x("convenant")))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n3", strength: .weak, quality: .tension, note: x("oud zeer")))),
            .add(Relation(fields: RelationFields(from: "n2", to: "n3"))),
            .layOutNetwork,
            .moveActor("n4", to: BoardPoint(x: 50, y: 40)),
            .openWegwijzer(5),
            .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, blind: true)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: QuadrantDots(.presterend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p2"), dots: QuadrantDots(.presterend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p3"), dots: QuadrantDots(.rechtmatig)),
            .revealQuadrantRound("q1"),
            .openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .dots, dotsPerVoter: 3)),
            .castQuadrantVote(round: "q2", voter: ParticipantID("p1"), dots: QuadrantDots(.netwerkend, 3)),
            .castQuadrantVote(round: "q2", voter: ParticipantID("p2"), dots: { var d = QuadrantDots(.netwerkend, 2); d.responsief = 1; return d }()),
            .castQuadrantVote(round: "q2", voter: ParticipantID("p3"), dots: QuadrantDots(.presterend, 3)),
            .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, anonymous: true, blind: true)),
            .castQuadrantVote(round: "q3", voter: nil, dots: QuadrantDots(.responsief)),
            .chooseEmphasis(Emphasis(quadrant: .netwerkend, rationale: x("Veel gebeurt al in de regio"))),
            .answerVerbind(quadrant: .rechtmatig, answer: x("Jaarlijks aan de raden")),
            .answerVerbind(quadrant: .presterend, answer: x("Plaatsingen per kwartaal")),
            .openWegwijzer(6),
            .add(Constituency(fields: ConstituencyFields(name: x("Gemeenteraad Zwolle"), note: x("kaders bij de start")))),
            .add(AccountabilityAgreement(fields: AgreementFields(what: x("Voortgang"), towards: x("raden"), form: x("raadsavond"), frequency: x("per kwartaal"), owner: x("Anouk")))),
            .openWegwijzer(7),
            .openWeefselRound(WeefselRoundSetup()),
        ]
        let rows = ["p1": "43344334155444", "p2": "44333443544444", "p3": "5443334414533?"]
        for (row, scores) in rows.sorted(by: { $0.key < $1.key }) {
            for (i, ch) in scores.enumerated() {
                c.append(.giveWeefselScore(round: "w1", row: row, indicator: Method.weefselIndicators[i].id, value: ch == "?" ? dontKnowScore : Int(String(ch))!))
            }
        }
        c += [
            .editElementNotes(.weefsel, ElementNotes(goesWell: x("korte lijnen"), mustChange: x("oude netwerken"), whoActs: x("wethouder"))),
            .setWrongWayFlag(WrongWayFlag(raised: true, note: x("steeds dezelfde partners"))),
            .openWegwijzer(8),
            .add(ConnectionItem(kind: .paceDifference, text: x("Bedrijven willen snel, gemeenten werken per begrotingsjaar"), audience: "")),
            .add(ConnectionItem(kind: .whatConnects, text: x("Iedereen wil dat jongeren in de regio blijven"), audience: "")),
            .add(ConnectionItem(kind: .message, text: x("Dit levert leerbanen op"), audience: x("ondernemersvereniging"))),
            .openWegwijzer(9),
            .add(ReflectionItem(kind: .wentWell, text: x("Iedereen was er"))),
            .add(ReflectionItem(kind: .didNot, text: x("Te weinig tijd voor de cijfers"))),
            .add(ReflectionItem(kind: .learned, text: x("Eerst de feiten, dan de opgave"))),
            .chooseLeadership(Leadership(style: .mediating, reason: x("gelijkwaardige partners met oud zeer"))),
            .planHerijking(x("over een half jaar")),
            .openWegwijzer(10),
            .add(Commitment(fields: CommitmentFields(who: x("Anouk de Vries"), what: x("Tien werkervaringsplaatsen bij de gemeente"), byWhen: x("1 maart"), ownExample: true))),
            .add(Commitment(fields: CommitmentFields(who: x("Noël Jansen"), what: x("Stages in de techniek afstemmen met bedrijven"), byWhen: x("voor de zomer")))),
            .openOverview,
        ]
        return c
    }

    /// The events of the session, one minute apart.
    static func events(text: String? = nil) throws -> [RecordedEvent] {
        var h = SessionHistory()
        for (i, command) in commands(text: text).enumerated() {
            for e in try Engine.execute(command, on: h) {
                h.record(RecordedEvent(seq: h.nextSeq, at: Timestamp(milliseconds: start.milliseconds + Int64(i) * 60_000), event: e))
            }
        }
        return h.events
    }
}

extension Fixture {
    /// The fixture with cells a spreadsheet might misread: plain numbers with a sign or Dutch
    /// separators, formulas, dates. `scripts/calc-check` opens its CSV in LibreOffice Calc.
    static func spreadsheetEvents() throws -> [RecordedEvent] {
        var h = SessionHistory()
        let extra: [WorkshopCommand] = [
            .openWegwijzer(1),
            .add(Fact(fields: FactFields(indicator: "Saldo", value: "-5", unit: "mln", area: .province, source: "=HYPERLINK(\"http://x\")", date: "2025-06", assumed: "1.234,5"))),
            .add(Fact(fields: FactFields(indicator: "Groei", value: "+3", unit: "%", area: .province, source: "@SUM(A1)", date: "12-03-2026", assumed: "0,75"))),
            .add(Fact(fields: FactFields(indicator: "-10 % minder", value: "3.1", area: .province, source: "+31 6 12345678", assumed: "'tussen aanhalingstekens"))),
        ]
        for (i, command) in (commands() + extra).enumerated() {
            for e in try Engine.execute(command, on: h) {
                h.record(RecordedEvent(seq: h.nextSeq, at: Timestamp(milliseconds: start.milliseconds + Int64(i) * 60_000), event: e))
            }
        }
        return h.events
    }
}
