import Foundation
import Testing
@testable import RoutekaartCore

/// The question open to the room is part of the workshop: opened and closed by events,
/// closed by a reveal or a new round, and the only one a phone's answer counts for.
@Suite struct RoomQuestionTests {
    let people: [WorkshopCommand] = ["Anouk de Vries", "Femke de Boer", "Joris Bakker"].map {
        .addParticipant(ParticipantFields(name: $0, helix: .government))
    }
    let single = QuadrantRoundSetup(kind: .current, style: .single)
    let s1 = Method.weefselIndicators[0].id

    @Test func aRoundOpenedWhileTheRoomIsOpenIsAskedAtOnce() throws {
        let h = try history(people + [.openQuadrantRound(single, toRoom: true)])
        #expect(h.state.openQuestion == .quadrantRound("q1"))
        #expect(h.events.suffix(2).map(\.event) == [.quadrantRoundOpened(id: "q1", single), .questionOpened(.quadrantRound("q1"))])
        // Without the room, the round is the laptop's.
        #expect(try history(people + [.openQuadrantRound(single)]).state.openQuestion == nil)
    }

    @Test func theQuestionStaysOpenWhateverTheLaptopShows() throws {
        let h = try history(people + [.openQuadrantRound(single, toRoom: true), .openWegwijzer(3), .openOverview, .openWegwijzer(1)])
        #expect(h.state.openQuestion == .quadrantRound("q1"))
    }

    @Test func aRevealANewRoundOrTheKeyClosesIt() throws {
        let blind = QuadrantRoundSetup(kind: .current, style: .single, blind: true)
        #expect(try history(people + [.openQuadrantRound(blind, toRoom: true), .revealQuadrantRound("q1")]).state.openQuestion == nil)
        #expect(try history(people + [.openQuadrantRound(single, toRoom: true), .openWeefselRound(WeefselRoundSetup())]).state.openQuestion == nil)
        let closed = try history(people + [.openQuadrantRound(single, toRoom: true), .closeQuestion])
        #expect(closed.state.openQuestion == nil && closed.events.last?.event == .questionClosed)
        #expect(try Engine.execute(.closeQuestion, on: closed).isEmpty)
    }

    @Test func onlyWhatCanBeAskedOpens() throws {
        let h = try history(people)
        #expect(throws: CommandError.notAskable) { try Engine.execute(.openQuestion(.quadrantRound("q1")), on: h) }
        #expect(throws: CommandError.notAskable) { try Engine.execute(.openQuestion(.agenda), on: h) }
        let revealed = try history(people + [.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single, blind: true)), .revealQuadrantRound("q1")])
        #expect(throws: CommandError.notAskable) { try Engine.execute(.openQuestion(.quadrantRound("q1")), on: revealed) }
        let two = try history(people + [.openQuadrantRound(single), .openQuadrantRound(single)])
        #expect(throws: CommandError.notAskable) { try Engine.execute(.openQuestion(.quadrantRound("q1")), on: two) }
        #expect(try Engine.execute(.openQuestion(.quadrantRound("q2")), on: two) == [.questionOpened(.quadrantRound("q2"))])
    }

    @Test func aPhoneAnswerCountsOnlyForTheOpenQuestion() throws {
        let open = try history(people + [.openQuadrantRound(single, toRoom: true)])
        let vote = WorkshopCommand.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: QuadrantDots(.netwerkend), fromDevice: true)
        #expect(try Engine.execute(vote, on: open).count == 1)
        let closed = try history(people + [.openQuadrantRound(single, toRoom: true), .closeQuestion])
        #expect(throws: CommandError.questionClosed) { try Engine.execute(vote, on: closed) }
        // The laptop still votes in a round the room was not asked.
        let laptop = WorkshopCommand.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: QuadrantDots(.netwerkend))
        #expect(try Engine.execute(laptop, on: closed).count == 1)
        let weefsel = try history(people + [.openWeefselRound(WeefselRoundSetup())])
        #expect(throws: CommandError.questionClosed) { try Engine.execute(.giveWeefselRow(round: "w1", row: "p1", scores: [s1: 3]), on: weefsel) }
        let agenda = try history(people + [.add(AgendaTopic(id: "", text: "Stages", dots: 0))])
        #expect(throws: CommandError.questionClosed) { try Engine.execute(.giveAgendaDots(voter: ParticipantID("p1"), dots: ["g1": 1]), on: agenda) }
    }

    @Test func anAnonymousRoundTakesAtMostOneAnswerPerParticipant() throws {
        let anonymous = QuadrantRoundSetup(kind: .current, style: .single, anonymous: true)
        let ballot = WorkshopCommand.castQuadrantVote(round: "q1", voter: nil, dots: QuadrantDots(.presterend), fromDevice: true)
        let h = try history(people + [.openQuadrantRound(anonymous, toRoom: true), ballot, ballot, ballot])
        #expect(h.state.quadrantRounds[0].ballots.count == 3)
        #expect(throws: CommandError.roundFull(3)) { try Engine.execute(ballot, on: h) }
        let row = WorkshopCommand.giveWeefselRow(round: "w1", row: nil, scores: [s1: 4])
        let w = try history(people + [.openWeefselRound(WeefselRoundSetup(anonymous: true), toRoom: true), row, row, row])
        #expect(throws: CommandError.roundFull(3)) { try Engine.execute(row, on: w) }
    }

    @Test func outsideNumbersAreRefusedWithoutOverflow() throws {
        let agenda = try history(people + [.add(AgendaTopic(id: "", text: "Stages", dots: 0)), .add(AgendaTopic(id: "", text: "Scholing", dots: 0)),
                                           .openQuestion(.agenda)])
        for dots in [["g1": Int.max, "g2": 1], ["g1": -1, "g2": 2], ["g1": Int.min]] {
            #expect(throws: CommandError.self) { try Engine.execute(.giveAgendaDots(voter: ParticipantID("p1"), dots: dots), on: agenda) }
        }
        let dots = QuadrantRoundSetup(kind: .current, style: .dots, dotsPerVoter: 3)
        let round = try history(people + [.openQuadrantRound(dots, toRoom: true)])
        var huge = QuadrantDots()
        huge[.presterend] = Int.max
        huge[.netwerkend] = 1
        #expect(throws: CommandError.dotsOutOfRange) {
            try Engine.execute(.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: huge, fromDevice: true), on: round)
        }
    }

    @Test func turnoutCountsWhoAnsweredNeverWhat() throws {
        let vote = { (p: String) in WorkshopCommand.castQuadrantVote(round: "q1", voter: ParticipantID(p), dots: QuadrantDots(.netwerkend), fromDevice: true) }
        let h = try history(people + [.openQuadrantRound(single, toRoom: true), vote("p1"), vote("p3")])
        let turnout = RoomQuestion.quadrantRound("q1").turnout(in: h.state)
        #expect(turnout.answered == 2 && turnout.expected == 3 && turnout.missing?.map(\.fields.name) == ["Femke de Boer"])
        #expect(turnout.line(.nl) == "2 van 3 gestemd" && turnout.line(.en) == "2 of 3 voted")
        let anonymous = try history(people + [.openWeefselRound(WeefselRoundSetup(anonymous: true), toRoom: true),
                                              .giveWeefselRow(round: "w1", row: nil, scores: [s1: 2])])
        let w = RoomQuestion.weefselRound("w1").turnout(in: anonymous.state)
        #expect(w.answered == 1 && w.expected == 3 && w.missing == nil)
    }

    @Test func theQuestionIsWrittenAndReadBack() throws {
        for question in [RoomQuestion.quadrantRound("q1"), .weefselRound("w2"), .agenda] {
            let event = RecordedEvent(seq: 1, at: t0, event: .questionOpened(question))
            let data = try JSONEncoder().encode(event)
            #expect(try JSONDecoder().decode(RecordedEvent.self, from: data) == event)
        }
        let agenda = #"{"seq":1,"at":"2026-11-29T14:00:00.000Z","type":"questionOpened","data":{"kind":"agenda"}}"#
        #expect(try JSONDecoder().decode(RecordedEvent.self, from: Data(agenda.utf8)).event == .questionOpened(.agenda))
        let broken = #"{"seq":1,"at":"2026-11-29T14:00:00.000Z","type":"questionOpened","data":{"kind":"quadrantRound"}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RecordedEvent.self, from: Data(broken.utf8)) }
    }

    @Test func undoNeverClosesTheQuestionUnderTheRoom() throws {
        let vote = WorkshopCommand.castQuadrantVote(round: "q1", voter: ParticipantID("p1"), dots: QuadrantDots(.netwerkend), fromDevice: true)
        var h = try history(people + [.openQuadrantRound(single, toRoom: true), vote])
        for e in try Engine.execute(.undo, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(99), event: e)) }
        #expect(h.state.quadrantRounds[0].ballots.isEmpty && h.state.openQuestion == .quadrantRound("q1"))
    }
}
