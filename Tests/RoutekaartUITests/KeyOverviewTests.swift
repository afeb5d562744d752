import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// `routekaart keys` and the manual page routekaart-toetsen(1), made from the screens' key hints.
@Suite struct KeyOverviewTests {
    @Test func theOverviewListsEveryPartOfEveryWegwijzer() {
        let titles = KeyOverview.sections(.nl).map(\.title)
        for wegwijzer in Method.wegwijzers {
            let parts = WegwijzerPanes.of(wegwijzer.number).filter { $0 != NotesPane.self }
            #expect(parts.allSatisfy { pane in titles.contains("Wegwijzer \(wegwijzer.number) — " + pane.name.nl) }, "wegwijzer \(wegwijzer.number)")
        }
        #expect(titles.filter { $0 == NotesPane.name.nl }.count == 1, "the notes' keys are listed once")
        #expect(KeyOverview.sections(.nl).allSatisfy { !$0.keys.isEmpty })
    }

    @Test func theKeysAreTheOnesTheHelpShows() throws {
        // What the help overlay lists for the board of wegwijzer 4 is in the overview's section for it.
        let app = try demoApp()
        press(app, [.char("4"), .char("?")])
        let help = app.render(width: 120, height: 40, now: at(10)).text
        let board = try #require(KeyOverview.sections(.nl).first { $0.title == "Wegwijzer 4 — Bord" })
        for key in board.keys where key.keys != "x" && key.keys != "s" && key.keys != "Esc" {
            #expect(help.contains(key.label), "\(key.keys) \(key.label)")
        }
    }

    @Test func textAndManualPageAreStable() {
        assertGolden(KeyOverview.text(.nl), named: "keys-nl")
        assertGolden(KeyOverview.text(.en), named: "keys-en")
        assertGolden(KeyOverview.manualPage(.nl, version: "routekaart 0.1.0"), named: "routekaart-toetsen.1")
    }
}
