import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct QuadrantVotingTests {
    let people: [WorkshopCommand] = ["Anouk", "Noël", "Chloë", "Sander", "Fatma"].map { .addParticipant(.init(name: $0)) }

    func round(_ ballots: [QuadrantDots], dots: Int = 1) -> QuadrantRound {
        var r = QuadrantRound(id: "q1", setup: QuadrantRoundSetup(kind: .current, style: dots == 1 ? .single : .dots, dotsPerVoter: dots))
        r.ballots = ballots.map { QuadrantBallot(voter: nil, dots: $0) }
        return r
    }

    @Test func tallyCountsSharesAndLeader() {
        let t = QuadrantTally(round([.init(.presterend), .init(.presterend), .init(.presterend), .init(.netwerkend), .init(.responsief)]))
        #expect(t.counts == { var d = QuadrantDots(); d.presterend = 3; d.netwerkend = 1; d.responsief = 1; return d }())
        #expect(t.total == 5 && t.ballots == 5)
        #expect(t.share(.presterend) == 0.6)
        #expect(t.percentages == [.presterend: 60, .netwerkend: 20, .rechtmatig: 0, .responsief: 20])
        #expect(t.leaders == [.presterend])
        #expect(t.agreement == .strong)
    }

    @Test func percentagesAlwaysAddUpToAHundred() {
        let t = QuadrantTally(round([.init(.presterend), .init(.netwerkend), .init(.rechtmatig)]))
        #expect(t.percentages == [.presterend: 34, .netwerkend: 33, .rechtmatig: 33, .responsief: 0])
        #expect(t.leaders == [.presterend, .netwerkend, .rechtmatig])
        #expect(t.agreement == .divided)
    }

    @Test func agreementInWords() {
        #expect(AgreementLevel(largestShare: 0, total: 0) == .none)
        #expect(AgreementLevel(largestShare: 0.6, total: 5) == .strong)
        #expect(AgreementLevel(largestShare: 0.59, total: 5) == .some)
        #expect(AgreementLevel(largestShare: 0.4, total: 5) == .some)
        #expect(AgreementLevel(largestShare: 0.39, total: 5) == .divided)
        for level in AgreementLevel.allCases { #expect(Method.name(level).nl != Method.name(level).en) }
    }

    @Test func spreadIsZeroForOneQuadrantAndOneForAllFourEqually() {
        #expect(QuadrantTally(round([.init(.rechtmatig), .init(.rechtmatig)])).spread == 0)
        let even = QuadrantTally(round(Quadrant.allCases.map { QuadrantDots($0) }))
        #expect(abs(even.spread - 1) < 1e-12)
        #expect(QuadrantTally(round([])).spread == 0)
        #expect(QuadrantTally(round([])).leaders.isEmpty)
    }

    @Test func dotVotingSpreadsDotsPerBallot() {
        var a = QuadrantDots(), b = QuadrantDots()
        a.netwerkend = 2; a.responsief = 1
        b.netwerkend = 3
        let t = QuadrantTally(round([a, b], dots: 3))
        #expect(t.counts.netwerkend == 5 && t.counts.responsief == 1 && t.total == 6 && t.ballots == 2)
        #expect(t.percentages[.netwerkend] == 83)
    }

    @Test func aNamedRoundKeepsOneBallotPerParticipant() throws {
        let h = try history([.startSession(demoDetails, scenario: nil)] + people + [
            .openQuadrantRound(.init(kind: .current, style: .single)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: .init(.presterend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: .init(.netwerkend)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p2"), dots: .init(.netwerkend)),
        ])
        let round = try #require(h.state.round("q1"))
        #expect(round.ballots.map(\.voter) == [ParticipantID("p1"), ParticipantID("p2")])
        #expect(QuadrantTally(round).counts.netwerkend == 2)
    }

    @Test func anAnonymousRoundStoresNoParticipantIdentityAnywhere() throws {
        let h = try history([.startSession(demoDetails, scenario: nil)] + people + [
            .openQuadrantRound(.init(kind: .desired, style: .dots, dotsPerVoter: 3, anonymous: true, blind: true)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: .init(.responsief, 3)),
            .castQuadrantVote(round: "q1", voter: ParticipantID("p2"), dots: .init(.netwerkend, 3)),
            .castQuadrantVote(round: "q1", voter: nil, dots: .init(.netwerkend, 3)),
            .revealQuadrantRound("q1"),
        ])
        let votes = h.events.filter { if case .quadrantVoteCast = $0.event { true } else { false } }
        #expect(votes.count == 3)
        for vote in votes {
            let json = String(decoding: try JSONEncoder().encode(vote), as: UTF8.self)
            #expect(!json.contains("voter"), "\(json)")
            for p in h.state.participants { #expect(!json.contains("\"\(p.id.rawValue)\""), "\(json)") }
            let line = String(decoding: try JournalLine.encode(vote), as: UTF8.self)
            #expect(!line.contains("voter") && !line.contains("\"p1\"") && !line.contains("\"p2\""))
        }
        #expect(h.state.round("q1")?.ballots.allSatisfy { $0.voter == nil } == true)
        #expect(QuadrantTally(h.state.round("q1")!).counts.netwerkend == 6)
    }

    @Test func anAnonymousBallotInALogIsFoldedWithoutItsName() {
        var h = SessionHistory()
        h.record(RecordedEvent(seq: 1, at: t0, event: .quadrantRoundOpened(id: "q1", .init(kind: .current, style: .single, anonymous: true))))
        h.record(RecordedEvent(seq: 2, at: t0, event: .quadrantVoteCast(round: "q1", QuadrantBallot(voter: ParticipantID("p1"), dots: .init(.rechtmatig)))))
        #expect(h.state.round("q1")?.ballots == [QuadrantBallot(voter: nil, dots: .init(.rechtmatig))])
    }

    @Test func votesAreChecked() throws {
        let h = try history([.startSession(demoDetails, scenario: nil)] + people + [.openQuadrantRound(.init(kind: .current, style: .dots, dotsPerVoter: 3))])
        #expect(throws: CommandError.unknownRound("q9")) { try Engine.execute(.castQuadrantVote(round: "q9", voter: nil, dots: .init(.presterend)), on: h) }
        #expect(throws: CommandError.voterRequired) { try Engine.execute(.castQuadrantVote(round: "q1", voter: nil, dots: .init(.presterend, 3)), on: h) }
        #expect(throws: CommandError.voterUnknown(ParticipantID("p99"))) { try Engine.execute(.castQuadrantVote(round: "q1", voter: ParticipantID("p99"), dots: .init(.presterend, 3)), on: h) }
        #expect(throws: CommandError.wrongNumberOfDots(expected: 3, got: 2)) { try Engine.execute(.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: .init(.presterend, 2)), on: h) }
        var negative = QuadrantDots(.presterend, 4)
        negative.netwerkend = -1
        #expect(throws: CommandError.dotsOutOfRange) { try Engine.execute(.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: negative), on: h) }
        #expect(throws: CommandError.dotsOutOfRange) { try Engine.execute(.openQuadrantRound(.init(kind: .current, style: .dots, dotsPerVoter: 0)), on: h) }
        #expect(throws: CommandError.alreadyRevealed) { try Engine.execute(.revealQuadrantRound("q1"), on: h) }
    }

    @Test func aRerunKeepsTheEarlierRound() throws {
        let h = try history([.openQuadrantRound(.init(kind: .current, style: .single)), .openQuadrantRound(.init(kind: .desired, style: .single)),
                             .openQuadrantRound(.init(kind: .current, style: .single, blind: true))])
        #expect(h.state.quadrantRounds.map(\.id) == ["q1", "q2", "q3"])
        #expect(h.state.latestRound(.current)?.id == "q3")
        #expect(h.state.latestRound(.desired)?.id == "q2")
        #expect(h.state.round("q3")?.isVisible == false)
    }

    @Test func emphasisAndVerbindAnswers() throws {
        let h = try history([.chooseEmphasis(Emphasis(quadrant: .netwerkend, rationale: "  Veel gebeurt al in de regio. ")),
                             .answerVerbind(quadrant: .rechtmatig, answer: "Jaarlijks aan de raden")])
        #expect(h.state.emphasis == Emphasis(quadrant: .netwerkend, rationale: "Veel gebeurt al in de regio."))
        #expect(h.state.verbindAnswers == [.rechtmatig: "Jaarlijks aan de raden"])
        #expect(throws: CommandError.sameQuadrant) { try Engine.execute(.answerVerbind(quadrant: .netwerkend, answer: "x"), on: h) }
    }

    @Test func constituenciesAndAgreements() throws {
        let h = try history([.add(Constituency(fields: .init(name: "Gemeenteraad Zwolle"))), .add(Constituency(fields: .init(name: "Werkgeversvereniging"))),
                             .remove(.constituency, "c1"), .add(AccountabilityAgreement(fields: .init(what: "Voortgang", towards: "raden"))),
                             .edit(AccountabilityAgreement(id: "a1", fields: .init(what: "Voortgang", towards: "raden", owner: "Anouk")))])
        #expect(h.state.constituencies.map(\.id) == ["c2"])
        #expect(h.state.agreements == [AccountabilityAgreement(id: "a1", fields: .init(what: "Voortgang", towards: "raden", owner: "Anouk"))])
        #expect(throws: CommandError.emptyText) { try Engine.execute(.add(AccountabilityAgreement(fields: .init(what: " "))), on: h) }
        #expect(throws: CommandError.unknownItem("a7")) { try Engine.execute(.remove(.agreement, "a7"), on: h) }
    }

    @Test func everyQuadrantHasSuggestionsInBothLanguages() {
        for q in Quadrant.allCases {
            let suggestions = Method.legitimacySuggestions(q)
            #expect(suggestions.count >= 2)
            for s in suggestions { #expect(s.fields.fields(.nl) != s.fields.fields(.en)) }
        }
    }
}
