import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartExport

/// `--anonymise`: no participant's name, organisation or role, and not the facilitator,
/// in any format; codes that stay the same person; anonymous rounds in no telling order.
@Suite struct AnonymisationTests {
    /// A session with the three participants' names, in variants, in more than fifteen places.
    static let commands: [WorkshopCommand] = [
        .startSession(SessionDetails(title: "Werkplaats met Xanthippe Quuxley", region: "Twente", facilitator: "Els Visser"), scenario: nil),
        .addParticipant(ParticipantFields(name: "Xanthippe Quuxley", organisation: "Quuxorg Gemeente", helix: .government, role: "wethouder Quuxrol")),
        .addParticipant(ParticipantFields(name: "Zoë Bramblewick", organisation: "Bedrijf", helix: .business, role: "eigenaar")),
        .addParticipant(ParticipantFields(name: "Jan van der Berg", organisation: "ROC", helix: .education, role: "docent")),
        .openWegwijzer(1),
        .editNotes(wegwijzer: 1, text: "Xanthippe vertelde over de cijfers\n  xanthippe quuxley vulde aan"),
        .add(Fact(fields: FactFields(indicator: "Werkloosheid", value: "3", area: .labourMarketRegion, source: "navraag bij QUUXLEY"))),
        .openWegwijzer(2),
        .add(PartyInterest(party: "Bedrijf van Bramblewick", interest: "wat Zoe nodig heeft")),
        .stateChallenge("Zoë wil leerbanen"),
        .add(AgendaTopic(text: "Plan van Berg", dots: 2)),
        .openWegwijzer(3),
        .add(Domain(fields: DomainFields(kind: .economicAffairs, name: "Economie", portfolio: "wethouder Quuxley"))),
        .openWegwijzer(4),
        .add(Actor(fields: ActorFields(name: "Gemeente", kind: .municipality, person: "Xanthippe Quuxley", participant: ParticipantID("p1"),
                                       interests: "wat Zoë wil", closeness: 1, notes: "bel Jan"))),
        .add(Actor(fields: ActorFields(name: "Bedrijf", kind: .company, closeness: 2))),
        .add(Relation(fields: RelationFields(from: "n1", to: "n2", note: " Xanthippe  Quuxley  belt"))),
        .openWegwijzer(5),
        .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, anonymous: true)),
        .castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(.responsief)),
        .castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(.presterend)),
        .castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(.netwerkend)),
        .chooseEmphasis(Emphasis(quadrant: .netwerkend, rationale: "voorstel van Bramblewick")),
        .answerVerbind(quadrant: .rechtmatig, answer: "Berg regelt het"),
        .openWegwijzer(6),
        .add(Constituency(fields: ConstituencyFields(name: "De raad", note: "Xanthippe informeert"))),
        .add(AccountabilityAgreement(fields: AgreementFields(what: "Voortgang", towards: "raden", form: "brief", frequency: "jaarlijks", owner: "Zoë Bramblewick"))),
        .openWegwijzer(7),
        .editElementNotes(.weefsel, ElementNotes(goesWell: "Zoe en Jan", mustChange: "minder Quuxley", whoActs: "Jan van der Berg")),
        .setWrongWayFlag(WrongWayFlag(raised: true, note: "quuxley ziet het anders")),
        .openWegwijzer(8),
        .add(ConnectionItem(kind: .message, text: "Dit levert leerbanen op", audience: "achterban van Bramblewick")),
        .openWegwijzer(9),
        .add(ReflectionItem(kind: .learned, text: "Zoe leerde veel")),
        .chooseLeadership(Leadership(style: .mediating, reason: "Xanthippe als verbinder")),
        .planHerijking("met Quuxley in maart"),
        .openWegwijzer(10),
        .add(Commitment(fields: CommitmentFields(who: "xanthippe quuxley", what: "Zoë belt Jan", byWhen: "maart"))),
        .removeParticipant(ParticipantID("p2")),
        .addParticipant(ParticipantFields(name: "Ans Smit", helix: .civilSociety)),
    ]

    static func events() throws -> [RecordedEvent] {
        var h = SessionHistory()
        for (i, command) in commands.enumerated() {
            for e in try Engine.execute(command, on: h) {
                h.record(RecordedEvent(seq: h.nextSeq, at: Timestamp(milliseconds: Fixture.start.milliseconds + Int64(i) * 60_000), event: e))
            }
        }
        return h.events
    }

    func everyFormat(_ o: Outcome) throws -> [String] {
        [MarkdownExporter.render(o, language: .nl), HTMLExporter.render(o, language: .nl), try o.json()]
            + CSVExporter.Table.allCases.flatMap { [CSVExporter.render(o, table: $0, dialect: .rfc4180, raw: false), CSVExporter.render(o, table: $0, dialect: .excelNL, raw: false)] }
    }

    @Test func noNameOrganisationRoleOrFacilitatorInAnyFormat() throws {
        let o = Outcome(events: try Self.events(), anonymise: true, language: .nl)
        let words = try Regex("(?i)\\b(xanthippe|quuxley|bramblewick|zo[eë]|jan|berg|els|visser|quuxorg|quuxrol|smit|ans)\\b")
        for text in try everyFormat(o) {
            let found = text.matches(of: words).map { String(text[$0.range]) }
            #expect(found.isEmpty, "found \(found) in \(text.prefix(80))")
        }
        let named = try everyFormat(Outcome(events: try Self.events(), anonymise: false, language: .nl)).joined()
        #expect(named.matches(of: words).count > 40, "without --anonymise the names are all there")
        #expect(o.participants.map(\.name) == ["P1", "P3", "P4"], "P2 left the table; nobody takes over their code")
        #expect(o.participants.allSatisfy { $0.organisation.isEmpty && $0.role.isEmpty })
        #expect(o.session.facilitator.isEmpty)
        #expect(o.session.title == "Werkplaats met P1")
        #expect(o.commitments[0].who == "P1" && o.commitments[0].what == "P2 belt P3")
        #expect(o.network.actors[0].participant == "P1")
        let md = MarkdownExporter.render(o, language: .nl)
        #expect(md.contains("| Code | Helixgroep |\n| --- | --- |\n| P1 | overheid |"), "the participants table shows the code and the helix group only")
        #expect(CSVExporter.render(o, table: .participants, dialect: .rfc4180, raw: false).hasPrefix("code,helix\r\nP1,overheid\r\n"))
    }

    @Test func codesStayWithTheSamePersonWhateverTheMoment() throws {
        let events = try Self.events()
        let early = Outcome(events: events, at: 4, anonymise: true, language: .nl)
        let late = Outcome(events: events, anonymise: true, language: .nl)
        #expect(early.participants.map(\.name) == ["P1", "P2", "P3"])
        #expect(late.participants.first { $0.helix == "onderwijs" }?.name == early.participants.first { $0.helix == "onderwijs" }?.name)
        #expect(late.participants.first { $0.helix == "maatschappelijk" }?.name == "P4")
    }

    @Test func anonymousBallotsComeOutSortedNotAsCast() throws {
        let o = Outcome(events: try Self.events(), anonymise: false, language: .nl)
        let votes = try #require(o.quadrant.rounds.first).votes
        // Cast as responsief, presterend, netwerkend.
        #expect(votes.map { [$0.presterend, $0.netwerkend, $0.rechtmatig, $0.responsief] } == [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
    }

    @Test func anonymousScoreRowsAreNumberedByTheirScores() {
        let scores = [("r1", 5), ("r2", 2), ("r3", 4)].map { Outcome.WeefselOutcome.Score(row: $0.0, indicator: "weefsel.vertrouwen", value: $0.1) }
        let canonical = Outcome.canonical(scores, anonymous: true)
        #expect(canonical.map(\.row) == ["R1", "R2", "R3"])
        #expect(canonical.map(\.value) == [2, 4, 5])
        #expect(Outcome.canonical(scores, anonymous: false).map(\.row) == ["r1", "r2", "r3"])
    }

    @Test func everyEventSurvivesTheRewrite() throws {
        let events = try Fixture.events()
        let rewritten = Anonymiser(log: events).anonymised(events)
        #expect(rewritten.count == events.count)
        for (a, b) in zip(events, rewritten) { #expect(a.seq == b.seq && a.at == b.at) }
        // A participant named like a fixed value does not break the events it appears in.
        var h = SessionHistory()
        for c: WorkshopCommand in [.startSession(SessionDetails(title: "x"), scenario: nil), .addParticipant(ParticipantFields(name: "Overheid Burgers", helix: .citizens)),
                                   .openWegwijzer(4), .add(Actor(fields: ActorFields(name: "Burgers", kind: .citizens, closeness: 1)))] {
            for e in try Engine.execute(c, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: Fixture.start, event: e)) }
        }
        let o = Outcome(events: h.events, anonymise: true, language: .nl)
        #expect(o.participants.map(\.helix) == ["burgers"])
        #expect(o.network.actors.map(\.name) == ["P1"] && o.network.actors.map(\.kind) == ["burgers"])
    }
}
