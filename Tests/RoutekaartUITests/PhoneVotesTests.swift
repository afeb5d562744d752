import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// What phones send is the workshop's like anything typed: on screen, in replay, undoable.
@Suite struct PhoneVotesTests {
    @Test func phoneDotsRankTheAgendaAndUndoTakesThemBack() throws {
        let app = try demoApp()
        let s = app.session
        try s.execute(.add(AgendaTopic(text: "Eén loket", dots: 2)), at: t0)
        try s.execute(.add(AgendaTopic(text: "Leerbanen")), at: t0)
        press(app, [.char("2"), .char("D"), .ctrl("u")] + type("4") + [.enter])
        #expect(s.state.agendaDotsPerVoter == 4)
        press(app, [.char("z")], from: 2)
        #expect(s.state.openQuestion == .agenda)
        try s.execute(.giveAgendaDots(voter: s.state.participants[0].id, dots: ["g2": 4]), at: at(5))
        let screen = app.screen(120, 40, at: 6)
        let leerbanen = try #require(screen.range(of: "1. Leerbanen")), loket = try #require(screen.range(of: "2. Eén loket"))
        #expect(leerbanen.lowerBound < loket.lowerBound)
        press(app, [.char("u")], from: 10)
        #expect(app.view.flash?.text == "Ongedaan gemaakt: 4 stippen van een telefoon")
        #expect(s.state.agendaBallots.isEmpty)
    }

    @Test func replayShowsPhoneVotesAsTypedVotes() throws {
        let app = try demoApp()
        let s = app.session
        let p = s.state.participants
        try s.execute(.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single), toRoom: true), at: t0)
        try s.execute(.castQuadrantVote(round: "q1", voter: p[0].id, dots: QuadrantDots(.netwerkend), fromDevice: true), at: at(1))
        try s.execute(.castQuadrantVote(round: "q1", voter: p[1].id, dots: QuadrantDots(.netwerkend)), at: at(2))
        try s.execute(.openWeefselRound(WeefselRoundSetup(), toRoom: true), at: at(3))
        try s.execute(.giveWeefselRow(round: "w1", row: p[2].id.rawValue, scores: [Method.weefselIndicators[0].id: 4]), at: at(4))
        try s.execute(.openWegwijzer(5), at: at(5))
        let dump = ReplayController.dump(events: s.history.events, at: s.history.events.count, width: 120, height: 40, language: .nl)
        #expect(dump.contains("nu: 2 stemmen · 100 %"))
        #expect(s.state.weefselRound("w1")?.answers[WeefselCell(row: p[2].id.rawValue, indicator: Method.weefselIndicators[0].id)] == 4)
    }
}
