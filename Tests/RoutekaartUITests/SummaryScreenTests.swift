import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// The closing summary.
@Suite struct SummaryScreenTests {
    func workshop(language: Language = .nl) throws -> WorkshopApp {
        let app = try demoApp(language: language)
        var commands: [WorkshopCommand] = [
            .add(Fact(fields: FactFields(indicator: "Werkloosheid", value: "3,1", unit: "%"))), .add(Fact(fields: FactFields(indicator: "Vacatures", example: true))),
            .add(PartyInterest(party: "UWV", interest: "werk")), .stateChallenge("Vraag en aanbod vinden elkaar"),
            .add(AgendaTopic(text: "Leerbanen", dots: 2)), .add(AgendaTopic(text: "Eén loket", dots: 4)),
            .add(Domain(fields: DomainFields(kind: .economicAffairs, name: "EZ"))), .add(Domain(fields: DomainFields(kind: .socialAffairs, name: "SZW"))),
            .add(Domain(fields: DomainFields(kind: .education, name: "Onderwijs"))),
            .setDomainLink("d1", "d2", .strong), .setDomainLink("d2", "d3", .weak),
            .add(Actor(fields: ActorFields(name: "Gemeente Zwolle", kind: .municipality, ownMunicipality: true, closeness: 1))),
            .add(Actor(fields: ActorFields(name: "ROC", kind: .education, closeness: 2))),
            .add(Actor(fields: ActorFields(name: "UWV", kind: .uwv, closeness: 2))),
            .add(Relation(fields: RelationFields(from: "n1", to: "n2"))), .add(Relation(fields: RelationFields(from: "n1", to: "n3"))),
            .openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .single)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: QuadrantDots(.netwerkend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p2"), dots: QuadrantDots(.netwerkend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p3"), dots: QuadrantDots(.presterend)),
            .chooseEmphasis(Emphasis(quadrant: .netwerkend, rationale: "veel gebeurt al")),
            .add(AccountabilityAgreement(fields: AgreementFields(what: "Voortgang", towards: "raden"))),
            .openWeefselRound(WeefselRoundSetup()),
            .add(ConnectionItem(kind: .whatConnects, text: "jongeren in de regio houden", audience: "")),
            .chooseLeadership(Leadership(style: .mediating, reason: "")),
            .planHerijking("maart 2027"),
            .add(Commitment(fields: CommitmentFields(who: "Anouk de Vries", what: "Tien werkervaringsplaatsen", byWhen: "1 maart", ownExample: true))),
            .setStatus(wegwijzer: 1, status: .done),
        ]
        for (i, id) in ["p1", "p2", "p3"].enumerated() {
            for ind in Method.weefselIndicators { commands.append(.giveWeefselScore(round: "w1", row: id, indicator: ind.id, value: [2, 4, 5][i])) }
        }
        for c in commands { try app.session.execute(c, at: at(0)) }
        return app
    }

    @Test func oneLineOrTwoPerWegwijzerThenTheActionList() throws {
        let app = try workshop()
        press(app, [.char("Z")])
        #expect(app.view.screen == .summary)
        let text = app.screen(120, 40)
        #expect(text.contains("2 feiten, 1 nog op te zoeken"))
        #expect(text.contains("“Vraag en aanbod vinden elkaar”; bovenaan: Eén loket (4); 1 belang, 2 agendapunten"))
        #expect(text.contains("3 domeinen, 2 verbindingen; ⚠ ontbrekend: EZ — OND"))
        #expect(text.contains("3 actoren, 2 relaties; brug: Gemeente Zwolle; niet aan tafel: ondernemers, burgers, maatschappelijk"))
        #expect(text.contains("nadruk: Netwerkende overheid; gewenst vooral Netwerkende overheid (67 %)"))
        #expect(text.contains("Structuur 3,7 ≠ · Personen 3,7 ≠ · Weefsel 3,7 ≠"))
        #expect(text.contains("★ Anouk de Vries — Tien werkervaringsplaatsen (1 maart)"))
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "summary-\(w)x\(h)") }
        press(app, [.down, .down, .escape], from: 10)
        #expect(app.view.screen == .overview)
    }

    @Test func countsAreSingularForOneAndMeansHaveADecimalComma() throws {
        let app = try workshop()
        for c: WorkshopCommand in [.add(ReflectionItem(kind: .learned, text: "eerst de feiten")), .add(Constituency(fields: ConstituencyFields(name: "raad")))] {
            try app.session.execute(c, at: at(0))
        }
        press(app, [.char("Z")])
        let nl = app.render(width: 120, height: 40, now: at(10)).text
        #expect(nl.contains("1 afspraak over verantwoording, 1 achterban"), "\(nl)")
        #expect(nl.contains("1 opmerking"))
        #expect(nl.contains("1 toezegging (hieronder)"))
        #expect(nl.contains("3 domeinen") && nl.contains("3 actoren, 2 relaties"))
        #expect(nl.contains("Structuur 3,7"), "\(nl)")
    }
}
