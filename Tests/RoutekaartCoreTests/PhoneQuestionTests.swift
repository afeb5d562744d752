import Testing
@testable import RoutekaartCore

/// Every question the phones are asked has one shape: what is asked, how it is answered,
/// which commands an answer becomes, and what the phones may see of the result.
@Suite struct PhoneQuestionTests {
    let people: [WorkshopCommand] = (1...6).map { .addParticipant(ParticipantFields(name: "Deelnemer \($0)", helix: .government)) }
    let p1 = ParticipantID("p1")

    @Test func aQuadrantRoundIsAPickOrASpreadOfItsDots() throws {
        let (single, state) = try ask(people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true)])
        guard case let .pick(options) = single.answer else { Issue.record("a single choice is a pick"); return }
        #expect(options.map(\.id).sorted() == Quadrant.allCases.map(\.rawValue).sorted())
        #expect(try single.commands(for: PhoneAnswer(values: ["netwerkend": 1]), voter: p1, in: state)
                == [.castQuadrantVote(round: "q1", voter: p1, dots: QuadrantDots(.netwerkend), fromDevice: true)])
        let (dots, _) = try ask(people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .dots, dotsPerVoter: 3), toRoom: true)])
        #expect(dots.answer == .spread(options, total: 3, exactly: true))
        #expect(dots.hint == "Verdeel precies 3 stippen.")
    }

    @Test func anAnswerNamingWhatWasNotAskedIsRefused() throws {
        let (single, state) = try ask(people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true)])
        #expect(throws: CommandError.unknownItem("ambtelijk")) { try single.commands(for: PhoneAnswer(values: ["ambtelijk": 1]), voter: p1, in: state) }
        #expect(throws: CommandError.voterRequired) { try single.commands(for: PhoneAnswer(values: ["netwerkend": 1]), voter: nil, in: state) }
    }

    @Test func anAnonymousRoundTakesNoNameAndHidesItsResultUntilFiveAnswers() throws {
        let setup = QuadrantRoundSetup(kind: .current, style: .single, anonymous: true)
        let vote = WorkshopCommand.castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(.presterend), fromDevice: true)
        let (four, state) = try ask(people + [.openQuadrantRound(setup, toRoom: true)] + Array(repeating: vote, count: 4))
        #expect(four.anonymous && four.result == .fromAnswers(Engine.Limits.anonymousResultFrom))
        #expect(try four.commands(for: PhoneAnswer(values: ["presterend": 1]), voter: p1, in: state) == [vote])
        let (five, _) = try ask(people + [.openQuadrantRound(setup, toRoom: true)] + Array(repeating: vote, count: 5))
        guard case let .bars(bars) = five.result else { Issue.record("five answers show"); return }
        #expect(bars.count == 4 && bars.contains { $0.value == "100 %" && $0.fraction == 1 })
        #expect(five.turnout.answered == 5 && five.turnout.expected == 6)
    }

    @Test func aBlindRoundShowsNothingBeforeTheReveal() throws {
        let (blind, _) = try ask(people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, blind: true), toRoom: true),
                                      .castQuadrantVote(round: "q1", voter: p1, dots: QuadrantDots(.netwerkend), fromDevice: true)])
        #expect(blind.result == .follows)
    }

    @Test func aWeefselRoundIsAScaleThatAPhoneCanClear() throws {
        let s1 = Method.weefselIndicators[0].id, s2 = Method.weefselIndicators[1].id
        let (weefsel, state) = try ask(people + [.openWeefselRound(WeefselRoundSetup(), toRoom: true), .giveWeefselRow(round: "w1", row: "p1", scores: [s1: 4])])
        guard case let .scale(groups, values) = weefsel.answer else { Issue.record("a weefsel round is a scale"); return }
        #expect(groups.flatMap(\.items).count == Method.weefselIndicators.count && groups.count == WeefselElement.allCases.count)
        #expect(values.map(\.id) == ["1", "2", "3", "4", "5", "0"])
        #expect(weefsel.given(by: p1, in: state) == PhoneAnswer(values: [s1: 4]))
        // Leaving s1 empty clears it; s2, never given, is only left open.
        #expect(try weefsel.commands(for: PhoneAnswer(values: [s2: 2], cleared: [s1]), voter: p1, in: state)
                == [.clearWeefselScore(round: "w1", row: "p1", indicator: s1), .giveWeefselRow(round: "w1", row: "p1", scores: [s2: 2])])
        #expect(try weefsel.commands(for: PhoneAnswer(cleared: [s1, s2]), voter: p1, in: state) == [.clearWeefselScore(round: "w1", row: "p1", indicator: s1)])
    }

    @Test func theAgendaIsASpreadOfAtMostTheDotsSet() throws {
        let (agenda, state) = try ask(people + [.add(AgendaTopic(id: "", text: "Stages", dots: 0)), .add(AgendaTopic(id: "", text: "Zorg", dots: 0)),
                                       .setAgendaDotsPerVoter(4), .openQuestion(.agenda)])
        #expect(agenda.answer == .spread([PhoneOption(id: "g1", label: "Stages", detail: nil), PhoneOption(id: "g2", label: "Zorg", detail: nil)], total: 4, exactly: false))
        #expect(agenda.result == PhoneResult.none && !agenda.anonymous)
        #expect(try agenda.commands(for: PhoneAnswer(values: ["g2": 3]), voter: p1, in: state) == [.giveAgendaDots(voter: p1, dots: ["g2": 3])])
    }

    @Test func nothingOpenAsksNothing() throws {
        #expect(PhoneQuestion(try history(people).state, .nl) == nil)
    }

    @Test func everyKindNamesItselfInTheSessionFileAndBack() {
        for question in [RoomQuestion.quadrantRound("q3"), .weefselRound("w2"), .agenda] {
            #expect(RoomQuestion(kind: question.kind, round: question.round) == question)
        }
        #expect(RoomQuestion(kind: "agenda", round: "q1") == nil && RoomQuestion(kind: "quadrantRound", round: nil) == nil)
    }

    // MARK: Helpers

    /// What the phones are asked after `commands`, and the state it was asked in.
    private func ask(_ commands: [WorkshopCommand]) throws -> (PhoneQuestion, WorkshopState) {
        let state = try history(commands).state
        return (try #require(PhoneQuestion(state, .nl)), state)
    }
}
