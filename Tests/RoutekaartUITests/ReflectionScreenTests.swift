import RoutekaartCore
import Testing
import TestSupport
@testable import RoutekaartUI

/// Wegwijzer 9: looking back.
@Suite struct ReflectionScreenTests {
    func reflectedApp() throws -> WorkshopApp {
        let app = try demoApp()
        var t = press(app, [.char("9"), .char("a")] + type("Iedereen schoof aan") + [.enter])
        t = press(app, [.char("a")] + type("Te weinig tijd voor de cijfers") + [.tab, .right, .enter], from: t)
        t = press(app, [.char("a")] + type("Eerst de feiten, dan de opgave") + [.tab, .right, .enter], from: t)
        t = press(app, [.char("l"), .right, .tab] + type("veel drempels tussen de domeinen") + [.enter], from: t)
        press(app, [.char("h")] + type("maart 2027") + [.enter], from: t)
        return app
    }

    @Test func remarksLeadershipAndHerijking() throws {
        let app = try reflectedApp()
        let state = app.session.state
        #expect(state.reflections.map(\.kind) == [.wentWell, .didNot, .learned])
        #expect(state.leadership == Leadership(style: .aboveTheParties, reason: "veel drempels tussen de domeinen"))
        #expect(state.herijking == "2027-03", "a month is kept as an ISO month")
        #expect(app.screen(120, 40).contains("Volgende herijking: mrt 2027"))
        #expect(app.view.panes.reflection == 2)
        press(app, [.up, .up, .char("d"), .char("j")], from: 200)
        #expect(app.session.state.reflections.map(\.kind) == [.didNot, .learned])
        press(app, [.char("u")], from: 210)
        #expect(app.session.state.reflections.count == 3)
    }

    @Test func reflectionScreens() throws {
        let app = try reflectedApp()
        for (w, h) in ScreenSnapshotTests.sizes { assertGolden(app.screen(w, h), named: "reflection-\(w)x\(h)") }
    }
}
