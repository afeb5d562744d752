import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 5 and 6 driven by keys, and their golden screens.
@Suite struct QuadrantScreenTests {
    /// Demo, wegwijzer 5: a blind single-choice "nu" round, revealed, and a dot-voting "gewenst" round.
    func votedApp(language: Language = .nl) throws -> WorkshopApp {
        let app = try demoApp(language: language)
        // Round 1: nu, one choice, blind.
        var t = press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .tab, .right, .enter])
        t = press(app, [.char("1"), .char("1"), .char("2"), .char("1"), .char("3")], from: t)
        t = press(app, [.char("v")], from: t)
        // Round 2: gewenst, 3 dots each.
        t = press(app, [.char("n"), .tab, .right, .enter], from: t)
        t = press(app, (type("222") + type("224") + type("122") + type("234") + type("222")), from: t)
        // Done typing votes; the last echo goes when its time is up.
        press(app, [.escape], from: t)
        app.tick(now: at(99))
        return app
    }

    @Test func earlierRoundsCanBeLookedBackAt() throws {
        let app = try votedApp()
        // The latest round (q2, gewenst) is shown; ( goes back to q1, ) forward again.
        #expect(app.screen(120, 40, at: 100).contains("Ronde q2: gewenst"))
        press(app, [.char("(")], from: 100)
        let earlier = app.screen(120, 40, at: 101)
        #expect(earlier.contains("Eerdere ronde 1/2 — Ronde q1: nu"))
        #expect(earlier.contains("nu: 3 stemmen · 60 %"))
        assertGolden(earlier, named: "quadrant-earlier-round-120x40")
        press(app, [.char("("), .char(")")], from: 102)
        #expect(app.view.panes.voting.shownRound == nil)
        // A vote while looking back goes to the latest round, which is shown again.
        let before = app.session.state.round("q1")
        #expect(app.session.state.round("q2")?.ballots.contains { $0.dots == QuadrantDots(.presterend, 3) } == false)
        // Everyone voted in q2: changing a vote takes choosing the voter first (>).
        press(app, [.char("("), .enter, .char("1"), .char("1"), .char("1")], from: 110)
        #expect(app.view.flash?.text == "Iedereen heeft gestemd; kies met < > wie zijn stem wijzigt.")
        #expect(app.session.state.round("q2")?.ballots.contains { $0.dots == QuadrantDots(.presterend, 3) } == false)
        press(app, [.char(">"), .char("1"), .char("1"), .char("1")], from: 120)
        #expect(app.view.panes.voting.shownRound == nil)
        #expect(app.session.state.round("q1") == before)
        #expect(app.session.state.round("q2")?.ballot(of: ParticipantID("p1"))?.dots == QuadrantDots(.presterend, 3))
        #expect(app.view.flash?.text == "Anouk de Vries: Presterende overheid 3")
    }

    @Test func withOneRoundThereIsNothingToLookBackAt() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .enter, .char("(")])
        #expect(app.view.panes.voting.shownRound == nil)
        #expect(app.screen(120, 40, at: 10).contains("Er is nog geen eerdere ronde om terug te kijken."))
    }

    @Test func singleChoiceVotesMoveOnToTheNextVoter() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .enter, .char("2")])
        let round = try #require(app.session.state.round("q1"))
        #expect(round.setup == QuadrantRoundSetup(kind: .current, style: .single))
        #expect(round.ballots == [QuadrantBallot(voter: ParticipantID("p1"), dots: .init(.netwerkend))])
        #expect(app.view.panes.voting.voter == 1)
        press(app, [.char(">"), .right, .down, .enter])
        #expect(app.session.state.round("q1")?.ballot(of: ParticipantID("p3"))?.dots == .init(.responsief))
    }

    @Test func aBlindRoundHidesVotesUntilRevealed() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .tab, .right, .enter, .char("1"), .char("1")])
        let hidden = app.screen(120, 40)
        #expect(hidden.contains("verborgen tot onthullen"))
        #expect(hidden.contains("✓ gestemd"))
        #expect(!hidden.contains("1 stem"))
        press(app, [.char("v")], from: 20)
        #expect(app.session.state.round("q1")?.revealed == true)
        #expect(app.screen(120, 40).contains("nu: 2 stemmen · 100 %"))
    }

    @Test func dotVotingWaitsForAllDotsAndBackspaceTakesOneBack() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .tab, .right, .enter, .char("2"), .char("4"), .backspace, .char("1")])
        #expect(app.session.state.round("q1")?.ballots.isEmpty == true)
        #expect(app.view.panes.voting.pending == [.netwerkend, .presterend])
        press(app, [.char("1")], from: 20)
        var expected = QuadrantDots(.presterend, 2)
        expected.netwerkend = 1
        #expect(app.session.state.round("q1")?.ballots == [QuadrantBallot(voter: ParticipantID("p1"), dots: expected)])
    }

    @Test func passTheLaptopShowsOnlyTheVotersPrompt() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .enter, .char("1"), .char("R")])
        var screen = app.screen(80, 24)
        #expect(screen.contains("Aan de beurt: Noël Jansen"))
        #expect(!screen.contains("Anouk"))
        #expect(!screen.contains("stemmen:"))
        press(app, [.char("4"), .char("0"), .char("q"), .char("p")], from: 20)
        #expect(app.view.screen == .wegwijzer(5))
        #expect(app.view.overlay == nil)
        screen = app.screen(80, 24)
        #expect(screen.contains("Stem ontvangen"))
        #expect(screen.contains("Aan de beurt: Chloë Bakker"))
        press(app, [.escape], from: 30)
        #expect(!app.view.panes.voting.passLaptop)
    }

    @Test func anAnonymousRoundNeedsNoVoter() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .right, .enter, .char("3"), .char("3")])
        let round = try #require(app.session.state.round("q1"))
        #expect(round.setup.anonymous)
        #expect(round.ballots == [QuadrantBallot(voter: nil, dots: .init(.rechtmatig)), QuadrantBallot(voter: nil, dots: .init(.rechtmatig))])
        #expect(app.screen(120, 40).contains("2 van 5 gestemd"))
    }

    @Test func aParticipantAddedWhileVotingVotesNext() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .enter, .char("a")] + type("Kees") + [.enter, .char("4")])
        #expect(app.session.state.round("q1")?.ballot(of: ParticipantID("p6"))?.dots == .init(.responsief))
    }

    @Test func votingWithoutARoundSaysWhatToDo() throws {
        let app = try demoApp()
        press(app, [.char("5"), .enter])
        #expect(app.view.flash?.text == "Er is nog geen stemronde: druk n om er een te openen.")
        #expect(app.view.screen == .wegwijzer(5))
    }

    @Test func emphasisVerbindAndLegitimacy() throws {
        let app = try votedApp()
        // The emphasis form starts on the "gewenst" leader: netwerkend.
        var t = press(app, [.char("k"), .tab] + type("Veel gebeurt al in de regio") + [.enter], from: 100)
        #expect(app.session.state.emphasis == Emphasis(quadrant: .netwerkend, rationale: "Veel gebeurt al in de regio"))
        t = press(app, [.tab, .enter] + type("Banen voor mensen met een beperking") + [.enter, .down, .enter] + type("Jaarlijks aan de raden") + [.enter, .down, .enter] + type("Initiatieven van werkgevers") + [.enter], from: t)
        #expect(app.session.state.verbindAnswers == [.presterend: "Banen voor mensen met een beperking", .rechtmatig: "Jaarlijks aan de raden",
                                                     .responsief: "Initiatieven van werkgevers"])
        t = press(app, [.char("6"), .char("b")] + type("Gemeenteraad Zwolle") + [.enter], from: t)
        t = press(app, [.down, .enter], from: t)  // take over the first suggestion
        #expect(app.session.state.agreements.map(\.fields.what) == ["Wat de samenwerking doet en van plan is"])
        t = press(app, [.enter, .tab, .tab, .tab, .tab] + type("Anouk") + [.enter], from: t)
        #expect(app.session.state.agreements.first?.fields.owner == "Anouk")
        press(app, [.up, .char("d"), .char("j")], from: t)
        #expect(app.session.state.constituencies.isEmpty)
    }

    // MARK: Golden screens

    @Test func votingScreens() throws {
        let app = try votedApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "quadrant-chart-\(w)x\(h)") }
        let frame = app.render(width: 80, height: 24, now: at(100))
        assertGolden(frame.styleRuns(.standard), named: "quadrant-chart-80x24.colour.styles")
        assertGolden(frame.styleRuns(.mono), named: "quadrant-chart-80x24.mono.styles")
        let wide = app.render(width: 120, height: 40, now: at(100))
        assertGolden(wide.styleRuns(.standard), named: "quadrant-chart-120x40.colour.styles")
        assertGolden(wide.styleRuns(.mono), named: "quadrant-chart-120x40.mono.styles")
        #expect(!frame.styleRuns(.mono).contains("fg=") && !frame.styleRuns(.mono).contains("bg="))
        #expect(frame.styleRuns(.standard).contains("fg="))
        assertGolden(try votedApp(language: .en).screen(80, 24), named: "quadrant-chart-en-80x24")
    }

    @Test func blindAndPromptScreens() throws {
        let app = try demoApp()
        press(app, [.char("5"), .char("n"), .tab, .tab, .tab, .tab, .right, .enter, .char("1"), .char("2")])
        assertGolden(app.screen(80, 24), named: "quadrant-blind-80x24")
        press(app, [.char("R")], from: 20)
        assertGolden(app.screen(80, 24), named: "quadrant-pass-laptop-80x24")
    }

    @Test func borgEnVerbindAndLegitimacyScreens() throws {
        let app = try votedApp()
        var t = press(app, [.char("k"), .tab] + type("Veel gebeurt al in de regio") + [.enter, .tab, .enter] + type("Banen voor mensen met een beperking") + [.enter], from: 100)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h, at: t), named: "borg-en-verbind-\(w)x\(h)") }
        t = press(app, [.char("6"), .char("b")] + type("Gemeenteraad Zwolle") + [.enter, .down, .enter], from: t)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h, at: t), named: "legitimacy-\(w)x\(h)") }
    }
}
