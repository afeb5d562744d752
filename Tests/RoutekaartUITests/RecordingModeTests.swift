import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// Digits record only in a visible mode; elsewhere they open a wegwijzer.
@Suite struct RecordingModeTests {
    @Test func digitsOnlyVoteWhileVotesAreTypedAndEscEndsIt() throws {
        let app = try demoApp()
        try app.session.execute(.openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single)), at: t0)
        press(app, [.char("5"), .char("1")])
        #expect(app.view.screen == .wegwijzer(1) && app.session.state.round("q1")?.ballots.isEmpty == true)
        press(app, [.char("5"), .enter], from: 10)
        #expect(app.view.panes.voting.recording)
        #expect(app.screen(120, 40, at: 12).contains("● STEMMEN — Esc stopt"))
        press(app, [.char("1")], from: 13)
        #expect(app.view.flash?.text == "Anouk de Vries: Presterende overheid")
        press(app, [.escape, .char("2")], from: 20)
        #expect(app.view.screen == .wegwijzer(2))  // Esc left the mode, the digit opened wegwijzer 2
        #expect(app.session.state.round("q1")?.ballots.count == 1)
    }

    @Test func leavingThePaneEndsTheMode() throws {
        let app = try demoApp()
        press(app, [.char("7"), .char("n"), .enter])
        #expect(app.view.panes.scoring.recording)
        press(app, [.tab], from: 10)
        #expect(!app.view.panes.scoring.recording)
        press(app, [.backTab, .char("3")], from: 20)
        #expect(app.session.state.weefselRounds.first?.answers.isEmpty == true && app.view.screen == .wegwijzer(3))
    }

    @Test func aNewRoundStartsAtTheFirstParticipantWithoutAVote() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .enter, .char("1"), .char("1")])
        #expect(app.view.panes.voting.voter == 2)
        press(app, [.char("n"), .enter], from: 10)
        #expect(app.view.panes.voting.voter == 0)  // not where the last round stopped
        press(app, [.char("4")], from: 20)
        #expect(app.session.state.round("q2")?.ballot(of: ParticipantID("p1"))?.dots == QuadrantDots(.responsief))
    }

    @Test func theAgendaSelectionFollowsThePoint() throws {
        let app = try demoApp()
        for text in ["Aap", "Beer", "Cavia"] { try app.session.execute(.add(AgendaTopic(text: text)), at: t0) }
        press(app, [.char("2"), .down, .down, .char("+")])  // Cavia is the third row
        #expect(app.session.state.agendaTopics.first { $0.text == "Cavia" }?.dots == 1)
        press(app, [.char("+"), .char("+")], from: 10)
        #expect(app.session.state.agendaTopics.map(\.dots) == [0, 0, 3])
    }
}
