import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 7 driven by keys, and its golden screens.
@Suite struct WeefselScreenTests {
    /// Four participants score all fourteen indicators; "Vertrouwen" (W1) is split.
    static let grid = ["43344334" + "155444", "44333443" + "544444", "54433344" + "145334", "43343434" + "550444"]

    func scoredApp(grid: [String] = WeefselScreenTests.grid, blind: Bool = false, language: Language = .nl,
                   environment: AppEnvironment = AppEnvironment(utcOffsetSeconds: 3600)) throws -> WorkshopApp {
        let app = try demoApp(language: language, environment: environment)
        var t = press(app, [.char("p"), .end, .char("d"), .char("j"), .char("7"), .char("n")] + (blind ? [.tab, .right] : []) + [.enter])
        for row in grid { t = press(app, type(row), from: t) }
        press(app, [.escape], from: t)  // done typing scores
        app.tick(now: at(99))
        return app
    }

    @Test func aDigitFillsTheCellAndMovesOn() throws {
        let app = try scoredApp(grid: ["40"])
        let round = try #require(app.session.state.weefselRound("w1"))
        #expect(round.answers == [WeefselCell(row: "p1", indicator: "structuur.regels"): 4,
                                  WeefselCell(row: "p1", indicator: "structuur.overleg"): dontKnowScore])
        #expect(app.view.panes.scoring.column == 2)
        press(app, [.left, .backspace], from: 50)
        #expect(app.session.state.weefselRound("w1")?.answers.count == 2)  // not while not scoring
        press(app, [.enter, .backspace], from: 60)
        #expect(app.session.state.weefselRound("w1")?.answers.count == 1)
        #expect(app.view.flash?.text == "Anouk de Vries · S2 gewist")
    }

    @Test func theEndOfARowGoesToTheNextParticipant() throws {
        let app = try scoredApp(grid: [String(repeating: "3", count: 14) + "2"])
        #expect(app.session.state.weefselRound("w1")?.answers[WeefselCell(row: "p2", indicator: "structuur.regels")] == 2)
        #expect(app.view.panes.scoring.row == 1 && app.view.panes.scoring.column == 1)
    }

    @Test func digitsSixToNineDoNotLeaveTheGrid() throws {
        let app = try scoredApp(grid: ["9"])
        #expect(app.view.screen == .wegwijzer(7))
        #expect(app.session.state.weefselRound("w1")?.answers.isEmpty == true)
    }

    @Test func theSplitIsHighlightedInWords() throws {
        let app = try scoredApp()
        press(app, [.tab], from: 100)
        let screen = app.screen(80, 24, at: 110)
        let vertrouwen = try #require(screen.split(separator: "\n").first { $0.contains("Vertrouwen") })
        #expect(vertrouwen.contains("≠ verdeeld"))
        let stats = WeefselStatistics(app.session.state.weefselRound("w1")!)
        #expect(stats.byIndicator["weefsel.vertrouwen"]?.distribution == [2, 0, 0, 0, 2])
        #expect(stats.byIndicator["weefsel.relaties"]?.unknown == 1)
    }

    @Test func aBlindRoundShowsOnlyThatCellsAreFilled() throws {
        let app = try scoredApp(grid: ["45"], blind: true)
        #expect(app.screen(80, 24).contains("Anouk de Vries •  •  ·"))
        press(app, [.tab], from: 50)
        #expect(app.screen(80, 24, at: 60).contains("de uitslag is verborgen"))
        press(app, [.char("v")], from: 70)
        #expect(app.screen(80, 24, at: 80).contains("Regels en proce… ██████▍  4,0"))
    }

    @Test func elementNotesAndTheFlag() throws {
        let app = try scoredApp(grid: [])
        var t = press(app, [.tab, .tab, .down, .down, .enter] + type("Korte lijnen") + [.tab] + type("Oude netwerken doorbreken") + [.tab] + type("Wethouder") + [.enter], from: 50)
        #expect(app.session.state.elementNotes[.weefsel] == ElementNotes(goesWell: "Korte lijnen", mustChange: "Oude netwerken doorbreken", whoActs: "Wethouder"))
        t = press(app, [.down, .enter, .right, .tab] + type("Steeds dezelfde partners") + [.enter], from: t)
        #expect(app.session.state.wrongWay == WrongWayFlag(raised: true, note: "Steeds dezelfde partners"))
        #expect(app.screen(80, 24, at: t).contains("Weefsel wijst de verkeerde kant op: ⚑ ja"))
    }

    struct Library: SessionLibrary {
        let earlier: WorkshopState
        func sessions() -> [EarlierSession] { [EarlierSession(path: "/eerder.json", title: earlier.details.title, region: earlier.details.region, date: earlier.details.date)] }
        func load(_ path: String) -> WorkshopState? { path == "/eerder.json" ? earlier : nil }
    }

    func earlierState() throws -> WorkshopState {
        let earlier = try scoredApp(grid: ["33333333" + "555555", "22222222" + "555555"])
        press(earlier, [.char("i"), .tab, .tab, .ctrl("u")] + type("2026-03-12") + [.enter], from: 200)
        return earlier.session.state
    }

    @Test func comparingWithAnEarlierSessionShowsUpAndDown() throws {
        let app = try scoredApp(environment: AppEnvironment(utcOffsetSeconds: 3600, library: Library(earlier: try earlierState())))
        press(app, [.tab, .char("h")], from: 100)
        guard case .pickEarlier = app.view.overlay else { Issue.record("no picker"); return }
        press(app, [.enter], from: 110)
        #expect(app.comparison?.label == "Demo-werkplaats Regio Zwolle (2026-03-12)")
        let screen = app.screen(120, 40, at: 120)
        #expect(screen.contains("↑ +"))
        #expect(screen.contains("↓ −"))
        #expect(screen.contains("vergeleken met Demo-werkplaats Regio Zwolle (2026-03-12)"))
    }

    @Test func noEarlierSessionIsSaidPlainly() throws {
        let app = try scoredApp(grid: [])
        press(app, [.tab, .char("h")], from: 100)
        #expect(app.view.flash?.text == "Geen eerdere sessie van Regio Zwolle gevonden.")
    }

    // MARK: Golden screens

    @Test func weefselScreens() throws {
        let app = try scoredApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "weefsel-scores-\(w)x\(h)") }
        press(app, [.tab], from: 100)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "weefsel-result-\(w)x\(h)") }
        app.compare(with: try #require(WeefselComparison(earlier: try earlierState())))
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "weefsel-compared-\(w)x\(h)") }
        press(app, [.tab, .enter] + type("Vaste overleggen") + [.enter, .down, .down, .down, .enter, .right, .enter], from: 120)
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "weefsel-elements-\(w)x\(h)") }
        assertGolden(try scoredApp(language: .en).screen(80, 24), named: "weefsel-scores-en-80x24")
    }
}
