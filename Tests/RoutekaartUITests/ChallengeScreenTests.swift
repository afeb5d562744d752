import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 2: interests per party, the shared challenge, the dot-voted agenda.
@Suite struct ChallengeScreenTests {
    /// Two interests, a statement, three agenda points with dots counted by + and by the form.
    func challengeApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("2"), .char("a")] + type("UWV Regio") + [.tab] + type("mensen uit de uitkering naar werk") + [.enter])
        t = press(app, [.char("a")] + type("Windesheim") + [.tab] + type("stageplaatsen voor studenten") + [.enter], from: t)
        t = press(app, [.char("o")] + type("Vraag en aanbod op de arbeidsmarkt vinden elkaar in de regio") + [.enter], from: t)
        t = press(app, [.char("g")] + type("Leerbanen in de zorg") + [.enter], from: t)
        t = press(app, [.char("+"), .char("+"), .char("+")], from: t)
        t = press(app, [.char("g")] + type("Eén loket voor werkgevers") + [.tab, .backspace] + type("5") + [.enter], from: t)
        t = press(app, [.char("g")] + type("Scholing voor zij-instromers") + [.tab, .backspace] + type("1") + [.enter], from: t)
        press(app, [.char("h")] + type("juni 2027") + [.enter], from: t)
        return app
    }

    @Test func interestsStatementAndRankedAgendaAreCaptured() throws {
        let app = try challengeApp()
        let state = app.session.state
        #expect(state.interests.map(\.party) == ["UWV Regio", "Windesheim"])
        #expect(state.interests[0].interest == "mensen uit de uitkering naar werk")
        #expect(state.challengeStatement == "Vraag en aanbod op de arbeidsmarkt vinden elkaar in de regio")
        #expect(state.agendaTopics.map(\.dots) == [3, 5, 1])
        #expect(AgendaTopic.ranked(state.agendaTopics).map(\.text) == ["Eén loket voor werkgevers", "Leerbanen in de zorg", "Scholing voor zij-instromers"])
        #expect(state.herijking == "2027-06")
        let screen = app.screen(120, 40)
        #expect(screen.contains("1. Eén loket voor werkgevers"))
        #expect(screen.contains("3. Scholing voor zij-instromers"))
        #expect(screen.contains("Volgende herijking: jun 2027"))
        // The same moment shows at wegwijzer 9.
        press(app, [.char("9")], from: 300)
        #expect(app.screen(120, 40, at: 301).contains("Volgende herijking: jun 2027"))
    }

    /// One ● per dot while the largest count fits; scaled beyond that, the count beside it.
    @Test func aBarShowsOneDotPerDot() throws {
        let screen = try challengeApp().screen(120, 40)
        let row = { (text: String) in screen.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? "" }
        #expect(row("Eén loket voor werkgevers").contains(" ●●●●● ") && row("Eén loket voor werkgevers").hasSuffix(" 5"))
        #expect(row("Leerbanen in de zorg").contains(" ●●● ") && !row("Leerbanen in de zorg").contains("●●●●"))
        #expect(row("Scholing voor zij-instromers").contains(" ● ") && !row("Scholing voor zij-instromers").contains("●●"))
        #expect(DotBar.bar(1, largest: 1, width: 20) == "●")
        #expect(DotBar.bar(0, largest: 4, width: 20) == "")
        #expect(DotBar.bar(40, largest: 40, width: 20) == String(repeating: "●", count: 20))
        #expect(DotBar.bar(10, largest: 40, width: 20) == String(repeating: "●", count: 5))
        #expect(DotBar.bar(1, largest: 40, width: 20) == "·")
    }

    @Test func dotsFollowTheSelectionAndNeverGoBelowZero() throws {
        let app = try challengeApp()
        // Rows: 2 interests, then the ranked agenda; the last added point (1 dot) is selected.
        #expect(app.view.panes.challenge == 4)
        var t = press(app, [.char("-"), .char("-"), .char("-")], from: 300)
        #expect(app.session.state.agendaTopics[2].dots == 0)
        t = press(app, [.up, .up, .char("+")], from: t)
        #expect(app.session.state.agendaTopics[1].dots == 6)
        // + on an interest says what to do and changes nothing.
        press(app, [.up, .char("+")], from: t)
        #expect(app.session.state.agendaTopics.map(\.dots) == [3, 6, 0])
        #expect(app.screen(120, 40, at: t + 2).contains("Kies eerst een agendapunt"))
    }

    @Test func editRemoveAndUndo() throws {
        let app = try challengeApp()
        var t = press(app, [.up, .up, .up, .up, .enter, .tab] + type(" en scholing") + [.enter], from: 300)
        #expect(app.session.state.interests[0].interest == "mensen uit de uitkering naar werk en scholing")
        t = press(app, [.down, .down, .enter] + type("!") + [.tab, .backspace, .backspace] + type("x") + [.enter], from: t)
        #expect(app.view.overlay != nil)
        #expect(app.screen(120, 40, at: t).contains("Een agendapunt heeft 0 tot en met 999 stippen, niet -1."))
        t = press(app, [.escape, .char("d"), .char("j")], from: t)
        #expect(app.session.state.agendaTopics.map(\.text) == ["Leerbanen in de zorg", "Scholing voor zij-instromers"])
        t = press(app, [.char("u")], from: t)
        #expect(app.session.state.agendaTopics.count == 3)
        t = press(app, [.up, .up, .char("d"), .char("j")], from: t)
        #expect(app.session.state.interests.map(\.party) == ["Windesheim"])
        press(app, [.char("u")], from: t)
        #expect(app.session.state.interests.map(\.party) == ["UWV Regio", "Windesheim"])
    }

    @Test func challengeScreens() throws {
        let app = try challengeApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "challenge-\(w)x\(h)") }
        let empty = try demoApp(language: .en)
        press(empty, [.char("2")])
        assertGolden(empty.screen(80, 24), named: "challenge-empty-en-80x24")
    }
}
