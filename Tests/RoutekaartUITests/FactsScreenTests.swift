import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 1, the facts board.
@Suite struct FactsScreenTests {
    func factsApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("1"), .char("a")] + type("Werkloosheid") + [.tab] + type("3,1") + [.tab] + type("%") + [.tab, .tab] + type("UWV")
                      + [.tab] + type("2025-06") + [.tab] + type("rond de 5 %") + [.enter])
        t = press(app, [.char("a")] + type("Vacatures in de techniek") + [.tab] + type("1.200") + [.tab, .tab, .right] + [.tab] + type("UWV, factsheets")
                  + [.tab] + type("2026-10") + [.enter], from: t)
        return app
    }

    @Test func factsAreCapturedAndOldOnesMarked() throws {
        let app = try factsApp()
        let facts = app.session.state.facts.map(\.fields)
        #expect(facts.map(\.indicator) == ["Werkloosheid", "Vacatures in de techniek"])
        #expect(facts[0] == FactFields(indicator: "Werkloosheid", value: "3,1", unit: "%", area: .labourMarketRegion, source: "UWV", date: "2025-06", assumed: "rond de 5 %"))
        #expect(facts[1].area == .province)
        let screen = app.screen(120, 40)
        #expect(screen.contains("⚠ jun 2025"))
        #expect(!screen.contains("⚠ okt 2026") && screen.contains("okt 2026"))
        #expect(screen.contains("⚠ ouder dan 12 maanden"))
        press(app, [.up], from: 100)
        #expect(app.screen(120, 40).contains("Wat we dachten: rond de 5 %"))
        #expect(app.screen(120, 40).contains("Wat de cijfers zeggen: 3,1 %"))
        press(app, [.char("d"), .char("j")], from: 110)
        #expect(app.session.state.facts.map(\.fields.indicator) == ["Vacatures in de techniek"])
        press(app, [.char("u")], from: 120)
        #expect(app.session.state.facts.count == 2)
    }

    @Test func aFactIsEditedAndTheEditUndone() throws {
        let app = try factsApp()
        // The second fact is selected after adding it; Enter opens it with its values.
        let t = press(app, [.enter, .tab, .backspace, .backspace, .backspace, .backspace, .backspace] + type("1.450") + [.enter], from: 100)
        #expect(app.view.overlay == nil)
        #expect(app.session.state.facts[1].fields.value == "1.450")
        #expect(app.session.state.facts[1].fields.source == "UWV, factsheets")
        #expect(app.screen(120, 40, at: t).contains("1.450"))
        press(app, [.char("u")], from: t)
        #expect(app.session.state.facts[1].fields.value == "1.200")
    }

    @Test func factsScreens() throws {
        let app = try factsApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "facts-\(w)x\(h)") }
    }
}
